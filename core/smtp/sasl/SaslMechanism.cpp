#include "SaslMechanism.h"

#include "LoginMechanism.h"
#include "OAuthBearerMechanism.h"
#include "PlainMechanism.h"
#include "XOAuth2Mechanism.h"

namespace remitente::smtp {

QString credentialKindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Password:
        return QStringLiteral("password");
    case CredentialKind::BearerToken:
        return QStringLiteral("token");
    }
    return {};
}

QStringList supportedSaslMechanisms(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Password:
        // PLAIN first: with an initial response it signs in with one round trip. Both are only ever used over TLS.
        return {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    case CredentialKind::BearerToken:
        return {QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER")};
    }
    return {};
}

std::unique_ptr<SaslMechanism> chooseSaslMechanism(const QStringList &offeredByServer, const Credentials &credentials,
                                                   const QString &host, quint16 port)
{
    for (const QString &mechanism : supportedSaslMechanisms(credentials.kind)) {
        if (!offeredByServer.contains(mechanism, Qt::CaseInsensitive))
            continue;
        if (mechanism == u"PLAIN")
            return std::make_unique<PlainMechanism>(credentials);
        if (mechanism == u"LOGIN")
            return std::make_unique<LoginMechanism>(credentials);
        if (mechanism == u"XOAUTH2")
            return std::make_unique<XOAuth2Mechanism>(credentials);
        if (mechanism == u"OAUTHBEARER")
            return std::make_unique<OAuthBearerMechanism>(credentials, host, port);
    }
    return nullptr;
}

} // namespace remitente::smtp
