#pragma once

#include "SaslMechanism.h"

namespace remitente::smtp {

// What XOAUTH2 and OAUTHBEARER share: the token goes once, in the initial response; a 334 after it is the
// server's error challenge, which is read and acknowledged so that the server sends its final failure reply.
class OAuthMechanism : public SaslMechanism
{
public:
    ~OAuthMechanism() override;
    std::optional<QByteArray> initialResponse() final;
    std::optional<QByteArray> respond(const QByteArray &challenge) final;
    std::optional<OAuthChallenge> oauthChallenge() const final { return m_challenge; }

protected:
    explicit OAuthMechanism(Credentials credentials) : m_credentials(std::move(credentials)) { }
    // The whole client response carrying the token (UTF-8 username and token given).
    virtual QByteArray clientResponse(const QByteArray &username, const QByteArray &token) const = 0;
    // The client's answer to the error challenge.
    virtual QByteArray errorAcknowledgement() const = 0;

private:
    Credentials m_credentials;
    bool m_sent = false;
    std::optional<OAuthChallenge> m_challenge;
};

// A token as RFC 6750 allows it (b64token: letters, digits, "-._~+/", then "="s) and a username without control
// characters: anything else could end a field of the SASL message early.
bool isUsableBearerToken(QStringView token);
bool isUsableOAuthUsername(QStringView username);

} // namespace remitente::smtp
