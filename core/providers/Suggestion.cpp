#include "Suggestion.h"

namespace remitente::providers {

Suggestion Suggestion::fromCatalogue(const ServerSetting &server, const QString &domain, const QString &source)
{
    Suggestion suggestion;
    suggestion.host = QString(server.host).replace(QStringLiteral("%DOMAIN%"), domain);
    suggestion.port = server.port;
    suggestion.security = server.security == u"tls" ? smtp::Security::ImplicitTls : smtp::Security::StartTls;
    suggestion.source = source;
    suggestion.confirmed = server.verified;
    return suggestion;
}

std::optional<Suggestion> DiscoveryResult::best() const
{
    for (const Suggestion &suggestion : suggestions) {
        if (suggestion.confirmed)
            return suggestion;
    }
    return std::nullopt;
}

} // namespace remitente::providers
