#include "SetupWizard.h"

#include "mime/Mailbox.h"
#include "providers/ImapSuggestion.h"

#include <QPointer>

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
    : QWizard(parent), m_services(services)
{
    startEditing(existing);
    buildPages();
    setStartId(AddressPageId);
}

void SetupWizard::startEditing(const accounts::Account &existing)
{
    m_editing = true;
    m_existing = existing;
    m_draft = AccountDraft();
    m_draft.account = existing;
    m_draft.discovery.address = existing.address;
    m_draft.discovery.providerId = existing.providerId;
    m_draft.settingsSource = AccountDraft::SettingsSource::Saved;
    setWindowTitle(tr("Edit account"));
    // Changing the name must not mean typing the password again: the saved one (or the sign-in) is read from the
    // keychain and kept unless the person types another.
    if (!m_services.secrets)
        return;
    const QString id = existing.id;
    m_services.secrets->read(id, [self = QPointer<SetupWizard>(this), id](const accounts::SecretStore::Result &r) {
        if (!self || self->m_draft.account.id != id || r.status != accounts::SecretStore::Status::Ok)
            return;
        if (!self->m_draft.password.isEmpty())
            return; // the person typed one meanwhile
        self->m_draft.password = r.secret;
        self->m_draft.passwordLoaded = true;
        Q_EMIT self->savedPasswordLoaded();
    });
}

std::optional<accounts::Account> SetupWizard::otherAccountWithAddress(const QString &address) const
{
    if (!m_services.store)
        return std::nullopt;
    for (const accounts::Account &account : m_services.store->accounts()) {
        if (account.id != m_draft.account.id && account.address.compare(address.trimmed(), Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

void SetupWizard::editExisting(const accounts::Account &account)
{
    startEditing(account);
    setStartId(AddressPageId);
    restart();
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

void SetupWizard::clearServerSettings()
{
    accounts::Account &account = m_draft.account;
    account.host.clear();
    account.port = 465;
    account.security = smtp::Security::ImplicitTls;
    account.username = account.address;
    account.pinnedSha256.clear(); // a pin belongs to one server's certificate
    account.imap = {};
    m_draft.settingsSource = AccountDraft::SettingsSource::Nobody;
}

void SetupWizard::applyOtherProvider()
{
    clearServerSettings();
    m_draft.account.providerId.clear();
    m_draft.account.signIn = accounts::SignInKind::MailboxPassword;
}

void SetupWizard::applyProvider(const QString &providerId)
{
    accounts::Account &account = m_draft.account;
    clearServerSettings();
    account.providerId = providerId;
    const providers::Provider *chosen = provider();
    const QString domain = mime::domainOf(account.address);
    std::optional<providers::Suggestion> best;
    const bool discovered
        = m_draft.discovery.providerId == providerId || providerId.isEmpty() || (chosen && chosen->kind == u"hosting");
    if (discovered)
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
        m_draft.settingsSource = AccountDraft::SettingsSource::Found;
    }
    // The mailbox: what discovery found with these settings, else the catalogue's (a hosting account's beside its
    // SMTP server). Editable under Advanced.
    if (discovered && m_draft.discovery.imap.isSet())
        account.imap = m_draft.discovery.imap;
    else if (chosen && chosen->kind == u"hosting")
        account.imap = providers::imapServerBeside(account.host);
    else
        account.imap = providers::suggestedImapServer(m_services.catalogue, providerId, account.address, account.host);
    const QString username = chosen ? chosen->usernameFor(account.address) : QString();
    account.username = username.isEmpty() ? account.address : username;
    if (chosen) // the catalogue's "smtp-key" is, for signing in, a mailbox-style password
        account.signIn = accounts::signInKindFromName(chosen->signIn).value_or(accounts::SignInKind::MailboxPassword);
}

} // namespace remitente::ui
