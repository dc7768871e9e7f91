#pragma once

#include "DeviceAuthorization.h"
#include "OAuthSettings.h"
#include "TokenResponse.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace remitente::oauth {

// The provider's token and device authorization endpoints (RFC 6749 4.1.3 and 6, RFC 8628 3.1 and 3.4): form POSTs
// over HTTPS only, with a timeout and answers capped at 64 KiB. Each call answers exactly once through its callback,
// later, from the event loop (never from inside the call). Destroying the endpoint drops unanswered calls silently.
class TokenEndpoint : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const TokenResult &)>;
    using DeviceCallback = std::function<void(const DeviceAuthorizationResult &)>;

    explicit TokenEndpoint(OAuthSettings settings, QObject *parent = nullptr);
    ~TokenEndpoint() override;

    // Trusted besides the system's certificate authorities (tests use their own CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; } // per call; 30 s by default

    void exchangeCode(const QString &code, const QByteArray &codeVerifier, const QUrl &redirectUri, TokenCallback done);
    // The answer keeps refreshToken when the provider sends no new one.
    void refresh(const QString &refreshToken, TokenCallback done);
    void startDeviceAuthorization(DeviceCallback done);
    void pollDevice(const QString &deviceCode, TokenCallback done);

    // Aborts every call in progress; each answers Cancelled (from the event loop, like every answer).
    void cancelAll();

private:
    using Answer = std::function<void(int status, const QByteArray &body, const TokenError *failure)>;
    void post(const QUrl &url, QList<std::pair<QString, QString>> fields, bool authenticateClient, Answer answer);

    OAuthSettings m_settings;
    QNetworkAccessManager *m_network;
    QList<QSslCertificate> m_extraCa;
    std::chrono::milliseconds m_timeout{30'000};
    QHash<QNetworkReply *, std::function<void()>> m_cancellers; // the calls still owing an answer
};

} // namespace remitente::oauth
