#include "OutboxRun.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SavedAccounts.h"

#include "text/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace remitente::cli {

std::optional<int> OutboxRun::open(const QList<QSslCertificate> &extraCaCertificates)
{
    accounts::SessionPlanner::Settings planning;
    planning.extraCaCertificates = extraCaCertificates;
    m_foundation = std::make_unique<startup::Foundation>(planning);
    std::optional<startup::StartFailure> failure = m_foundation->open();
    if (!failure)
        failure = m_foundation->openOutbox();
    // The account list is never fatal, and never changed here: the outbox keeps the messages of an account it
    // cannot find queued while the list has a problem, and the person is told what it is.
    warnAboutProblem(m_foundation->accounts());
    if (failure)
        return failWith(failure->kind == startup::StartFailure::Kind::Catalogue ? ExSoftware : ExIoErr,
                        failure->message);
    return std::nullopt;
}

void OutboxRun::reportOnStandardError()
{
    m_outbox = &m_foundation->outbox();
    connect(m_outbox, &outbox::Outbox::held, this,
            [](const QString &accountId, const QString &reason, const QDateTime &until) {
                QTextStream(stderr) << tr("%1 is paused until %2: %3")
                                           .arg(text::terminalSafe(accountId),
                                                QLocale().toString(until.toLocalTime(), QLocale::ShortFormat),
                                                text::terminalSafe(reason))
                                    << Qt::endl;
            });
    connect(m_outbox, &outbox::Outbox::limitWarning, this, [](const QString &accountId, const QString &reason) {
        QTextStream(stderr)
            << tr("%1 is close to its sending limit: %2").arg(text::terminalSafe(accountId), text::terminalSafe(reason))
            << Qt::endl;
    });
    connect(m_outbox, &outbox::Outbox::signInNeeded, this, [this](const QString &accountId, const QString &why) {
        if (m_needsSignIn.contains(accountId))
            return;
        m_needsSignIn.insert(accountId);
        const std::optional<accounts::Account> account = m_foundation->accounts().find(accountId);
        QTextStream(stderr) << text::terminalSafe(why) << u' '
                            << tr("Its messages wait in the outbox; sign in with: remitente-cli account login %1")
                                   .arg(text::terminalSafe(account ? account->address : accountId))
                            << Qt::endl;
    });
    connect(m_outbox, &outbox::Outbox::handedOver, this,
            [this](qint64 id, const QString &fromAccountId, const QString &toAccountId) {
                auto named = [this](const QString &accountId) {
                    const std::optional<accounts::Account> account = m_foundation->accounts().find(accountId);
                    return text::terminalSafe(account ? account->address : accountId);
                };
                QTextStream(stderr) << tr("Message %1 cannot go through %2 now: its backup account %3 sends it.")
                                           .arg(id)
                                           .arg(named(fromAccountId), named(toAccountId))
                                    << Qt::endl;
            });
    connect(m_outbox, &outbox::Outbox::waitingForOtherSender, this, [](const QString &holder) {
        QTextStream(stderr) << tr("Another Remitente program (%1) is sending from this outbox; waiting for it to "
                                  "finish.")
                                   .arg(holder.isEmpty() ? tr("unknown") : holder)
                            << Qt::endl;
    });
}

void OutboxRun::watch()
{
    reportOnStandardError();
    // With scheduling the outbox tries again by itself after a failed write: said, not fatal.
    connect(m_outbox, &outbox::Outbox::storageFailed, this,
            [](const QString &message) { QTextStream(stderr) << text::terminalSafe(message) << Qt::endl; });
    connect(m_outbox, &outbox::Outbox::changed, this, [this](qint64 id) {
        const std::optional<outbox::OutboxEntry> entry = id ? m_foundation->outboxStore().entry(id) : std::nullopt;
        if (entry && entry->state != outbox::MessageState::Sending && entry->state != outbox::MessageState::Queued)
            print({*entry}, false);
    });
    m_outbox->start(true);
}

void OutboxRun::kick()
{
    if (m_outbox)
        m_outbox->kick();
}

