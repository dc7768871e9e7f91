#pragma once

#include "ImapError.h"
#include "ImapSession.h"
#include "ImapSessionOptions.h"

#include "smtp/sasl/Credentials.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QTimer;

namespace remitente::imap {

enum class ArrivalPlace { Inbox, Junk, NotFound };
QString arrivalPlaceName(ArrivalPlace place); // "inbox", "junk", "not-found" (the CLI's words)

struct ArrivalResult {
    ArrivalPlace place = ArrivalPlace::NotFound;
    double seconds = 0;             // from start() to the moment the copy was seen (or to giving up)
    QString mailbox;                // where it was found, as people see the name ("INBOX", "Spam", "Correo no deseado")
    QByteArray header;              // the found copy's header block (untrusted), for readReceiverVerdict()
    QList<QByteArray> flags;        // its flags, as they were (the watch never changes them)
    std::optional<ImapError> error; // the mailbox could not be read (wrong password, timeout, ...), or Cancelled
    bool usedIdle = false;          // the server offered IDLE and the watch waited with it
    int rounds = 0;                 // how many times the mailboxes were searched
};

struct ArrivalWatchOptions {
    ImapSessionOptions session;
    smtp::Credentials credentials; // the account's password or OAuth access token (with the IMAP scope)
    QByteArray messageId;          // "<...@...>" as written in the test email
    std::chrono::milliseconds limit{120'000};
    bool useIdle = true;                        // use IDLE on the Inbox when the server offers it
    std::chrono::milliseconds firstPoll{1'000}; // polling back-off: first wait, growing by half up to maxPoll
    std::chrono::milliseconds maxPoll{10'000};
};

// Looks for one message (by Message-ID) in the Inbox and the junk mailbox (SPECIAL-USE \Junk, or a common junk
// name) until it shows up or the limit passes. Between searches it waits in IDLE on the Inbox where the server has
// it (woken at once by a new message there) and otherwise polls with back-off; the junk mailbox is searched on the
// same back-off. Read-only throughout (EXAMINE, SEARCH, FETCH BODY.PEEK). Emits finished() exactly once.
class ArrivalWatch : public QObject
{
    Q_OBJECT

public:
    explicit ArrivalWatch(ArrivalWatchOptions options, QObject *parent = nullptr);
    ~ArrivalWatch() override;

    void start();
    void cancel(); // finished() follows with NotFound and an error of kind Cancelled
    bool isFinished() const { return m_finished; }
    // The connection, for its transcript and capabilities (null before start()).
    const ImapSession *session() const { return m_session; }

Q_SIGNALS:
    void signedIn();
    void searched(int round, double seconds); // one more look found nothing yet
    void finished(const remitente::imap::ArrivalResult &result);

private:
    void onReady();
    void round();
    void search(const QByteArray &mailbox, std::function<void(quint32 uid)> then);
    void found(ArrivalPlace place, const QString &mailbox, quint32 uid);
    void wait();
    void finish(ArrivalResult result);
    double elapsedSeconds() const { return m_clock.elapsed() / 1000.0; }
    std::chrono::milliseconds remaining() const;

    ArrivalWatchOptions m_options;
    QPointer<ImapSession> m_session;
    QTimer *m_pollTimer = nullptr;
    QElapsedTimer m_clock;
    std::optional<QByteArray> m_junkWire;
    QString m_junkName;
    std::chrono::milliseconds m_delay{0};
    int m_rounds = 0;
    bool m_finished = false;
};

} // namespace remitente::imap

Q_DECLARE_METATYPE(remitente::imap::ArrivalResult)
