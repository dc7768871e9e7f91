#include "ArrivalWatch.h"

#include "ImapMailbox.h"
#include "ImapSession.h"

#include <QTimer>

#include <algorithm>

namespace remitente::imap {

using namespace std::chrono_literals;

QString arrivalPlaceName(ArrivalPlace place)
{
    switch (place) {
    case ArrivalPlace::Inbox:
        return QStringLiteral("inbox");
    case ArrivalPlace::Junk:
        return QStringLiteral("junk");
    case ArrivalPlace::NotFound:
        break;
    }
    return QStringLiteral("not-found");
}

ArrivalWatch::ArrivalWatch(ArrivalWatchOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &ArrivalWatch::round);
}

ArrivalWatch::~ArrivalWatch() = default;

void ArrivalWatch::start()
{
    if (m_session || m_finished)
        return;
    m_clock.start();
    m_delay = m_options.firstPoll;
    m_session = new ImapSession(m_options.session, this);
    m_session->setCredentials(m_options.credentials);
    m_options.credentials.secret.fill(u'\0');
    m_options.credentials.secret.clear();
    connect(m_session, &ImapSession::ready, this, &ArrivalWatch::onReady);
    connect(m_session, &ImapSession::failed, this, [this](const ImapError &error) {
        ArrivalResult result;
        result.error = error;
        finish(std::move(result));
    });
    m_session->open();
}

void ArrivalWatch::cancel()
{
    if (m_finished)
        return;
    m_pollTimer->stop();
    if (m_session && !m_session->isFinished()) {
        m_session->cancel(); // failed(Cancelled) finishes
        return;
    }
    ArrivalResult result;
    result.error = ImapError{ImapErrorKind::Cancelled, tr("Cancelled."), {}, false, {}, {}};
    finish(std::move(result));
}

void ArrivalWatch::onReady()
{
    Q_EMIT signedIn();
    m_session->listMailboxes([this](const QList<ImapMailbox> &mailboxes) {
        if (const std::optional<ImapMailbox> junk = findJunkMailbox(mailboxes)) {
            m_junkWire = junk->wireName;
            m_junkName = junk->name;
        }
        round();
    });
}

std::chrono::milliseconds ArrivalWatch::remaining() const
{
    return std::max(0ms, m_options.limit - std::chrono::milliseconds(m_clock.elapsed()));
}

void ArrivalWatch::round()
{
    if (m_finished || !m_session)
        return;
    ++m_rounds;
    // Junk first, so the Inbox is the mailbox examined last, the one IDLE then watches.
    auto inbox = [this] {
        search("INBOX", [this](quint32 uid) {
            if (uid)
                found(ArrivalPlace::Inbox, QStringLiteral("INBOX"), uid);
            else
                wait();
        });
    };
    if (!m_junkWire) {
        inbox();
        return;
    }
    search(*m_junkWire, [this, inbox](quint32 uid) {
        if (uid)
            found(ArrivalPlace::Junk, m_junkName, uid);
        else
            inbox();
    });
}

void ArrivalWatch::search(const QByteArray &mailbox, std::function<void(quint32 uid)> then)
{
    m_session->examine(mailbox, [this, then = std::move(then)](const ImapMailboxStatus &status) {
        if (!status.ok) {
            then(0); // a mailbox that cannot be opened holds nothing we can see
            return;
        }
        m_session->searchMessageId(m_options.messageId, [then](bool ok, const QList<quint32> &uids) {
            then(ok && !uids.isEmpty() ? uids.last() : 0);
        });
    });
}

void ArrivalWatch::found(ArrivalPlace place, const QString &mailbox, quint32 uid)
{
    const double seconds = elapsedSeconds();
    // The found mailbox is the one examined last: fetch from it.
    m_session->fetchHeader(uid, [this, place, mailbox, seconds](const ImapFetchedHeader &fetched) {
        ArrivalResult result;
        result.place = place;
        result.seconds = seconds;
        result.mailbox = mailbox;
        result.header = fetched.header;
        result.flags = fetched.flags;
        finish(std::move(result));
    });
}

void ArrivalWatch::wait()
{
    Q_EMIT searched(m_rounds, elapsedSeconds());
    const auto left = remaining();
    if (left <= 0ms) {
        ArrivalResult result;
        result.seconds = elapsedSeconds();
        finish(std::move(result));
        return;
    }
    const auto delay = std::min(m_delay, left);
    m_delay = std::min(m_options.maxPoll, m_delay + m_delay / 2);
    if (m_options.useIdle && m_session->capabilities().has("IDLE")) {
        // Woken at once by a new message in the Inbox; the junk mailbox waits for the next round.
        m_session->idle(delay, [this](bool) { round(); });
        return;
    }
    m_pollTimer->start(delay);
}

void ArrivalWatch::finish(ArrivalResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer->stop();
    result.rounds = m_rounds;
    if (m_session) {
        result.usedIdle = m_session->usedIdle();
        if (!m_session->isFinished())
            m_session->logout();
    }
    if (result.place == ArrivalPlace::NotFound)
        result.seconds = elapsedSeconds();
    Q_EMIT finished(result);
}

} // namespace remitente::imap
