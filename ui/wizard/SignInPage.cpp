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
#include <QUrl>
#include <QVBoxLayout>

namespace remitente::ui {

SignInPage::SignInPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("signInPage"));
    setTitle(tr("Sign in"));
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
    auto *form = new QFormLayout;
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

    connect(m_password, &QLineEdit::textChanged, this, &SignInPage::completeChanged);
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
    return draft.signIn && draft.signInProviderId == draft.account.providerId;
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
    m_reveal->setVisible(passwords);
    m_openPage->setVisible(passwords && p && !p->passwordPage.isEmpty());
    m_providerPanel->setEnabled(provider);
    if (provider)
        m_providerPanel->signInButton()->setFocus();
    else if (passwords)
        m_password->setFocus();
    Q_EMIT completeChanged();
}

void SignInPage::initializePage()
{
    const providers::Provider *provider = m_wizard->provider();
    QString html;
    if (provider && !provider->steps.isEmpty()) {
        html += tr("<p>%1 needs a password made for Remitente (an <i>app password</i>):</p>")
                    .arg(provider->name.toHtmlEscaped());
        if (provider->signIn != u"app-password")
            html = tr("<p>How to sign in with %1:</p>").arg(provider->name.toHtmlEscaped());
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
        m_openPage->setText(tr("&Open %1's page in the browser").arg(provider->name));
    m_passwordLabel->setText(provider && provider->signIn == u"app-password" ? tr("&App password:") : tr("&Password:"));
    const bool editingOAuth = m_wizard->draft().account.signIn == accounts::SignInKind::OAuth2;
    m_password->setText(editingOAuth ? QString() : m_wizard->draft().password);
    updateWay();
}

bool SignInPage::isComplete() const
{
    if (signingInWithProvider())
        return hasSignIn();
    return !passwordsRefused() && !m_password->text().trimmed().isEmpty();
}

bool SignInPage::validatePage()
{
    const providers::Provider *provider = m_wizard->provider();
    AccountDraft &draft = m_wizard->draft();
    if (signingInWithProvider()) {
        draft.account.signIn = accounts::SignInKind::OAuth2;
        draft.password = draft.signIn->refreshToken;
        return true;
    }
    if (draft.account.signIn == accounts::SignInKind::OAuth2) // Microsoft 365 where the tenant takes passwords
        draft.account.signIn = accounts::SignInKind::MailboxPassword;
    const QString typed = m_password->text();
    draft.password = provider ? provider->normalisePassword(typed) : typed.trimmed();
    return true;
}

int SignInPage::nextId() const
{
    return SetupWizard::ServerPageId;
}

void SignInPage::focusPassword()
{
    m_password->setFocus();
    m_password->selectAll();
}

} // namespace remitente::ui
