#include "PlainMechanism.h"

#include "system/SecretWipe.h"

namespace remitente::smtp {

PlainMechanism::~PlainMechanism()
{
    system::wipeSecret(m_credentials.secret);
}

std::optional<QByteArray> PlainMechanism::initialResponse()
{
    m_sent = true;
    return QByteArray('\0' + m_credentials.username.toUtf8() + '\0' + m_credentials.secret.toUtf8());
}

std::optional<QByteArray> PlainMechanism::respond(const QByteArray &)
{
    // Only when AUTH went without an initial response: the credentials go once, in answer to the first (empty)
    // challenge. A challenge after they went out gets "*" (cancel) instead of the password a second time.
    if (m_sent)
        return std::nullopt;
    return initialResponse();
}

} // namespace remitente::smtp
