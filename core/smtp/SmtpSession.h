#pragma once

#include "Capabilities.h"
#include "Command.h"
#include "MailTransaction.h"
#include "MessageSource.h"
#include "SessionOptions.h"
#include "SmtpError.h"
#include "Stage.h"
#include "Transaction.h"
#include "Transcript.h"
#include "sasl/SaslMechanism.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSslError>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QHostInfo;
class QSslSocket;
class QTimer;

namespace remitente::smtp {

// One SMTP submission connection, driven by the socket's signals on the thread that owns it: no blocking waits,
// no nested event loops. Work is queued (send, verify) and runs in order once the connection is secured and
// signed in; each job ends with transactionFinished, the session with finished.
//
// Rules it keeps: TLS before anything private (STARTTLS is required, never skipped), capabilities
// forgotten after STARTTLS and anything the server sent early thrown away, AUTH only over TLS, per-recipient
// results, RSET after a failed transaction, dot-stuffing and CRLF while streaming, and "uncertain" when the
// connection is lost after the end of the message.
class SmtpSession : public QObject, private TransactionChannel
{
    Q_OBJECT

public:
    explicit SmtpSession(SessionOptions options, QObject *parent = nullptr);
    ~SmtpSession() override;

    void setCredentials(const Credentials &credentials);

    // Connects, secures and signs in; then runs the queued jobs. Signals come from the event loop, never from
    // inside this call.
    void open();
    // Each job gets an id, carried by its TransactionResult, so a caller never has to infer which job a result
    // belongs to from the order of events.
    JobId send(const Envelope &envelope, std::shared_ptr<MessageSource> message);
    // MAIL FROM and RCPT TO without sending anything, then RSET: would the server take this message?
    JobId verify(const Envelope &envelope);
    // Asked right before the first byte of a message's content goes out; false stops the session there (the
    // server drops a transaction whose content never ended), with ErrorKind::LocalFailure. A queue records "this
    // may now arrive" durably in it, and refuses when it cannot.
    void setContentGate(std::function<bool(JobId)> gate) { m_contentGate = std::move(gate); }
    // Says QUIT once the queued jobs are done (without waiting for the server's answer) and closes.
    void quit();
    // Stops at once. A message whose end was already sent is reported Uncertain, never Failed.
    void cancel();

    bool isFinished() const { return m_phase == Phase::Closed; }
    const Capabilities &capabilities() const { return m_caps; }
    const Transcript &transcript() const { return m_transcript; }
    // Transcript lines before the first transaction (greeting, TLS, sign-in): each result's own lines are
    // TransactionResult::transcriptFrom/transcriptTo.
    qsizetype transcriptHeadLines() const { return m_headLines < 0 ? m_transcript.lines().size() : m_headLines; }
    const SessionOptions &options() const { return m_options; }
    const std::optional<SmtpError> &error() const { return m_error; }
    QSslCertificate peerCertificate() const;
    // e.g. "TLSv1.3, TLS_AES_256_GCM_SHA384"; empty before TLS.
    QString tlsDescription() const;

Q_SIGNALS:
    void stageStarted(remitente::smtp::Stage stage);
    void stageFinished(remitente::smtp::Stage stage, bool ok, qint64 elapsedMs, const QString &detail);
    void ready();
    void transactionFinished(const remitente::smtp::TransactionResult &result);
    void finished();

private:
    enum class Phase {
        Idle,
        Resolving,
        Connecting,
        Handshaking,
        Greeting,
        Negotiating,
        Ready,
        Transaction,
        Quitting,
        Closed
    };
    using Job = MailJob;
    struct PendingReply {
        Stage stage;
        std::chrono::milliseconds timeout;
        ReplyHandler handler;
    };
    // Connection (SmtpSession.cpp)
    void enqueue(Job job);
    void start();
    void onLookedUp(const QHostInfo &info);
    void connectToNextAddress();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void onReadyRead();
    void onTimeout();
    void processBuffer();
    void sendCommand(const Command &command, Stage stage, std::chrono::milliseconds timeout,
                     ReplyHandler handler) override;
    void write(const QByteArray &bytes);
    void rearmTimer() override;
    void onGreeting(const Reply &reply);
    void sendEhlo();
    void onEhloReply(const Reply &reply);
    void onHeloReply(const Reply &reply);
    void afterEhlo();
    void onStartTlsReply(const Reply &reply);
    void startAuth();
    void onAuthReply(const Reply &reply);
    void becomeReady();
    void runNextJob();
    void sendQuit();
    void fail(SmtpError error);
    void closeNow();
    Stage currentStage() const;
    QByteArray clientName() const;
    void beginStage(Stage stage) override;
    void endStage(Stage stage, bool ok, const QString &detail = {}) override;
    SmtpError makeError(Stage stage, ErrorKind kind, const QString &message) const override;
    SmtpError replyError(Stage stage, const Reply &reply) const override;

    // Transactions: one MailTransaction at a time, on this connection (TransactionChannel).
    void startTransaction(Job job);
    void reportNotSent(const Job &job, SmtpError error);
    void writeRaw(const QByteArray &bytes) override { write(bytes); }
    qint64 bytesWaitingToBeWritten() const override;
    Transcript &transcriptToWrite() override { return m_transcript; }
    bool contentMayStart(JobId job) override;
    void abortConnection(SmtpError error) override { fail(std::move(error)); }
    void transactionDone(TransactionResult result, bool needsReset) override;

    SessionOptions m_options;
    Credentials m_credentials;
    std::optional<CredentialKind> m_credentialKind; // kept after the secret is wiped, for errors
    std::optional<OAuthChallenge> m_oauthChallenge;
    QByteArray m_deferredInitialResponse; // too long for the AUTH line: sent in answer to the first 334
    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    Phase m_phase = Phase::Idle;
    QByteArray m_buffer;
    std::deque<PendingReply> m_pending;
    std::deque<Job> m_jobs;
    JobId m_lastJobId = 0;
    qsizetype m_headLines = -1;
    std::function<bool(JobId)> m_contentGate;
    std::unique_ptr<MailTransaction> m_tx;
    std::unique_ptr<MailTransaction> m_endedTx; // the last one to end: its code may still be on the stack
    Capabilities m_caps;
    Transcript m_transcript;
    std::optional<SmtpError> m_error;
    std::unique_ptr<SaslMechanism> m_sasl;
    QList<QHostAddress> m_addresses;
    int m_addressIndex = 0;
    int m_lookupId = -1;
    bool m_quitRequested = false;
    bool m_readyEmitted = false;
    std::map<Stage, QElapsedTimer> m_stageClocks;
};

} // namespace remitente::smtp
