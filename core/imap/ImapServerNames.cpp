#include "ImapServerNames.h"

namespace remitente::imap {

QString imapSecurityName(ImapSecurity security)
{
    return security == ImapSecurity::Tls ? QStringLiteral("tls") : QStringLiteral("starttls");
}

std::optional<ImapSecurity> imapSecurityFromName(const QString &name)
{
    if (name == u"tls")
        return ImapSecurity::Tls;
    if (name == u"starttls")
        return ImapSecurity::StartTls;
    return std::nullopt;
}

quint16 defaultImapPort(ImapSecurity security)
{
    return security == ImapSecurity::Tls ? 993 : 143;
}

} // namespace remitente::imap
