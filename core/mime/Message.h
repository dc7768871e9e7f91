#pragma once

#include "Mailbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace remitente::mime {

struct Attachment {
    QString path;     // the file on disk; read while sending, never loaded whole
    QString fileName; // as the recipient sees it; the file's own name when empty
    QString mimeType; // from QMimeDatabase when empty
};

// A newsletter's way out for its readers: List-Unsubscribe (RFC 2369) with a mailto: to `address` (subject
// "unsubscribe") and, when given, an https page, which also makes it one-click (RFC 8058 List-Unsubscribe-Post).
struct ListUnsubscribe {
    QString address; // who receives the unsubscribe requests: the account's address
    QString url;     // https only; empty: mailto: alone, without one-click

    bool operator==(const ListUnsubscribe &) const = default;
};

// A message as a person writes it. Value type: copy freely.
struct Message {
    Mailbox from;
    QList<Mailbox> replyTo;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> bcc; // sent to, never written in the headers
    QString subject;
    QString text; // plain text body
    QString html; // optional: sent as multipart/alternative with the text
    QList<Attachment> attachments;
    QDateTime date;       // now when invalid
    QByteArray messageId; // without angle brackets; a random one @ the sender's domain when empty
    std::optional<ListUnsubscribe> listUnsubscribe; // set: the person marked the message as a newsletter

    // Every recipient, for RCPT TO: To, Cc and Bcc.
    QStringList envelopeRecipients() const;
    // Fixes the date and Message-ID when they are empty, so every copy and every retry is the very same message.
    void fixIdentity(const QDateTime &now);
};

// The one Message-ID recipe: 128 random bits @ the sender's domain (as punycode), as RFC 5322 3.6.4 suggests.
QByteArray newMessageId(const QString &fromAddress);
// A Date header's value (RFC 5322 3.3) in the time's own offset: "Wed, 02 Dec 2026 14:05:09 +0100".
QByteArray rfc5322Date(const QDateTime &when);

} // namespace remitente::mime
