#pragma once

#include "DeviceAuthorization.h"
#include "OAuthSettings.h"
#include "TokenResponse.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>

class QTimer;

namespace remitente::oauth {

class TokenEndpoint;

// Signing in on another device (RFC 8628): the person opens verificationUri anywhere and types userCode, while
// this polls the token endpoint at the provider's interval (5 s more after each slow_down) until tokens come, the
// person refuses, or the code expires. finished() comes exactly once.
class DeviceCodeFlow : public QObject
{
    Q_OBJECT
public:
    explicit DeviceCodeFlow(OAuthSettings settings, QObject *parent = nullptr);
    ~DeviceCodeFlow() override;

    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCa = certificates; }
    void setTokenTimeout(std::chrono::milliseconds timeout) { m_tokenTimeout = timeout; } // per request; 30 s
    // The time between polls is the provider's, 5 s more after each slow_down; tests shorten both.
    void setPollTimingForTesting(std::chrono::milliseconds interval, std::chrono::milliseconds slowDownStep);

    // Asks for a user code, then emits userCodeReady (or finished when it cannot). Ignored while running.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // The whole device authorization answer (with verificationUriComplete when the provider sent one).
    DeviceAuthorization authorization() const { return m_authorization; }

Q_SIGNALS:
    void userCodeReady(const QUrl &verificationUri, const QString &userCode, const QDateTime &expiresAt);
    void finished(const remitente::oauth::TokenResult &result);

private:
    void onAuthorization(const DeviceAuthorizationResult &result);
    void poll();
    void onPollAnswer(const TokenResult &result);
    void finish(const TokenResult &result);

    OAuthSettings m_settings;
    QList<QSslCertificate> m_extraCa;
    std::chrono::milliseconds m_tokenTimeout{30'000};
    std::chrono::milliseconds m_testInterval{0};
    std::chrono::milliseconds m_slowDownStep{5'000}; // RFC 8628 3.5
    TokenEndpoint *m_endpoint;
    QTimer *m_pollTimer;
    DeviceAuthorization m_authorization;
    std::chrono::milliseconds m_interval{5'000};
    int m_transientFailures = 0;
    bool m_running = false;
    quint64 m_attempt = 0;
};

} // namespace remitente::oauth
