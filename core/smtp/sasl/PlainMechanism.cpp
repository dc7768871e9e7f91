#include "PlainMechanism.h"

namespace remitente::smtp {

std::optional<QByteArray> PlainMechanism::initialResponse()
{
    m_sent = true;
    return QByteArray('\0' + m_credentials.username.toUtf8() + '\0' + m_credentials.secret.toUtf8());
}

std::optional<QByteArray> PlainMechanism::respond(const QByteArray &)
{
    // A server that ignores the initial response sends an empty challenge; answer it once.
    if (m_sent)
        return std::nullopt;
    return initialResponse();
}

} // namespace remitente::smtp
