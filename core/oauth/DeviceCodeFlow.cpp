#include "DeviceCodeFlow.h"
#include "TokenEndpoint.h"

#include "system/SecretWipe.h"

#include <QTimer>

namespace remitente::oauth {

namespace {
constexpr int MaxTransientFailures = 3; // a lost poll or two is no reason to make the person start again

} // namespace

DeviceCodeFlow::DeviceCodeFlow(OAuthSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_endpoint(new TokenEndpoint(m_settings, this)),
      m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

DeviceCodeFlow::~DeviceCodeFlow()
{
    system::wipeSecret(m_authorization.deviceCode);
}

void DeviceCodeFlow::setPollTimingForTesting(std::chrono::milliseconds interval, std::chrono::milliseconds slowDownStep)
{
    m_testInterval = interval;
    m_slowDownStep = slowDownStep;
}

void DeviceCodeFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    m_transientFailures = 0;
    const quint64 attempt = ++m_attempt;
    m_endpoint->setExtraCaCertificates(m_extraCa);
    m_endpoint->setTimeout(m_tokenTimeout);
    m_endpoint->startDeviceAuthorization([this, attempt](const DeviceAuthorizationResult &result) {
        if (attempt == m_attempt)
            onAuthorization(result);
    });
}

void DeviceCodeFlow::cancel()
{
    finish(TokenError::local(TokenErrorKind::Cancelled, {}));
}

void DeviceCodeFlow::onAuthorization(const DeviceAuthorizationResult &result)
{
    if (!m_running)
        return;
    if (!result.ok())
        return finish(result.error());
    m_authorization = result.authorization();
    m_interval = m_testInterval.count() > 0 ? m_testInterval : m_authorization.interval;
    m_pollTimer->start(m_interval);
    Q_EMIT userCodeReady(m_authorization.verificationUri, m_authorization.userCode, m_authorization.expiresAt);
}

void DeviceCodeFlow::poll()
{
    if (!m_running)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_authorization.expiresAt)
        return finish(
            TokenError::local(TokenErrorKind::Expired, tr("nobody signed in with the code before it expired")));
    const quint64 attempt = m_attempt;
    m_endpoint->pollDevice(m_authorization.deviceCode, [this, attempt](const TokenResult &result) {
        if (attempt == m_attempt)
            onPollAnswer(result);
    });
}

void DeviceCodeFlow::onPollAnswer(const TokenResult &result)
{
    if (!m_running)
        return;
    if (result.ok())
        return finish(result);
    switch (result.error().kind) {
    case TokenErrorKind::AuthorizationPending:
        m_transientFailures = 0;
        break;
    case TokenErrorKind::SlowDown: // RFC 8628 3.5: this and every later poll 5 s further apart
        m_transientFailures = 0;
        m_interval += m_slowDownStep;
        break;
    case TokenErrorKind::Network:
    case TokenErrorKind::Timeout:
    case TokenErrorKind::Server:
        if (++m_transientFailures > MaxTransientFailures)
            return finish(result);
        break;
    default:
        return finish(result);
    }
    m_pollTimer->start(m_interval);
}

void DeviceCodeFlow::finish(const TokenResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_pollTimer->stop();
    m_endpoint->cancelAll();
    system::wipeSecret(m_authorization.deviceCode);
    Q_EMIT finished(result);
}

} // namespace remitente::oauth
