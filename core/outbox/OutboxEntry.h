#pragma once

#include "mime/Message.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace remitente::outbox {

// queued: waiting for its turn. sending: on the wire now. sent: the server took it. retrying: a temporary
// failure (4xx, the network), tried again later. failed: refused for good, with its diagnosis. uncertain: the
// connection was lost after the end of the message, so it may have arrived: shown, never resent on its own.
enum class MessageState { Queued, Sending, Sent, Retrying, Failed, Uncertain };
QString messageStateName(MessageState state); // the words above, for the CLI, JSON and the database
std::optional<MessageState> messageStateFromName(const QString &name);

struct OutboxEntry {
    qint64 id = 0;
    QString accountId; // the account that sends it
    // Set when the backup account took it over: the account it was queued for (accountId is then the backup).
    QString originalAccountId;
    MessageState state = MessageState::Queued;
    mime::Message message; // attachments point at the outbox's own copies
    // A message another program wrote (the relay, sendmail), sent as it is: kept inside the database when small
    // (rawInline: one disk sync stores it), else in this file in the outbox's folder (OutboxStore::rawMessage reads
    // either). `message` then only describes it (From, To, Cc, Bcc: the envelope; subject, date, Message-ID).
    // Neither for messages Remitente writes.
    QString rawMessagePath;
    bool rawInline = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt; // for queued and retrying
    QDateTime sentAt;
    int attempts = 0;
    bool dataStarted = false; // the message's content began to go out in the current attempt
    QString lastError;        // translated, for people
    QString diagnosisId;      // the diagnosis catalogue entry of the last failure
    QString finalReply;       // the server's answer to the message (names its queue id)
    QStringList accepted;     // recipients the server took
    QStringList refused;      // "address: reply" for those it refused for good (5xx)
    QStringList deferred;     // recipients a 4xx put off: the next attempt goes to these only (RFC 5321 4.5.3.1.10)
    QString transcript;       // the conversation of the last attempt, AUTH redacted
    qint64 size = 0;

    bool isRaw() const { return rawInline || !rawMessagePath.isEmpty(); }
    bool handedOver() const { return !originalAccountId.isEmpty(); }
    int recipientCount() const { return int(message.to.size() + message.cc.size() + message.bcc.size()); }
    // Who the next attempt goes to: the deferred recipients once some were accepted, else everyone.
    QStringList envelopeRecipients() const { return deferred.isEmpty() ? message.envelopeRecipients() : deferred; }
};

} // namespace remitente::outbox
