#include "SaslMechanism.h"

#include "LoginMechanism.h"
#include "PlainMechanism.h"

namespace remitente::smtp {

QStringList supportedSaslMechanisms()
{
    // PLAIN first: with an initial response it signs in with one round trip. Both are only ever used over TLS.
    return {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
}

std::unique_ptr<SaslMechanism> chooseSaslMechanism(const QStringList &offeredByServer, const Credentials &credentials)
{
    for (const QString &mechanism : supportedSaslMechanisms()) {
        if (!offeredByServer.contains(mechanism, Qt::CaseInsensitive))
            continue;
        if (mechanism == u"PLAIN")
            return std::make_unique<PlainMechanism>(credentials);
        if (mechanism == u"LOGIN")
            return std::make_unique<LoginMechanism>(credentials);
    }
    return nullptr;
}

} // namespace remitente::smtp
