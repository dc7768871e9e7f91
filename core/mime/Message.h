#pragma once

#include "Mailbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace remitente::mime {

struct Attachment {
    QString path;     // the file on disk; read while sending, never loaded whole
    QString fileName; // as the recipient sees it; the file's own name when empty
    QString mimeType; // from QMimeDatabase when empty
};

// A message as a person writes it. Value type: copy freely.
struct Message {
    Mailbox from;
    QList<Mailbox> replyTo;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> bcc; // sent to, never written in the headers
    QString subject;
    QString text;       // plain text body
    QString html;       // optional: sent as multipart/alternative with the text
    QList<Attachment> attachments;
    QDateTime date;     // now when invalid
    QByteArray messageId; // without angle brackets; a random one @ the sender's domain when empty

    // Every recipient, for RCPT TO: To, Cc and Bcc.
    QStringList envelopeRecipients() const;
    // Fixes the date and Message-ID when they are empty, so every copy and every retry is the very same message.
    void fixIdentity(const QDateTime &now);
};

} // namespace remitente::mime
