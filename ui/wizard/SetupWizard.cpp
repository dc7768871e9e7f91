#include "SetupWizard.h"

#include "mime/Mailbox.h"

#include "AddressPage.h"
#include "CheckPage.h"
#include "DonePage.h"
#include "ProviderPage.h"
#include "ServerPage.h"
#include "SignInPage.h"
#include "WelcomePage.h"

namespace remitente::ui {

SetupWizard::SetupWizard(const WizardServices &services, QWidget *parent) : QWizard(parent), m_services(services)
{
    m_draft.account.id = accounts::Account::newId();
    buildPages();
}

SetupWizard::SetupWizard(const WizardServices &services, const accounts::Account &existing, QWidget *parent)
    : QWizard(parent), m_services(services), m_editing(true)
{
    m_draft.account = existing;
    m_draft.discovery.address = existing.address;
    m_draft.discovery.providerId = existing.providerId;
    buildPages();
    setStartId(AddressPageId);
}

void SetupWizard::buildPages()
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(m_editing ? tr("Edit account") : tr("Set up an email account"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(640, 520);
    setPage(WelcomePageId, new WelcomePage(this));
    setPage(AddressPageId, new AddressPage(this));
    setPage(ProviderPageId, new ProviderPage(this));
    setPage(SignInPageId, new SignInPage(this));
    setPage(ServerPageId, new ServerPage(this));
    setPage(CheckPageId, new CheckPage(this));
    setPage(DonePageId, new DonePage(this));
}

const providers::Provider *SetupWizard::provider() const
{
    return m_services.catalogue->byId(m_draft.account.providerId);
}

void SetupWizard::applyProvider(const QString &providerId)
{
    accounts::Account &account = m_draft.account;
    account.providerId = providerId;
    const providers::Provider *chosen = provider();
    const QString domain = mime::domainOf(account.address);
    std::optional<providers::Suggestion> best;
    if (m_draft.discovery.providerId == providerId || providerId.isEmpty() || (chosen && chosen->kind == u"hosting"))
        best = m_draft.discovery.best();
    if (!best && chosen) {
        for (const providers::ServerSetting &server : chosen->servers) {
            if (server.host.contains(QStringLiteral("%REGION%")))
                continue;
            best = providers::Suggestion::fromCatalogue(server, domain, QStringLiteral("catalogue"));
            break;
        }
    }
    if (best) {
        account.host = best->host;
        account.port = best->port;
        account.security = best->security;
    }
    const QString username = chosen ? chosen->usernameFor(account.address) : QString();
    account.username = username.isEmpty() ? account.address : username;
    if (chosen) // the catalogue's "smtp-key" is, for signing in, a mailbox-style password
        account.signIn = accounts::signInKindFromName(chosen->signIn).value_or(accounts::SignInKind::MailboxPassword);
}

} // namespace remitente::ui
