#include "LoginMechanism.h"

#include "system/SecretWipe.h"

namespace remitente::smtp {

LoginMechanism::~LoginMechanism()
{
    system::wipeSecret(m_credentials.secret);
}

std::optional<QByteArray> LoginMechanism::respond(const QByteArray &challenge)
{
    // Servers ask "Username:" then "Password:"; some send other or empty prompts, so go by order, but honour
    // an explicit prompt when it says which one it wants.
    const QByteArray prompt = challenge.trimmed().toLower();
    if (prompt.startsWith("password"))
        m_step = 1;
    else if (prompt.startsWith("username") || prompt.startsWith("user name"))
        m_step = 0;
    switch (m_step++) {
    case 0:
        return m_credentials.username.toUtf8();
    case 1:
        return m_credentials.secret.toUtf8();
    default:
        return std::nullopt;
    }
}

} // namespace remitente::smtp
