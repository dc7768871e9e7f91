#pragma once

#include "oauth/OAuthSettings.h"
#include "oauth/TokenResponse.h"

#include <QSslCertificate>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;

namespace remitente::oauth {
class AuthorizationCodeFlow;
}

namespace remitente::ui {

// "Sign in with Microsoft / Google": the button, the waiting state (with Cancel and "Copy the address" for when no
// browser opened), and the outcome. The provider's page opens in the system browser; the tokens come back through
// signedIn(). Used by the wizard's sign-in page and by "Sign in again".
class ProviderSignInPanel : public QWidget
{
    Q_OBJECT
public:
    using BrowserOpener = std::function<bool(const QUrl &)>;

    explicit ProviderSignInPanel(QWidget *parent = nullptr);
    ~ProviderSignInPanel() override;

    // brand: "Microsoft", "Google" or the provider's name. Resets a finished or running sign-in.
    void setUp(const QString &brand, const oauth::OAuthSettings &settings, const QString &loginHint,
               const QList<QSslCertificate> &extraCaCertificates, BrowserOpener openBrowser);
    bool isSignedIn() const { return m_signedIn; }
    bool isRunning() const;
    void cancel();
    QPushButton *signInButton() const { return m_signIn; }

Q_SIGNALS:
    void signedIn(const remitente::oauth::Tokens &tokens);
    void stateChanged();

private:
    void start();
    void finished(const oauth::TokenResult &result);
    void setWaiting(bool waiting);

    QString m_brand;
    oauth::OAuthSettings m_settings;
    QString m_loginHint;
    QList<QSslCertificate> m_extraCa;
    BrowserOpener m_openBrowser;
    std::unique_ptr<oauth::AuthorizationCodeFlow> m_flow;
    QUrl m_address;
    bool m_signedIn = false;
    QPushButton *m_signIn;
    QPushButton *m_copy;
    QPushButton *m_cancel;
    QLabel *m_status;
};

} // namespace remitente::ui
