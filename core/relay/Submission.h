#pragma once

#include "mime/Message.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <variant>

namespace remitente::relay {

// What the account allows a message from another program to say about its sender.
struct SubmissionRules {
    QString accountAddress;
    QString displayName;             // for a From the program left out
    QStringList aliases;             // other addresses the person listed as theirs
    bool rewriteForeignFrom = false; // a From the account may not use becomes the account's, with Reply-To kept
    qint64 maxBytes = 0;             // 0: no limit
};

// A message ready for the outbox: the envelope sender (the From's address, the account's or one of its aliases),
// every recipient, and the message with From, Date and Message-ID present and Bcc gone, in CRLF lines.
struct Submission {
    QString envelopeFrom;
    QStringList recipients;
    QByteArray message;
    // What the outbox shows of it: From, subject, date, Message-ID, and every recipient under To, Cc or (when no
    // header names it) Bcc, so summary.envelopeRecipients() are the recipients.
    mime::Message summary;
    // To and Cc as the message's headers name them (what its readers see, whether or not the envelope has them).
    QList<mime::Mailbox> headerTo, headerCc;

    // The message as its readers see it, for the warnings before sending: From, To and Cc from the headers, and
    // every envelope recipient among its recipients.
    mime::Message asWritten() const;
};

struct SubmissionRefusal {
    enum class Kind { Unreadable, ForeignFrom, NoRecipients, TooLarge };
    Kind kind;
    QString message; // translated, with what to do
};

// Pure function over a message another program wrote (sendmail's standard input, the relay's DATA).
// recipientsFromHeaders: sendmail -t (To, Cc and Bcc are read, and added to the given recipients, as Postfix does).
std::variant<Submission, SubmissionRefusal> prepareSubmission(const QByteArray &message,
                                                              const QStringList &givenRecipients,
                                                              bool recipientsFromHeaders, const SubmissionRules &rules,
                                                              const QDateTime &now);

} // namespace remitente::relay
