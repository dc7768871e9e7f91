#include "ProviderSignInPanel.h"

#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/TokenError.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace remitente::ui {

ProviderSignInPanel::ProviderSignInPanel(QWidget *parent) : QWidget(parent)
{
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signInWithProvider"));
    m_copy = new QPushButton(tr("Cop&y the address"), this);
    m_copy->setObjectName(QStringLiteral("copySignInAddress"));
    m_copy->setToolTip(tr("If no browser opened, paste this address into one on this computer."));
    m_cancel = new QPushButton(tr("Cance&l sign-in"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSignIn"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // the provider's words come in it
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    setWaiting(false);

    connect(m_signIn, &QPushButton::clicked, this, &ProviderSignInPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &ProviderSignInPanel::cancel);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_address.toString(QUrl::FullyEncoded));
        m_status->setText(tr("The address is copied: paste it into a browser on this computer and sign in there."));
    });
}

ProviderSignInPanel::~ProviderSignInPanel() = default;

void ProviderSignInPanel::setUp(const QString &brand, const oauth::OAuthSettings &settings, const QString &loginHint,
                                const QList<QSslCertificate> &extraCaCertificates, BrowserOpener openBrowser)
{
    m_flow.reset();
    m_brand = brand;
    m_settings = settings;
    m_loginHint = loginHint;
    m_extraCa = extraCaCertificates;
    m_openBrowser = std::move(openBrowser);
    m_signedIn = false;
    m_signIn->setText(tr("&Sign in with %1").arg(brand));
    m_status->clear();
    setWaiting(false);
}

bool ProviderSignInPanel::isRunning() const
{
    return m_flow && m_flow->isRunning();
}

void ProviderSignInPanel::start()
{
    m_signedIn = false;
    m_flow = std::make_unique<oauth::AuthorizationCodeFlow>(m_settings);
    m_flow->setLoginHint(m_loginHint);
    m_flow->setExtraCaCertificates(m_extraCa);
    connect(m_flow.get(), &oauth::AuthorizationCodeFlow::authorizationUrlReady, this, [this](const QUrl &url) {
        m_address = url;
        const bool opened = m_openBrowser && m_openBrowser(url);
        m_status->setText(opened ? tr("%1's sign-in page is open in your browser. Finish signing in there, then "
                                      "come back: Remitente is waiting.")
                                       .arg(m_brand)
                                 : tr("No browser could be opened. Copy the address, open it in a browser on this "
                                      "computer and sign in there: Remitente is waiting."));
    });
    connect(m_flow.get(), &oauth::AuthorizationCodeFlow::finished, this, &ProviderSignInPanel::finished);
    setWaiting(true);
    m_status->setText(tr("Opening %1's sign-in page…").arg(m_brand));
    m_flow->start();
    Q_EMIT stateChanged();
}

void ProviderSignInPanel::cancel()
{
    if (isRunning())
        m_flow->cancel();
}

void ProviderSignInPanel::finished(const oauth::TokenResult &result)
{
    setWaiting(false);
    if (!result.ok()) {
        m_status->setText(result.error().kind == oauth::TokenErrorKind::Cancelled
                              ? tr("Sign-in cancelled.")
                              : tr("Not signed in: %1").arg(result.error().message()));
        Q_EMIT stateChanged();
        return;
    }
    if (result.tokens().refreshToken.isEmpty()) {
        m_status->setText(tr("%1 signed you in but gave no lasting sign-in (no refresh token), so sending would stop "
                             "within the hour. The provider's settings in Remitente must ask for offline access.")
                              .arg(m_brand));
        Q_EMIT stateChanged();
        return;
    }
    m_signedIn = true;
    m_status->setText(tr("Signed in with %1. Remitente keeps this sign-in in the system keychain, never your "
                         "password.")
                          .arg(m_brand));
    Q_EMIT signedIn(result.tokens());
    Q_EMIT stateChanged();
}

void ProviderSignInPanel::setWaiting(bool waiting)
{
    m_signIn->setEnabled(!waiting);
    m_copy->setVisible(waiting);
    m_cancel->setVisible(waiting);
}

} // namespace remitente::ui
