#pragma once

#include "OAuthMechanism.h"

namespace remitente::smtp {

// Google's and Microsoft's XOAUTH2: "user=" U "\x01auth=Bearer " T "\x01\x01"; the error challenge is answered
// with an empty response.
class XOAuth2Mechanism final : public OAuthMechanism
{
public:
    explicit XOAuth2Mechanism(Credentials credentials) : OAuthMechanism(std::move(credentials)) { }
    QByteArray name() const override { return "XOAUTH2"; }

protected:
    QByteArray clientResponse(const QByteArray &username, const QByteArray &token) const override;
    QByteArray errorAcknowledgement() const override { return {}; }
};

} // namespace remitente::smtp
