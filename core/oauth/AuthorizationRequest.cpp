#include "AuthorizationRequest.h"
#include "FormEncoding.h"

namespace remitente::oauth {

namespace {
constexpr qsizetype StateBytes = 24; // 192 bits: more than RFC 6749 10.10 asks of a value nobody may guess
}

AuthorizationRequest::AuthorizationRequest(const OAuthSettings &settings, const QUrl &redirectUri,
                                           const QString &loginHint)
    : AuthorizationRequest(settings, redirectUri, loginHint, randomBase64Url(StateBytes), Pkce::generate())
{
}

AuthorizationRequest::AuthorizationRequest(const OAuthSettings &settings, const QUrl &redirectUri,
                                           const QString &loginHint, QByteArray state, Pkce pkce)
    : m_redirectUri(redirectUri), m_state(std::move(state)), m_pkce(std::move(pkce))
{
    FormFields items{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), settings.clientId},
        {QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("scope"), settings.scopes.join(u' ')},
        {QStringLiteral("state"), QString::fromLatin1(m_state)},
        {QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
    };
    if (!loginHint.isEmpty())
        items.append({QStringLiteral("login_hint"), loginHint});
    m_url = withQueryItems(settings.authorizeEndpoint(), items);
}

} // namespace remitente::oauth
