#include "ImapSuggestion.h"

#include "mime/Mailbox.h"

namespace remitente::providers {

imap::ImapServer imapServerBeside(const QString &smtpHost)
{
    QString host = smtpHost.trimmed().toLower();
    if (host.isEmpty())
        return {};
    if (host.startsWith(QStringLiteral("smtp.")))
        host = QStringLiteral("imap.") + host.mid(5);
    return {host, 993, imap::ImapSecurity::Tls};
}

imap::ImapServer suggestedImapServer(const ProviderCatalogue *catalogue, const QString &providerId,
                                     const QString &address, const QString &smtpHost)
{
    const QString domain = mime::domainOf(address).toLower();
    // A sending service (or Proton without its Bridge) has no mailbox to read.
    if (const Provider *provider = catalogue ? catalogue->forAccount(providerId, address) : nullptr)
        return provider->imapServerFor(domain);
    return imapServerBeside(smtpHost);
}

} // namespace remitente::providers