void OutboxRun::run(std::function<void()> done, qint64 waitFor)
{
    reportOnStandardError();
    // Queued too: the very first write (recovering what a killed sender left) can fail inside start(), and exit()
    // before the event loop runs does nothing, so the run would wait forever.
    connect(
        m_outbox, &outbox::Outbox::storageFailed, this,
        [](const QString &message) { QCoreApplication::exit(failWith(ExIoErr, message)); }, Qt::QueuedConnection);
    // Queued: with nothing to send, idle comes from inside start(), before the event loop runs.
    connect(
        m_outbox, &outbox::Outbox::idle, this,
        [this, done, waitFor] {
            if (!m_outbox->storageProblem().isEmpty())
                return; // storageFailed exits with 74; an idle queued after it must not turn that into another code
            // The message may be on its way through the process that held the lock: wait for its outcome.
            const std::optional<outbox::OutboxEntry> entry
                = waitFor ? m_foundation->outboxStore().entry(waitFor) : std::nullopt;
            if (entry && entry->state == outbox::MessageState::Sending) {
                QTimer::singleShot(250, m_outbox, &outbox::Outbox::kick);
                return;
            }
            done();
        },
        Qt::QueuedConnection);
    m_outbox->start(false);
}

void OutboxRun::print(const QList<outbox::OutboxEntry> &entries, bool json, const accounts::AccountStore *saved)
{
    auto named = [saved](const QString &accountId) {
        const std::optional<accounts::Account> account = saved ? saved->find(accountId) : std::nullopt;
        return text::terminalSafe(account ? account->address : accountId);
    };
    QTextStream out(stdout);
    if (json) {
        QJsonArray list;
        for (const outbox::OutboxEntry &entry : entries) {
            QJsonObject object{{QStringLiteral("id"), entry.id},
                               {QStringLiteral("state"), outbox::messageStateName(entry.state)},
                               {QStringLiteral("account"), entry.accountId},
                               {QStringLiteral("subject"), entry.message.subject},
                               {QStringLiteral("created"), entry.createdAt.toString(Qt::ISODate)},
                               {QStringLiteral("attempts"), entry.attempts},
                               {QStringLiteral("accepted"), QJsonArray::fromStringList(entry.accepted)},
                               {QStringLiteral("refused"), QJsonArray::fromStringList(entry.refused)},
                               {QStringLiteral("deferred"), QJsonArray::fromStringList(entry.deferred)},
                               {QStringLiteral("reply"), entry.finalReply},
                               {QStringLiteral("error"), entry.lastError},
                               {QStringLiteral("diagnosis"), entry.diagnosisId}};
            if (entry.handedOver())
                object.insert(QStringLiteral("originalAccount"), entry.originalAccountId);
            if (entry.sentAt.isValid())
                object.insert(QStringLiteral("sent"), entry.sentAt.toString(Qt::ISODate));
            if (entry.nextAttemptAt.isValid()
                && (entry.state == outbox::MessageState::Retrying || entry.state == outbox::MessageState::Queued))
                object.insert(QStringLiteral("nextAttempt"), entry.nextAttemptAt.toString(Qt::ISODate));
            list.append(object);
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return;
    }
    // The id and the state are fixed words for scripts; the rest is for people. One line per message whatever a
    // subject or a server's reply holds: line breaks and other control characters are escaped.
    for (const outbox::OutboxEntry &entry : entries) {
        out << entry.id << u' ' << outbox::messageStateName(entry.state).leftJustified(9) << u' '
            << text::terminalSafe(entry.message.subject);
        if (entry.handedOver())
            out << QStringLiteral(" [")
                << (entry.state == outbox::MessageState::Sent ? tr("sent by backup %1 for %2")
                                                              : tr("with backup %1 for %2"))
                       .arg(named(entry.accountId), named(entry.originalAccountId))
                << u']';
        if (!entry.lastError.isEmpty() && entry.state != outbox::MessageState::Sent)
            out << QStringLiteral(" (") << text::terminalSafe(entry.lastError) << u')';
        else if (!entry.finalReply.isEmpty())
            out << QStringLiteral(" (") << text::terminalSafe(entry.finalReply) << u')';
        out << Qt::endl;
    }
}

int OutboxRun::exitCodeFor(const outbox::OutboxEntry &entry)
{
    switch (entry.state) {
    case outbox::MessageState::Sent:
        return entry.refused.isEmpty() ? ExOk : ExUnavailable;
    case outbox::MessageState::Uncertain:
        return ExIoErr;
    case outbox::MessageState::Failed:
        return ExUnavailable;
    default:
        return ExTempFail; // kept in the outbox and tried again later
    }
}

} // namespace remitente::cli
