#include "OAuthMechanism.h"

#include "system/SecretWipe.h"

namespace remitente::smtp {

OAuthMechanism::~OAuthMechanism()
{
    system::wipeSecret(m_credentials.secret);
}

std::optional<QByteArray> OAuthMechanism::initialResponse()
{
    m_sent = true;
    QByteArray token = m_credentials.secret.toUtf8();
    QByteArray response = clientResponse(m_credentials.username.toUtf8(), token);
    system::wipeSecret(token);
    system::wipeSecret(m_credentials.secret); // needed once only
    return response;
}

std::optional<QByteArray> OAuthMechanism::respond(const QByteArray &challenge)
{
    if (!m_sent)
        return initialResponse(); // a server that asks with an empty 334 instead of taking an initial response
    if (m_challenge)
        return std::nullopt; // a second challenge: the session cancels
    m_challenge = parseOAuthChallenge(challenge);
    return errorAcknowledgement();
}

bool isUsableBearerToken(QStringView token)
{
    qsizetype end = token.size();
    while (end > 0 && token[end - 1] == u'=')
        --end;
    if (end == 0)
        return false;
    for (const QChar c : token.first(end)) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'.' || u == u'_' || u == u'~' || u == u'+' || u == u'/';
        if (!ok)
            return false;
    }
    return true;
}

bool isUsableOAuthUsername(QStringView username)
{
    if (username.isEmpty())
        return false;
    for (const QChar c : username) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace remitente::smtp
