#include "AuthorizationCodeFlow.h"
#include "AuthorizationRequest.h"
#include "LoopbackRedirect.h"
#include "TokenEndpoint.h"

#include "system/SecretWipe.h"

#include <QTimer>

namespace remitente::oauth {

AuthorizationCodeFlow::AuthorizationCodeFlow(OAuthSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_endpoint(new TokenEndpoint(m_settings, this)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish(TokenError::local(TokenErrorKind::Timeout, tr("nobody came back from the browser in time")));
    });
}

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

void AuthorizationCodeFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    const quint64 attempt = ++m_attempt;
    const auto failLater = [this, attempt](const TokenError &error) {
        QTimer::singleShot(0, this, [this, attempt, error] {
            if (attempt == m_attempt)
                finish(error);
        });
    };
    const QUrl authorize = m_settings.authorizeEndpoint();
    if (!m_settings.hasClient())
        return failLater(
            TokenError::local(TokenErrorKind::InvalidClient, tr("no application id is set for this provider")));
    if (authorize.scheme() != u"https" || authorize.host().isEmpty())
        return failLater(TokenError::local(TokenErrorKind::InvalidClient,
                                           tr("the provider's sign-in address does not start with https://")));

    if (m_listener)
        m_listener->deleteLater();
    m_listener = new LoopbackRedirect(this);
    if (!m_listener->listen())
        return failLater(
            TokenError::local(TokenErrorKind::Network,
                              tr("could not wait for the browser on 127.0.0.1: %1").arg(m_listener->errorString())));
    m_request = std::make_unique<AuthorizationRequest>(m_settings, m_listener->redirectUri(), m_loginHint);
    m_listener->setPageChooser([this](const RedirectParameters &parameters) { return pageFor(parameters); });
    connect(m_listener, &LoopbackRedirect::received, this, &AuthorizationCodeFlow::onRedirect);
    m_endpoint->setExtraCaCertificates(m_extraCa);
    m_endpoint->setTimeout(m_tokenTimeout);
    m_timer->start(m_timeout);
    Q_EMIT authorizationUrlReady(m_request->url());
}

void AuthorizationCodeFlow::cancel()
{
    finish(TokenError::local(TokenErrorKind::Cancelled, {}));
}

RedirectPage AuthorizationCodeFlow::pageFor(const RedirectParameters &parameters) const
{
    if (parameters.kind != RedirectParameters::Kind::Answer)
        return {tr("Sign-in not finished"),
                tr("Remitente could not read what the provider sent back. Go back to Remitente and sign in again.")};
    if (!m_request || parameters.state != QString::fromLatin1(m_request->state()))
        return {tr("Sign-in not accepted"),
                tr("This answer does not belong to the sign-in Remitente started, so Remitente ignored it. Go back "
                   "to Remitente and sign in again.")};
    if (parameters.isError())
        return {tr("Not signed in"),
                tr("The provider did not sign you in. You can close this tab; Remitente shows what happened.")};
    return {tr("Signed in"), tr("You can close this tab and go back to Remitente.")};
}

void AuthorizationCodeFlow::onRedirect(const RedirectParameters &parameters)
{
    if (!m_running)
        return;
    m_timer->stop();
    if (parameters.kind != RedirectParameters::Kind::Answer)
        return finish(
            TokenError::local(TokenErrorKind::Malformed, tr("the answer brought back by the browser is not valid")));
    if (parameters.state != QString::fromLatin1(m_request->state()))
        return finish(TokenError::local(TokenErrorKind::WrongState, {}));
    if (parameters.isError()) {
        TokenError error;
        error.kind = classifyRedirectError(parameters.error);
        error.code = cleanProviderText(parameters.error);
        error.description = cleanProviderText(parameters.errorDescription);
        return finish(error);
    }
    QString code = parameters.code;
    const quint64 attempt = m_attempt;
    m_endpoint->exchangeCode(code, m_request->codeVerifier(), m_request->redirectUri(),
                             [this, attempt](const TokenResult &result) {
                                 if (attempt == m_attempt)
                                     finish(result);
                             });
    system::wipeSecret(code);
}

void AuthorizationCodeFlow::finish(const TokenResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    if (m_listener)
        m_listener->close();
    m_request.reset(); // the verifier is of no use to anyone any more
    m_endpoint->cancelAll();
    Q_EMIT finished(result);
}

} // namespace remitente::oauth
