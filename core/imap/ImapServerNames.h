#pragma once

#include "ImapServer.h"

#include <QString>

#include <optional>

namespace remitente::imap {

// The words the account file, the catalogue and the command line use: "tls" (993) and "starttls" (143).
QString imapSecurityName(ImapSecurity security);
std::optional<ImapSecurity> imapSecurityFromName(const QString &name);
quint16 defaultImapPort(ImapSecurity security);

} // namespace remitente::imap
