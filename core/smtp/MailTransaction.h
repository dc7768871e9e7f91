#pragma once

#include "Capabilities.h"
#include "Command.h"
#include "DataEncoder.h"
#include "MessageSource.h"
#include "SessionOptions.h"
#include "SmtpError.h"
#include "Stage.h"
#include "Transaction.h"
#include "Transcript.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

// The engine's own pieces: SmtpSession's public API is all a caller needs.
namespace remitente::smtp {

// One queued piece of work: send a message, or only check its envelope.
struct MailJob {
    enum class Kind { Send, Verify } kind = Kind::Send;
    JobId id = 0;
    Envelope envelope;
    std::shared_ptr<MessageSource> message;
};

// What a transaction needs of the connection it runs on (SmtpSession provides it).
class TransactionChannel
{
public:
    using ReplyHandler = std::function<void(const Reply &)>;
    virtual ~TransactionChannel() = default;

    virtual void sendCommand(const Command &command, Stage stage, std::chrono::milliseconds timeout,
                             ReplyHandler handler)
        = 0;
    virtual void writeRaw(const QByteArray &bytes) = 0;
    virtual qint64 bytesWaitingToBeWritten() const = 0;
    virtual Transcript &transcriptToWrite() = 0;
    virtual void beginStage(Stage stage) = 0;
    virtual void endStage(Stage stage, bool ok, const QString &detail) = 0;
    virtual SmtpError makeError(Stage stage, ErrorKind kind, const QString &message) const = 0;
    virtual SmtpError replyError(Stage stage, const Reply &reply) const = 0;
    virtual void rearmTimer() = 0;
    // Right before the first byte of content; false: the session has been failed and closed.
    virtual bool contentMayStart(JobId job) = 0;
    // Something the server cannot be told about mid-message (unreadable file, overlong line): the connection ends.
    virtual void abortConnection(SmtpError error) = 0;
    // The server answered the end (or the transaction failed before it): the result, and whether RSET must follow.
    virtual void transactionDone(TransactionResult result, bool needsReset) = 0;
};

// One mail transaction on a ready connection: MAIL FROM, RCPT TO (pipelined when the server allows), then DATA
// with dot-stuffing or BDAT chunks, streamed as the socket drains; per-recipient results.
class MailTransaction
{
public:
    MailTransaction(TransactionChannel &channel, MailJob job, const Capabilities &caps, const SessionOptions &options);

    // What makes the envelope unsendable on this server (no recipient, a bad address, SMTPUTF8 not offered, over
    // SIZE), found before anything is sent.
    std::optional<SmtpError> refusal();
    void start();
    // The socket has room: the next pieces of the message go out.
    void pump();
    // The connection ended under the transaction: its result (uncertain once the whole message went out).
    TransactionResult abandon(const SmtpError &error);

    bool isStreaming() const { return m_streaming; }
    bool endSent() const { return m_endSent; }

    // A job that never started on the wire (the connection failed or closed first), with every recipient unsent.
    static TransactionResult notSent(const MailJob &job, SmtpError error);

private:
    void sendRecipient(int index);
    void onMailReply(const Reply &reply);
    void onRcptReply(int index, const Reply &reply);
    void afterRecipients();
    void onDataReply(const Reply &reply);
    void onDataEndReply(const Reply &reply);
    void startBdat();
    void onBdatReply(bool last, const Reply &reply);
    bool encodeNextPiece(QByteArray &out);
    void noteError(SmtpError error);
    void finish();
    int acceptedRecipients() const;
    bool isVerify() const { return m_job.kind == MailJob::Kind::Verify; }

    TransactionChannel &m_channel;
    MailJob m_job;
    const Capabilities &m_caps;
    const SessionOptions &m_options;
    TransactionResult m_result;
    MailParameters m_parameters;
    std::optional<SmtpError> m_error; // the first thing that went wrong
    QList<QByteArray> m_wire;         // index 0 the sender, 1.. the recipients, as they go on the wire
    bool m_pipelined = false;
    bool m_useBdat = false;
    std::optional<DataEncoder> m_encoder;
    bool m_streaming = false; // message bytes are being written now
    bool m_endSent = false;   // the final dot or BDAT LAST went out, and no reply yet
    int m_bdatRepliesLeft = 0;
};

} // namespace remitente::smtp
