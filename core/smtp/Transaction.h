#pragma once

#include "Reply.h"
#include "SmtpError.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace remitente::smtp {

using JobId = quint64;

struct Envelope {
    QString from;
    QStringList recipients;
};

struct RecipientResult {
    QString address;
    bool accepted = false;
    Reply reply;
};

enum class Outcome {
    Sent,      // the server took the message for every recipient
    Partial,   // the server took the message for some recipients; see recipients for the others
    Verified,  // a check without sending: the server would take the message for every recipient
    Failed,    // nothing was delivered; see error (transient or permanent)
    Uncertain, // the connection was lost after the end of the message and before the reply: it may have been
               // delivered. Never resend without asking the person.
};

QString outcomeName(Outcome outcome); // "sent", "partial", "verified", "failed", "uncertain"

struct TransactionResult {
    JobId jobId = 0; // what SmtpSession::send() or verify() returned for this job
    Outcome outcome = Outcome::Failed;
    QList<RecipientResult> recipients;
    std::optional<Reply> finalReply; // the reply to the end of data (it usually names the queue id)
    std::optional<SmtpError> error;
    qint64 messageSize = 0;       // octets sent, after CRLF normalisation and dot-stuffing
    qsizetype transcriptFrom = 0; // this transaction's lines of the session's transcript: [from, to)
    qsizetype transcriptTo = 0;

    QStringList refusedRecipients() const;
};

} // namespace remitente::smtp

Q_DECLARE_METATYPE(remitente::smtp::TransactionResult)
