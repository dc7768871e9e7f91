#include "SignInPage.h"

#include "ProviderSignInPanel.h"
#include "SetupWizard.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace remitente::ui {

SignInPage::SignInPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("signInPage"));
    setTitle(tr("Sign in"));
    setSubTitle(tr("Remitente needs your permission to send email from this address."));
    m_useProvider = new QRadioButton(this);
    m_useProvider->setObjectName(QStringLiteral("useProviderSignIn"));
    m_usePassword = new QRadioButton(this);
    m_usePassword->setObjectName(QStringLiteral("useAppPassword"));
    m_providerIntro = new QLabel(this);
    m_providerIntro->setObjectName(QStringLiteral("providerSignInIntro"));
    m_providerIntro->setWordWrap(true);
    m_providerIntro->setTextFormat(Qt::RichText);
    m_providerPanel = new ProviderSignInPanel(this);
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("signInSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_openPage = new QPushButton(this);
    m_openPage->setObjectName(QStringLiteral("openPasswordPage"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    // A check box rather than an icon inside the field: visible with any icon theme, and reachable by keyboard.
    auto *reveal = new QCheckBox(tr("S&how the password"), this);
    m_reveal = reveal;
    reveal->setObjectName(QStringLiteral("showPassword"));
    connect(reveal, &QCheckBox::toggled, this,
            [this](bool shown) { m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);
    // Sending services (Mailgun, Amazon SES, Brevo...) give a user name with the password: both are asked here.
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("signInUsernameEdit"));
    m_username->setAccessibleName(tr("User name"));
    m_usernameLabel = new QLabel(tr("&User name:"), this);
    m_usernameLabel->setBuddy(m_username);
    // Where the catalogue knows the server there is nothing to ask on the server page: it is skipped unless the
    // person wants to see it (as Thunderbird's one-screen setup does).
    m_changeServer = new QCheckBox(tr("Change the ser&ver settings before the check"), this);
    m_changeServer->setObjectName(QStringLiteral("changeServerSettings"));
    connect(m_changeServer, &QCheckBox::toggled, this,
            [this](bool wanted) { m_wizard->draft().wantsServerPage = wanted; });
    auto *form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), reveal);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_useProvider);
    layout->addWidget(m_providerIntro);
    layout->addWidget(m_providerPanel);
    layout->addWidget(m_usePassword);
    layout->addWidget(m_steps);
    layout->addWidget(m_openPage, 0, Qt::AlignLeft);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_changeServer);

    connect(m_password, &QLineEdit::textChanged, this, &SignInPage::completeChanged);
    connect(m_username, &QLineEdit::textChanged, this, &SignInPage::completeChanged);
    connect(wizard, &SetupWizard::savedPasswordLoaded, this, [this] {
        // Editing: the saved password arrived from the keychain; the person changes it only if they want to.
        const AccountDraft &draft = m_wizard->draft();
        if (draft.account.signIn != accounts::SignInKind::OAuth2 && m_password->text().isEmpty())
            m_password->setText(draft.password);
        Q_EMIT completeChanged();
    });
    connect(m_useProvider, &QRadioButton::toggled, this, &SignInPage::updateWay);
    connect(m_providerPanel, &ProviderSignInPanel::stateChanged, this, &SignInPage::completeChanged);
    connect(m_providerPanel, &ProviderSignInPanel::signedIn, this, [this](const oauth::Tokens &tokens) {
        AccountDraft &draft = m_wizard->draft();
        draft.signIn = tokens;
        draft.signInProviderId = draft.account.providerId;
        // The check that follows uses this access token: no refresh needed right after signing in.
        m_wizard->services().planner->rememberTokens(draft.account.id, tokens);
        Q_EMIT completeChanged();
    });
    connect(m_openPage, &QPushButton::clicked, this, [this] {
        if (const providers::Provider *provider = m_wizard->provider())
            QDesktopServices::openUrl(QUrl(provider->passwordPage));
    });
}

bool SignInPage::passwordsRefused() const
{
    // Outlook.com and friends: OAuth2 only, and no steps that could make a password work.
    const providers::Provider *provider = m_wizard->provider();
    return provider && provider->signIn == u"oauth2" && provider->steps.isEmpty();
}

bool SignInPage::hasSignIn() const
{
    // A sign-in with another provider (the person went back and chose again) does not count.
    const AccountDraft &draft = m_wizard->draft();
    return (draft.signIn && draft.signInProviderId == draft.account.providerId) || keepsSavedSignIn();
}

