#include "SignInPage.h"

#include "SetupWizard.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace remitente::ui {

SignInPage::SignInPage(SetupWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("signInPage"));
    setTitle(tr("Sign in"));
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
    reveal->setObjectName(QStringLiteral("showPassword"));
    connect(reveal, &QCheckBox::toggled, this,
            [this](bool shown) { m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), reveal);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_openPage, 0, Qt::AlignLeft);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_password, &QLineEdit::textChanged, this, &SignInPage::completeChanged);
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
    if (passwordsRefused())
        html += tr("<p><b>Passwords do not work with this account.</b> Go back and choose another provider or "
                   "address, or wait for Sign in with Microsoft in a later version.</p>");
    m_steps->setText(html);
    const bool hasPage = provider && !provider->passwordPage.isEmpty();
    m_openPage->setVisible(hasPage && !passwordsRefused());
    if (hasPage)
        m_openPage->setText(tr("&Open %1's page in the browser").arg(provider->name));
    m_password->setVisible(!passwordsRefused());
    m_passwordLabel->setVisible(!passwordsRefused());
    m_passwordLabel->setText(provider && provider->signIn == u"app-password" ? tr("&App password:") : tr("&Password:"));
    m_password->setText(m_wizard->draft().password);
}

bool SignInPage::isComplete() const
{
    return !passwordsRefused() && !m_password->text().trimmed().isEmpty();
}

bool SignInPage::validatePage()
{
    const providers::Provider *provider = m_wizard->provider();
    const QString typed = m_password->text();
    m_wizard->draft().password = provider ? provider->normalisePassword(typed) : typed.trimmed();
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
