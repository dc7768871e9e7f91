#pragma once

#include "Credentials.h"
#include "OAuthChallenge.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace remitente::smtp {

// One SASL client mechanism (RFC 4422). Challenges and responses are raw bytes; the session does base64.
class SaslMechanism
{
public:
    virtual ~SaslMechanism() = default;
    virtual QByteArray name() const = 0;
    // The response sent with the AUTH command itself, saving a round trip; nullopt when the mechanism has none.
    virtual std::optional<QByteArray> initialResponse() = 0;
    // The answer to a 334 challenge; nullopt when the mechanism has nothing more to say (the session cancels).
    virtual std::optional<QByteArray> respond(const QByteArray &challenge) = 0;
    // The error challenge a server sent when it refused an OAuth2 token, once one came.
    virtual std::optional<OAuthChallenge> oauthChallenge() const { return std::nullopt; }
};

// Mechanisms we can use with this kind of secret, best first: PLAIN, LOGIN for a password; XOAUTH2 (the only one
// Microsoft has), OAUTHBEARER for a token.
QStringList supportedSaslMechanisms(CredentialKind kind = CredentialKind::Password);

// The best mechanism both sides support for these credentials, or nullptr when there is none. host and port are
// where the session connected (OAUTHBEARER names them).
std::unique_ptr<SaslMechanism> chooseSaslMechanism(const QStringList &offeredByServer, const Credentials &credentials,
                                                   const QString &host = {}, quint16 port = 0);

} // namespace remitente::smtp
