#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace remitente::smtp {

struct Credentials {
    QString username;
    QString secret; // a password today; an OAuth2 access token for the XOAUTH2/OAUTHBEARER mechanisms to come

    bool isEmpty() const { return username.isEmpty() && secret.isEmpty(); }
};

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
};

// Mechanisms we can use, best first.
QStringList supportedSaslMechanisms();

// The best mechanism both sides support, or nullptr when there is none.
std::unique_ptr<SaslMechanism> chooseSaslMechanism(const QStringList &offeredByServer, const Credentials &credentials);

} // namespace remitente::smtp
