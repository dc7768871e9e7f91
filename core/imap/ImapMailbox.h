#pragma once

#include "ImapResponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace remitente::imap {

// One mailbox from a LIST response.
struct ImapMailbox {
    QByteArray wireName;                            // as the server spells it (modified UTF-7): what EXAMINE takes
    QString name;                                   // decoded, for people
    QList<QByteArray> attributes;                   // \HasNoChildren, \Junk, \Noselect, ... as sent
    bool hasAttribute(const char *attribute) const; // case-insensitive, e.g. "\\Junk"
    bool operator==(const ImapMailbox &) const = default;
};

// The mailbox a "* LIST (attributes) "/" name" response describes; nullopt for anything else.
std::optional<ImapMailbox> mailboxFromList(const ImapResponse &response);

// RFC 3501 5.1.3 modified UTF-7 ("Correo &AOk-lectr&APM-nico") to text; the input unchanged where it is malformed.
QString decodeMailboxName(const QByteArray &wireName);

// Where the server puts junk: the mailbox marked \Junk (RFC 6154, whatever its name and language); failing that,
// one with a common junk name ("Junk", "Spam", "Junk Email", "Bulk Mail", "Correo no deseado", "[Gmail]/Spam", ...).
std::optional<ImapMailbox> findJunkMailbox(const QList<ImapMailbox> &mailboxes);

} // namespace remitente::imap
