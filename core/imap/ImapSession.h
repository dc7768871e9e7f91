#pragma once

#include "ImapCapabilities.h"
#include "ImapCommand.h"
#include "ImapError.h"
#include "ImapMailbox.h"
#include "ImapResponse.h"
#include "ImapSessionOptions.h"

#include "smtp/Transcript.h"
#include "smtp/sasl/Credentials.h"
#include "smtp/sasl/SaslMechanism.h"

#include <QObject>
#include <QSslError>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QHostInfo;
class QSslSocket;
class QTimer;

namespace remitente::imap {

// What EXAMINE said about a mailbox.
struct ImapMailboxStatus {
    bool ok = false;    // false: the server refused to open it (text says why)
    quint32 exists = 0; // messages in it
    quint32 uidValidity = 0;
    QString text;
};

// One message's header as fetched with BODY.PEEK[HEADER] (it stays unread).
struct ImapFetchedHeader {
    bool ok = false;
    quint32 uid = 0;
    QList<QByteArray> flags;
    QByteArray header; // raw header block, at most ImapResponseLimits::maxLiteral bytes
};

// A read-only IMAP client connection (RFC 3501 / 9051 subset) for proof of delivery, driven by the socket's
// signals on the thread that owns it: no blocking waits, no nested event loops.
//
// It only looks: CAPABILITY, ID, STARTTLS, LOGIN / AUTHENTICATE, LIST, EXAMINE, UID SEARCH, UID FETCH
// BODY.PEEK[HEADER], IDLE, NOOP, LOGOUT. Every command passes isReadOnlyCommand() before it reaches the socket,
// so nothing it does can move, delete or mark a message. TLS before any secret (STARTTLS required on 143), the
// capabilities forgotten after STARTTLS, secrets never in the transcript.
//
// open() connects, secures and signs in, then emits ready(). The requests below queue until then and run one at
// a time; each calls its callback once. A failure emits failed() and then finished(); callbacks still waiting are
// dropped.
class ImapSession : public QObject
{
    Q_OBJECT

public:
    explicit ImapSession(ImapSessionOptions options, QObject *parent = nullptr);
    ~ImapSession() override;

    void setCredentials(const smtp::Credentials &credentials);
    void open();

    void listMailboxes(std::function<void(const QList<ImapMailbox> &)> done);
    void examine(const QByteArray &mailboxWireName, std::function<void(const ImapMailboxStatus &)> done);
    // The UIDs of the messages whose Message-ID header contains messageId (with its <>).
    void searchMessageId(const QByteArray &messageId, std::function<void(bool ok, const QList<quint32> &uids)> done);
    void fetchHeader(quint32 uid, std::function<void(const ImapFetchedHeader &)> done);
    // IDLE (RFC 2177) on the examined mailbox until the server reports new messages (EXISTS) or maxWait passed;
    // then DONE. done(true) when something arrived. Only when capabilities() has IDLE.
    void idle(std::chrono::milliseconds maxWait, std::function<void(bool newMessages)> done);
    // Ends an IDLE at once (its callback then runs as usual).
    void stopIdle();
    // LOGOUT once the queued requests are done, then closes and emits finished().
    void logout();
    // Stops at once: emits failed(Cancelled) and finished().
    void cancel();

    bool isReady() const { return m_phase == Phase::Ready || m_phase == Phase::Busy; }
    bool isFinished() const { return m_phase == Phase::Closed; }
    const ImapCapabilities &capabilities() const { return m_caps; }
    const smtp::Transcript &transcript() const { return m_transcript; }
    const std::optional<ImapError> &error() const { return m_error; }
    const ImapSessionOptions &options() const { return m_options; }
    QString authMechanism() const { return m_authMechanism; } // "PLAIN", "XOAUTH2", "LOGIN", ... once signed in
    bool usedIdle() const { return m_usedIdle; }
    QSslCertificate peerCertificate() const;

Q_SIGNALS:
    void ready();
    void failed(const remitente::imap::ImapError &error);
    void finished();

private:
    enum class Phase { Idle, Resolving, Connecting, Handshaking, Negotiating, Ready, Busy, LoggingOut, Closed };
    struct Request {
        ImapCommand command;
        // Every untagged response while it runs (return true when taken, e.g. by IDLE).
        std::function<void(const ImapResponse &)> untagged;
        std::function<void(const ImapResponse &)> continuation;
        std::function<void(const ImapResponse &tagged)> done;
        std::chrono::milliseconds timeout{0}; // 0: the command timeout
    };

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
    void handle(const ImapResponse &response);

    void onGreeting(const ImapResponse &response);
    void requestCapabilities(std::function<void()> then);
    void afterCapabilities();
    void startAuth();
    void onAuthContinuation(const ImapResponse &response);
    void onAuthDone(const ImapResponse &tagged);
    void becomeReady();

    void enqueue(Request request); // after sign-in, in order
    void send(Request request);    // now
    void runNext();
    void writeLine(const QByteArray &line, const QByteArray &transcriptLine);
    void noteCapabilities(const ImapResponse &response);

    void fail(ImapError error);
    void closeNow();
    ImapError makeError(ImapErrorKind kind, const QString &message) const;
    ImapError authError(const ImapResponse &tagged) const;

    ImapSessionOptions m_options;
    smtp::Credentials m_credentials;
    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    Phase m_phase = Phase::Idle;
    QByteArray m_buffer;
    ImapCapabilities m_caps;
    smtp::Transcript m_transcript;
    std::optional<ImapError> m_error;
    std::unique_ptr<smtp::SaslMechanism> m_sasl;
    QByteArray m_pendingInitialResponse; // without SASL-IR: sent in answer to the first "+"
    bool m_initialResponsePending = false;
    std::optional<smtp::OAuthChallenge> m_oauthChallenge;
    QString m_authMechanism;
    QString m_byeText; // an untagged BYE's words, for the error when the connection then closes
    std::optional<Request> m_current;
    QByteArray m_currentTag;
    std::deque<Request> m_queue;
    QList<QHostAddress> m_addresses;
    int m_addressIndex = 0;
    int m_lookupId = -1;
    int m_tagCounter = 0;
    bool m_greeted = false;
    bool m_idling = false;
    bool m_doneSent = false;
    bool m_usedIdle = false;
    bool m_logoutRequested = false;
};

} // namespace remitente::imap
