#pragma once

#include "OutboxStore.h"
#include "SendingLimits.h"

#include "accounts/AccountStore.h"
#include "accounts/SessionPlanner.h"
#include "smtp/SmtpSession.h"
#include "system/FileLock.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <vector>
#include <memory>

namespace remitente::outbox {

struct OutboxSettings {
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::chrono::seconds firstRetry{60}; // then doubled each time
    std::chrono::seconds longestRetry{3600};
    int maxAttempts = 8; // then the message fails for good
    int batchSize = 500; // messages on one connection before a fresh one
    // While many messages wait for one account (a program sending through the relay, a long queue), up to this many
    // connections to its server carry them side by side: one connection waits for the server's answer to every
    // message. Servers limit how many one sign-in may open at once, so a few at most.
    int connectionsPerAccount = 3;
    // A long queue is shared out between those connections, at least this many messages each.
    int messagesPerConnection = 20;
    // A problem on this computer (no keychain, a damaged accounts file): the message waits, not an attempt.
    std::chrono::seconds localProblemRetry{300};
    std::chrono::milliseconds lockRetry{250};      // while another process sends from this outbox
    std::chrono::milliseconds watchInterval{2000}; // with scheduling: how often to look for others' changes
    std::chrono::seconds storageRetry{60};         // with scheduling: after the outbox could not be written
    // An account's server that cannot be reached this long since the first such failure: its backup account (when
    // it has one) takes its messages over.
    std::chrono::seconds unreachableBeforeBackup{30 * 60};
};

// Sends what the store holds: per account, a connection carrying every due message (more side by side while many
// wait, sharing the first one's sign-in); each state
// change is committed before the step it allows. Temporary failures come back with exponential back-off,
// recipients put off with a 4xx are retried alone, permanent failures fail with their diagnosis, a connection lost
// after the end of a message makes it uncertain (never resent), and a limit reply or the documented daily limits
// pause that account's queue.
//
// Backup: when an account cannot send for a reason another account would fix (its server unreachable for
// unreachableBeforeBackup, a sending limit reached, its sign-in broken) and it names a backup account that exists
// (and is not itself paused or waiting for a sign-in), its messages go to the backup, with the From the person
// chose for that case; the sent log keeps the account they were queued for. Never a message the server refused for
// good, never one that may have arrived (uncertain), never twice: a message handed over stays with the backup.
//
// Never twice: only the holder of the outbox's lock (OutboxStore::lockPath) sends (other processes only add, and
// wait their turn);
// a message is claimed with a conditional, checked update; "its content starts now" is written before the first
// byte of it leaves (SmtpSession's content gate), and results are matched by job id, never by counting. When a
// write fails, sending stops at once (storageFailed) and nothing more goes out.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(OutboxStore &store, const accounts::AccountStore &accounts, accounts::SessionPlanner &planner,
           const providers::ProviderCatalogue &catalogue, OutboxSettings settings = {}, QObject *parent = nullptr);
    ~Outbox() override;

    // Sends what is due. With scheduling on (the app), later retries, pauses and messages other processes add
    // wake it up by themselves; off (the CLI), it goes idle once nothing is due now.
    void start(bool schedule);
    void kick();
    bool isBusy() const { return !m_runs.empty(); }
    // Why sending stopped (the outbox could not be written), or empty.
    QString storageProblem() const { return m_storageProblem; }

Q_SIGNALS:
    void changed(qint64 id); // 0: something changed that another process wrote
    void held(const QString &accountId, const QString &reason, const QDateTime &until);
    void limitWarning(const QString &accountId, const QString &reason);
    // The account's provider no longer accepts its sign-in: its messages wait until the person signs in again.
    void signInNeeded(const QString &accountId, const QString &message);
    // Message `id` could not go through fromAccountId: its backup toAccountId sends it.
    void handedOver(qint64 id, const QString &fromAccountId, const QString &toAccountId);
    // Another process is sending from this outbox; this one waits for its turn. Once per wait.
    void waitingForOtherSender(const QString &holder);
    // A state change could not be written: nothing more is sent (with scheduling, it tries again later).
    void storageFailed(const QString &message);
    void idle(); // nothing is being sent and nothing else is due now

private:
    struct Run;
    QStringList accountsToSend(const QDateTime &now) const;
    void kickNow();
    bool takeLock();
    void goIdle();
    void sendFor(const QString &accountId);
    // The account's connections, and one of them that has its sign-in ready (or null).
    std::vector<Run *> runsOf(const QString &accountId) const;
    void planned(quint64 runSerial, const accounts::SessionPlanResult &result);
    // `plannedAt`: when the sign-in in `plan` was made (a connection that joins others shares theirs).
    void launch(Run &run, const accounts::SessionPlan &plan, const QDateTime &plannedAt);
    bool contentStarting(Run &run, smtp::JobId job);
    void noteServerSize(Run &run);
    void onResult(Run &run, const smtp::TransactionResult &result);
    std::chrono::seconds retryDelay(int attempts) const; // the back-off after this many attempts
    void settleDelivered(OutboxEntry &entry, const smtp::TransactionResult &result);
    void onFinished(Run &run);
    // The end of the account's pause when a limit reply caused one; invalid otherwise.
    QDateTime settleFailure(OutboxEntry &entry, const smtp::SmtpError &error, const QString &transcript);
    // The account's backup, when it names one that exists, is another account and can send now.
    std::optional<accounts::Account> usableBackup(const accounts::Account &account) const;
    // Gives the message to its account's backup (one committed update): true when the backup took it (or the
    // outbox could not be written, which stops sending), false when it stays with its account.
    bool handOver(OutboxEntry &entry, const QString &why);
    void noteReached(Run &run);
    void waitForLocalProblem(OutboxEntry &entry, const QString &why);
    void store(const OutboxEntry &entry);
    void stopOnStorageFailure(const QString &why);
    void finishRun(Run &run);
    void waitOutPause(const Run &run, OutboxEntry &entry);
    void stopAccountRuns(const QString &accountId, const QDateTime &pausedUntil);
    void scheduleNext();
    void lookForOthersChanges();

    OutboxStore &m_store;
    const accounts::AccountStore &m_accounts;
    accounts::SessionPlanner &m_planner;
    const providers::ProviderCatalogue &m_catalogue;
    OutboxSettings m_settings;
    system::FileLock m_lock; // held only while sending
    std::vector<std::unique_ptr<Run>> m_runs;
    quint64 m_nextRunSerial = 1;
    bool m_schedule = false;
    bool m_waitNoted = false;
    bool m_kickQueued = false; // after a handover: the backup's turn
    bool m_kicking = false;    // inside kick(): one asked for meanwhile (a listener of changed()) runs after it
    bool m_kickAgain = false;
    QString m_storageProblem;
    qint64 m_dataVersion = -1;
    QTimer m_wakeUp;
    QTimer m_lockRetry;
    QTimer m_watch;
};

} // namespace remitente::outbox
