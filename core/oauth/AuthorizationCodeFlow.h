#pragma once

#include "OAuthSettings.h"
#include "TokenResponse.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <memory>

class QTimer;

namespace remitente::oauth {

class AuthorizationRequest;
class LoopbackRedirect;
class TokenEndpoint;
struct RedirectPage;
struct RedirectParameters;

// Signing in through the system browser (RFC 8252): a loopback listener, an authorize URL with PKCE and state, the
// redirect checked, the code exchanged. The caller opens authorizationUrlReady's URL in the browser (the CLI prints
// it) and gets finished() exactly once. Each flow has its own listener, state and verifier, so any number can run
// in one process.
class AuthorizationCodeFlow : public QObject
{
    Q_OBJECT
public:
    explicit AuthorizationCodeFlow(OAuthSettings settings, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    void setLoginHint(const QString &address) { m_loginHint = address; }
    // How long to wait for the person to come back from the browser; 5 minutes by default.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // For the token endpoint: trusted besides the system's authorities, and its own time limit.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    void setTokenTimeout(std::chrono::milliseconds timeout) { m_tokenTimeout = timeout; }

    // Listens and emits authorizationUrlReady before returning; when it cannot (no client id, no https, no port),
    // finished comes from the event loop instead. Ignored while running; after finished it starts a new sign-in.
    void start();
    // Ends a running flow with Cancelled, before returning.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void finished(const remitente::oauth::TokenResult &result);

private:
    RedirectPage pageFor(const RedirectParameters &parameters) const;
    void onRedirect(const RedirectParameters &parameters);
    void finish(const TokenResult &result);

    OAuthSettings m_settings;
    QString m_loginHint;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    std::chrono::milliseconds m_tokenTimeout{30'000};
    QList<QSslCertificate> m_extraCa;
    bool m_running = false;
    quint64 m_attempt = 0; // answers from an earlier attempt are ignored
    LoopbackRedirect *m_listener = nullptr;
    TokenEndpoint *m_endpoint = nullptr;
    QTimer *m_timer = nullptr;
    std::unique_ptr<AuthorizationRequest> m_request;
};

} // namespace remitente::oauth
