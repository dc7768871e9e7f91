#pragma once

#include "RelayClients.h"
#include "SubmissionCommand.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>
#include <variant>

class QSslSocket;

namespace remitente::relay {

struct RelayLimits {
    qint64 maxMessageBytes = 35 * 1024 * 1024; // what the relay offers as SIZE (lowered to the account's limit)
    int maxRecipients = 100;
    int maxBadCommands = 10; // then the connection ends: a client that only sends garbage cannot stay
    std::chrono::milliseconds idleTimeout{std::chrono::minutes(5)};
    std::chrono::milliseconds sessionTimeout{std::chrono::minutes(30)};
};

// What the relay asks of the outbox behind it; the answers are SMTP refusals in plain words.
class RelayDestination
{
public:
    virtual ~RelayDestination() = default;
    // Largest message the client's account can send (its server's SIZE, when known).
    virtual qint64 maxMessageBytes(const RelayClient &client) const = 0;
    // At MAIL: may this client send with this envelope sender?
    virtual std::optional<CommandRefusal> checkSender(const RelayClient &client, const QString &from) = 0;
    // After the final dot or BDAT LAST: the message, committed durably before this returns, with the words of the
    // 250 reply (its queue id), or why it is refused.
    virtual std::variant<QByteArray, CommandRefusal> commit(const RelayClient &client, const QString &from,
                                                            const QStringList &recipients, const QByteArray &message)
        = 0;
};

struct RelayPolicy {
    bool tlsRequired = false; // listening beyond this computer: STARTTLS before AUTH
    RelayLimits limits;
};

// One program's connection to the relay: RFC 5321 submission with PIPELINING, SIZE, 8BITMIME, SMTPUTF8,
// ENHANCEDSTATUSCODES, CHUNKING, AUTH PLAIN/LOGIN (before MAIL, always) and STARTTLS when the socket has a
// certificate. Every read is bounded: command lines, the message, recipients, bad commands, idle and total time.
class RelaySession : public QObject
{
    Q_OBJECT
public:
    // Takes the connected socket (parented to the session).
    RelaySession(QSslSocket *socket, const RelayClients &clients, RelayDestination &destination, RelayPolicy policy,
                 QObject *parent = nullptr);

    void start(); // the greeting
    int messagesAccepted() const { return m_accepted; }
    // What this connection holds in memory now: its input (read and not yet read), the message so far and the
    // replies not yet sent. Bounded whatever the client does; tests and the fuzzer check it.
    qint64 bufferedBytes() const;

Q_SIGNALS:
    void finished();

private:
    enum class Mode { Commands, AuthResponse, Data, Chunk, Closing };
    void onReadyRead();
    bool takeFromBuffer();
    bool processLine(const QByteArray &line);
    void handle(const SubmissionCommand &command);
    void handleAuth(const SubmissionCommand &command);
    void continueAuth(const QByteArray &response);
    void finishAuth(const QString &user, const QString &password);
    void handleMail(const SubmissionCommand &command);
    void handleRcpt(const SubmissionCommand &command);
    void takeDataLine(const QByteArray &line, bool complete);
    void takeChunkBytes();
    void endOfMessage();
    void resetTransaction();
    void reply(int code, const QByteArray &enhanced, const QByteArray &text);
    void replyLines(int code, const QList<QByteArray> &lines);
    void refuse(const CommandRefusal &refusal);
    void badCommand(const CommandRefusal &refusal);
    void close(int code, const QByteArray &enhanced, const QByteArray &text);
    void hangUp();
    void endOurSideOnceSent();
    bool isSecure() const;
    qint64 sizeLimit() const;

    QSslSocket *m_socket;
    const RelayClients &m_clients;
    RelayDestination &m_destination;
    RelayPolicy m_policy;
    QTimer m_idle;
    QTimer m_total;
    QByteArray m_buffer;
    Mode m_mode = Mode::Commands;
    bool m_greeted = false;
    std::optional<RelayClient> m_client;
    QByteArray m_authMechanism;
    QByteArray m_loginUser; // AUTH LOGIN between its two answers
    std::optional<QString> m_from;
    QStringList m_recipients;
    QByteArray m_message;
    bool m_tooLarge = false;
    bool m_midLine = false;      // DATA: the buffer ended inside a (very long) line
    qsizetype m_lineLength = 0;  // DATA: of the line being read so far
    qint64 m_messageBytes = 0;   // DATA: so far, kept or not
    bool m_overlongLine = false; // DATA: a line longer than mail allows; the rest is read and dropped
    qint64 m_chunkLeft = 0;
    bool m_lastChunk = false;
    bool m_ourSideEnded = false; // closing: the last reply is sent and our side of the connection is shut
    int m_badCommands = 0;
    int m_accepted = 0;
};

} // namespace remitente::relay
