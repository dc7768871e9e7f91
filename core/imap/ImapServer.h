#pragma once

#include <QString>

namespace remitente::imap {

// How the connection to the IMAP server is protected: TLS from the first byte (993) or STARTTLS (143).
enum class ImapSecurity { Tls, StartTls };

// Where an account's own mailbox is read (to find the test email after sending it). Never holds a secret: the IMAP
// server takes the same password or sign-in as the account's SMTP server.
struct ImapServer {
    QString host;
    quint16 port = 993;
    ImapSecurity security = ImapSecurity::Tls;

    bool isSet() const { return !host.isEmpty(); }
    bool operator==(const ImapServer &) const = default;
};

} // namespace remitente::imap
