#include "ImapOptions.h"

#include "CommandLine.h"

#include "imap/ImapServerNames.h"
#include "text/TerminalText.h"

#include <algorithm>

namespace remitente::cli {

namespace {
// A host name or an address literal: printable ASCII without spaces.
bool isPlainHost(const QString &host)
{
    return !host.isEmpty()
        && std::all_of(host.begin(), host.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}
} // namespace

ImapOptions::ImapOptions()
    : m_host(QStringLiteral("imap-host"),
             tr("Incoming (IMAP) server where the account's mailbox is read, to find the test email (default: the "
                "provider's, or beside the outgoing server); none: no mailbox."),
             tr("host")),
      m_port(QStringLiteral("imap-port"), tr("IMAP port (default 993 for tls, 143 for starttls)."), tr("port")),
      m_security(QStringLiteral("imap-security"), tr("IMAP security: tls or starttls."), QStringLiteral("tls|starttls"))
{
}

void ImapOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_host, m_port, m_security});
}

bool ImapOptions::anySet(const QCommandLineParser &parser) const
{
    return parser.isSet(m_host) || parser.isSet(m_port) || parser.isSet(m_security);
}

std::optional<int> ImapOptions::read(const QCommandLineParser &parser, const imap::ImapServer &base,
                                     imap::ImapServer &server) const
{
    server = base;
    if (parser.isSet(m_host)) {
        const QString host = parser.value(m_host).trimmed();
        if (host == u"none" || host.isEmpty()) {
            if (parser.isSet(m_port) || parser.isSet(m_security))
                return usageError(tr("--imap-host none forgets the IMAP server: give no --imap-port or "
                                     "--imap-security with it."));
            server = {};
            return std::nullopt;
        }
        if (!isPlainHost(host))
            return usageError(tr("--imap-host \"%1\" is not a server name: no spaces or control characters.")
                                  .arg(text::terminalSafe(host)));
        server.host = host;
    }
    if (parser.isSet(m_security)) {
        const std::optional<imap::ImapSecurity> chosen = imap::imapSecurityFromName(parser.value(m_security));
        if (!chosen)
            return usageError(tr("--imap-security must be tls or starttls."));
        server.security = *chosen;
        server.port = imap::defaultImapPort(server.security);
    } else if (parser.isSet(m_host) && !base.isSet()) {
        server.port = imap::defaultImapPort(server.security);
    }
    if (parser.isSet(m_port)) {
        const std::optional<quint16> value = parsePort(parser.value(m_port));
        if (!value)
            return usageError(tr("--imap-port must be a number from 1 to 65535."));
        server.port = *value;
    }
    if (!server.isSet() && anySet(parser))
        return usageError(tr("There is no IMAP server to change: give it with --imap-host."));
    return std::nullopt;
}

} // namespace remitente::cli