bool SignInPage::keepsSavedSignIn() const
{
    // Editing an account that signs in with its provider: the saved sign-in (read from the keychain) goes on
    // working, so changing the name does not mean signing in again.
    const AccountDraft &draft = m_wizard->draft();
    return m_wizard->isEditing() && !draft.signIn && draft.passwordLoaded
        && m_wizard->existing().signIn == accounts::SignInKind::OAuth2
        && draft.account.providerId == m_wizard->existing().providerId;
}

bool SignInPage::asksForUsername() const
{
    // The catalogue's "custom" user name: the service gives one with the password (Mailgun, Amazon SES...).
    const providers::Provider *provider = m_wizard->provider();
    return provider && provider->username == u"custom";
}

bool SignInPage::offersProviderSignIn() const
{
    const providers::Provider *provider = m_wizard->provider();
    return provider && provider->oauth2;
}

bool SignInPage::signingInWithProvider() const
{
    return offersProviderSignIn() && (passwordsRefused() || m_useProvider->isChecked());
}

void SignInPage::setUpProviderSignIn()
{
    const providers::Provider *provider = m_wizard->provider();
    const bool offered = offersProviderSignIn();
    const bool available = offered && provider->oauth2->hasClient();
    const bool both = offered && !passwordsRefused();
    m_useProvider->setVisible(both);
    m_usePassword->setVisible(both);
    m_providerIntro->setVisible(offered);
    m_providerPanel->setVisible(available);
    if (!offered)
        return;
    const QString brand = provider->signInBrand();
    m_useProvider->setText(tr("Sign &in with %1 in the browser (recommended)").arg(brand));
    m_usePassword->setText(provider->signIn == u"app-password" ? tr("Use an app &password instead")
                                                               : tr("Use a &password instead"));
    // Without a registration in this build the sign-in in the browser cannot be chosen (the intro says why): the
    // password is the way, never a default that leaves Next disabled for good.
    m_useProvider->setEnabled(available);
    const bool editingOAuth = m_wizard->draft().account.signIn == accounts::SignInKind::OAuth2;
    if (both && !available)
        m_usePassword->setChecked(true);
    else if (!m_useProvider->isChecked() && !m_usePassword->isChecked())
        (editingOAuth || m_wizard->draft().password.isEmpty() ? m_useProvider : m_usePassword)->setChecked(true);
    if (provider->oauth2->hasClient()) {
        m_providerIntro->setText(tr("<p>%1's own page opens in your browser: sign in there and allow Remitente to "
                                    "send email. Remitente never sees your password.</p>")
                                     .arg(brand.toHtmlEscaped()));
        oauth::OAuthSettings settings = *provider->oauth2;
        if (!m_wizard->draft().account.tenant.isEmpty())
            settings.tenant = m_wizard->draft().account.tenant;
        const WizardServices &services = m_wizard->services();
        m_providerPanel->setUp(brand, settings, m_wizard->draft().account.username,
                               services.planner->settings().extraCaCertificates, services.openBrowser);
    } else {
        // Never a dead button: say why it is missing and who can add it.
        m_providerIntro->setText(
            tr("<p><b>Sign in with %1 is not available in this copy of Remitente:</b> it has no registration with "
               "%1. Your administrator can add one; Remitente's guide docs/oauth-registration.md says how.</p>")
                .arg(brand.toHtmlEscaped()));
    }
}

void SignInPage::updateWay()
{
    const bool provider = signingInWithProvider();
    const bool passwords = !passwordsRefused() && (!offersProviderSignIn() || m_usePassword->isChecked());
    const providers::Provider *p = m_wizard->provider();
    // Where neither way works in this build (Outlook.com without a registration) the steps say why and what to do.
    m_steps->setVisible(passwords || !offersProviderSignIn() || !p->oauth2->hasClient());
    m_password->setVisible(passwords);
    m_passwordLabel->setVisible(passwords);
    m_username->setVisible(passwords && asksForUsername());
    m_usernameLabel->setVisible(passwords && asksForUsername());
    m_reveal->setVisible(passwords);
    m_openPage->setVisible(passwords && p && !p->passwordPage.isEmpty());
    m_providerPanel->setEnabled(provider);
    Q_EMIT completeChanged();
}

