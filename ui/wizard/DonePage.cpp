#include "DonePage.h"

#include "DomainSummary.h"
#include "SetupWizard.h"
#include "SettingsElsewhere.h"
#include "UseAccountDialog.h"

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
    setSubTitle(tr("Remitente can now send email from your address."));
    setFinalPage(true);
    m_summary = new QLabel;
    m_summary->setTextFormat(Qt::RichText); // its own markup; every value in it is escaped
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_keychain = new QLabel;
    m_keychain->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->setWordWrap(true);
    m_settings = new SettingsElsewhere;
    m_settings->setSources(wizard->services().secrets, wizard->services().catalogue);
    m_domain = new DomainSummary;
    // Where people put these settings next, in each program's own words.
    auto *useIn = new QPushButton(tr("Use this &account in…"));
    useIn->setObjectName(QStringLiteral("useAccountIn"));
    useIn->setAutoDefault(false);
    connect(useIn, &QPushButton::clicked, this, &DonePage::openUseAccountIn);
    // Success first; then the settings for other programs and, last, the domain check in a few words.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_keychain);
    contentLayout->addWidget(m_domain);
    contentLayout->addWidget(m_settings);
    contentLayout->addWidget(useIn, 0, Qt::AlignLeft);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("doneScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
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
    m_summary->setText(tr("<b>%1</b> can now send email. It appears in Remitente's main window.")
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

void DonePage::openUseAccountIn()
{
    auto *dialog = new UseAccountDialog(m_wizard->draft().account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DonePage::startDomainCheck()
{
    const WizardServices &services = m_wizard->services();
    const accounts::Account &account = m_wizard->draft().account;
    m_domain->showChecking();
    m_domainCheck = std::make_unique<diagnosis::DomainCheck>(*services.resolver, *services.catalogue);
    connect(m_domainCheck.get(), &diagnosis::DomainCheck::finished, this, &DonePage::showFindings);
    m_domainCheck->start({account.address, account.providerId, account.host});
}

void DonePage::showFindings(const QList<diagnosis::DomainFinding> &findings)
{
    m_domain->showFindings(findings);
}

} // namespace remitente::ui
