#include "DonePage.h"

#include "DomainFindings.h"
#include "SetupWizard.h"
#include "SettingsElsewhere.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace remitente::ui {

DonePage::DonePage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Your account is ready"));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText); // its own markup; every value in it is escaped
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_keychain = new QLabel(this);
    m_keychain->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->setWordWrap(true);
    m_settings = new SettingsElsewhere(this);
    m_domain = new QLabel;
    m_domain->setObjectName(QStringLiteral("domainCheck"));
    m_domain->setWordWrap(true);
    m_domain->setTextFormat(Qt::RichText);
    m_domain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_domain->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_domain);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_keychain);
    layout->addWidget(m_settings);
    layout->addWidget(scroll, 1);
}

void DonePage::initializePage()
{
    save();
    showSettings();
    startDomainCheck();
}

void DonePage::save()
{
    AccountDraft &draft = m_wizard->draft();
    draft.account.verifiedAt = QDateTime::currentDateTimeUtc();
    const WizardServices &services = m_wizard->services();
    services.store->upsert(draft.account);
    QString error;
    if (!services.store->save(&error)) {
        m_summary->setText(tr("The account could not be saved: %1").arg(error.toHtmlEscaped()));
        return;
    }
    m_summary->setText(tr("<b>%1</b> can now send email. It appears in Remitente's main window, and "
                          "<code>remitente-cli</code> can use it too.")
                           .arg(draft.account.address.toHtmlEscaped()));
    Q_EMIT m_wizard->accountSaved(draft.account);
    const bool signIn = draft.account.signIn == accounts::SignInKind::OAuth2;
    m_keychain->setText(signIn ? tr("Saving the sign-in in the system keychain…")
                               : tr("Saving the password in the system keychain…"));
    auto saved = [this, signIn](const accounts::SecretStore::Result &r) {
        const bool saved = r.status == accounts::SecretStore::Status::Ok;
        m_keychain->setProperty("saved", saved);
        if (signIn)
            m_keychain->setText(saved ? tr("The sign-in is saved in the system keychain (never your password).")
                                      : tr("The sign-in could not be saved in the system keychain: %1 Sending needs "
                                           "it: once the keychain works, choose Sign in again for this account.")
                                            .arg(r.message));
        else
            m_keychain->setText(saved ? tr("The password is saved in the system keychain.")
                                      : tr("The password could not be saved in the system keychain: %1 Sending needs "
                                           "it: once the keychain works, choose Edit for this account and type it "
                                           "again.")
                                            .arg(r.message));
    };
    if (signIn && draft.signIn) // the refresh token to the keychain, and "signed in" for the app and the CLI
        services.planner->saveSignIn(draft.account, *draft.signIn, saved);
    else
        services.secrets->write(draft.account.id, draft.password, saved);
}

void DonePage::showSettings()
{
    m_settings->show(m_wizard->draft().account);
}

void DonePage::startDomainCheck()
{
    const WizardServices &services = m_wizard->services();
    const accounts::Account &account = m_wizard->draft().account;
    m_domain->setText(tr("Checking your domain's email records (SPF, DKIM, DMARC)…"));
    m_domainCheck = std::make_unique<diagnosis::DomainCheck>(*services.resolver, *services.catalogue);
    connect(m_domainCheck.get(), &diagnosis::DomainCheck::finished, this, &DonePage::showFindings);
    m_domainCheck->start({account.address, account.providerId, account.host});
}

void DonePage::showFindings(const QList<diagnosis::DomainFinding> &findings)
{
    m_domain->setText(tr("<p><b>Your domain</b></p>") + domainFindingsHtml(findings));
}

} // namespace remitente::ui
