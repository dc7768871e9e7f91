#include "XOAuth2Mechanism.h"

namespace remitente::smtp {

QByteArray XOAuth2Mechanism::clientResponse(const QByteArray &username, const QByteArray &token) const
{
    QByteArray response;
    // Reserved whole, so no reallocation leaves a copy of the token behind.
    response.reserve(5 + username.size() + 13 + token.size() + 2);
    response.append("user=")
        .append(username)
        .append("\x01"
                "auth=Bearer ")
        .append(token)
        .append("\x01\x01");
    return response;
}

} // namespace remitente::smtp
