#pragma once

#include "OAuthMechanism.h"

namespace remitente::smtp {

// RFC 7628 OAUTHBEARER: "n,a=" U ",\x01host=" H "\x01port=" P "\x01auth=Bearer " T "\x01\x01"; the error
// challenge is answered with "\x01".
class OAuthBearerMechanism final : public OAuthMechanism
{
public:
    // host and port: where the session connected (left out when empty or 0).
    OAuthBearerMechanism(Credentials credentials, QString host, quint16 port)
        : OAuthMechanism(std::move(credentials)), m_host(std::move(host)), m_port(port)
    {
    }
    QByteArray name() const override { return "OAUTHBEARER"; }

protected:
    QByteArray clientResponse(const QByteArray &username, const QByteArray &token) const override;
    QByteArray errorAcknowledgement() const override { return "\x01"; }

private:
    QString m_host;
    quint16 m_port;
};

} // namespace remitente::smtp
