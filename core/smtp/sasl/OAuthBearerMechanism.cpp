#include "OAuthBearerMechanism.h"

namespace remitente::smtp {

QByteArray OAuthBearerMechanism::clientResponse(const QByteArray &username, const QByteArray &token) const
{
    // The GS2 header's authzid is a saslname: "," and "=" are written "=2C" and "=3D" (RFC 5801).
    QByteArray authzid = username;
    authzid.replace('=', "=3D").replace(',', "=2C");
    QByteArray fields;
    if (!m_host.isEmpty() && !m_host.contains(u'\x01'))
        fields += "host=" + m_host.toUtf8() + '\x01';
    if (m_port != 0)
        fields += "port=" + QByteArray::number(m_port) + '\x01';

    QByteArray response;
    // Reserved whole, so no reallocation leaves a copy of the token behind.
    response.reserve(5 + authzid.size() + 2 + fields.size() + 12 + token.size() + 2);
    response.append("n,a=").append(authzid).append(",\x01").append(fields);
    response.append("auth=Bearer ").append(token).append("\x01\x01");
    return response;
}

} // namespace remitente::smtp