QWidget *SignInPage::fieldToFocus() const
{
    if (signingInWithProvider())
        return m_providerPanel->signInButton();
    if (m_username->isVisibleTo(this) && m_username->text().trimmed().isEmpty())
        return m_username;
    if (m_password->isVisibleTo(this))
        return m_password;
    return nullptr;
}

void SignInPage::focusField()
{
    // After QWizard has given the focus to the page's first child (a hidden radio button here): typing goes to the
    // field that waits for it.
    QTimer::singleShot(0, this, [this] {
        if (QWidget *field = fieldToFocus(); field && field->isEnabled())
            field->setFocus(Qt::OtherFocusReason);
    });
}

void SignInPage::initializePage()
{
    const providers::Provider *provider = m_wizard->provider();
    QString html;
    if (provider && !provider->steps.isEmpty()) {
        html += tr("<p>%1 needs a password made for Remitente (an <i>app password</i>):</p>")
                    .arg(provider->displayName().toHtmlEscaped());
        if (provider->signIn != u"app-password")
            html = tr("<p>How to sign in:</p>");
        html += QStringLiteral("<ol>");
        for (const QString &step : provider->steps)
            html += QStringLiteral("<li>%1</li>").arg(providers::ProviderCatalogue::translated(step).toHtmlEscaped());
        html += QStringLiteral("</ol>");
    } else if (!passwordsRefused()) {
        html += tr("<p>Type the password of your mailbox (the one you use for webmail), or the SMTP password your "
                   "provider gave you.</p>");
    }
    if (provider) {
        for (const QString &note : provider->notes)
            html += QStringLiteral("<p>%1</p>").arg(providers::ProviderCatalogue::translated(note).toHtmlEscaped());
    }
    if (passwordsRefused() && !(provider->oauth2 && provider->oauth2->hasClient()))
        html += tr("<p><b>Passwords do not work with this account.</b> Go back and choose another provider or "
                   "address.</p>");
    m_steps->setText(html);
    setUpProviderSignIn();
    if (provider && !provider->passwordPage.isEmpty())
        m_openPage->setText(tr("&Open %1's page in the browser").arg(provider->displayName()));
    m_passwordLabel->setText(provider && provider->signIn == u"app-password" ? tr("&App password:") : tr("&Password:"));
    const bool editingOAuth = m_wizard->draft().account.signIn == accounts::SignInKind::OAuth2;
    m_password->setText(editingOAuth ? QString() : m_wizard->draft().password);
    const accounts::Account &account = m_wizard->draft().account;
    m_username->setText(account.username == account.address ? QString() : account.username);
    m_changeServer->setVisible(serverPageSkippable());
    m_changeServer->setChecked(m_wizard->draft().wantsServerPage);
    updateWay();
    focusField();
}

bool SignInPage::isComplete() const
{
    if (signingInWithProvider())
        return hasSignIn();
    if (asksForUsername() && m_username->text().trimmed().isEmpty())
        return false;
    return !passwordsRefused() && !m_password->text().trimmed().isEmpty();
}

bool SignInPage::validatePage()
{
    const providers::Provider *provider = m_wizard->provider();
    AccountDraft &draft = m_wizard->draft();
    if (signingInWithProvider()) {
        draft.account.signIn = accounts::SignInKind::OAuth2;
        if (draft.signIn) // else the saved sign-in, already in draft.password, is kept
            draft.password = draft.signIn->refreshToken;
        return true;
    }
    if (asksForUsername())
        draft.account.username = m_username->text().trimmed();
    if (draft.account.signIn == accounts::SignInKind::OAuth2) // Microsoft 365 where the tenant takes passwords
        draft.account.signIn = accounts::SignInKind::MailboxPassword;
    const QString typed = m_password->text();
    draft.password = provider ? provider->normalisePassword(typed) : typed.trimmed();
    return true;
}

bool SignInPage::serverPageSkippable() const
{
    const AccountDraft &draft = m_wizard->draft();
    const providers::Provider *provider = m_wizard->provider();
    return !m_wizard->isEditing() && provider && provider->kind != u"hosting"
        && draft.settingsSource == AccountDraft::SettingsSource::Found && !draft.account.host.isEmpty()
        && !draft.account.username.isEmpty();
}

int SignInPage::nextId() const
{
    if (serverPageSkippable() && !m_wizard->draft().wantsServerPage)
        return SetupWizard::CheckPageId;
    return SetupWizard::ServerPageId;
}

void SignInPage::focusPassword()
{
    m_password->setFocus();
    m_password->selectAll();
}

} // namespace remitente::ui
