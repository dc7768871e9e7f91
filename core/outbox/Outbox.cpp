#include "Outbox.h"

#include "Handover.h"
#include "StoredRawMessage.h"

#include "accounts/AccountFailure.h"
#include "diagnosis/Diagnoser.h"
#include "mime/MessageWriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

#include <tuple>
#include <utility>

namespace remitente::outbox {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::outbox::Outbox)
};

// How long a limit reply pauses the account: the provider's own window where the diagnosis knows it.
std::chrono::seconds pauseFor(const QString &diagnosisId)
{
    using namespace std::chrono_literals;
    if (diagnosisId.startsWith(u"daily-limit") || diagnosisId == u"blocked-as-spam-microsoft"
        || diagnosisId == u"blocked-unusual-activity")
        return 24h;
    if (diagnosisId == u"hourly-limit")
        return 1h;
    return 15min;
}

// For a queue, the network failing is worth another try later (the person may be offline), even when the same
// failure during an interactive check is reported as "fix the settings".
bool retryable(const smtp::SmtpError &error)
{
    switch (error.kind) {
    case smtp::ErrorKind::HostNotFound:
    case smtp::ErrorKind::ConnectionRefused:
    case smtp::ErrorKind::NetworkUnreachable:
    case smtp::ErrorKind::Timeout:
    case smtp::ErrorKind::ConnectionLost:
        return true;
    default:
        return error.transient;
    }
}

// The server refused this message itself with a 5xx (its content, its sender, every one of its recipients): trying it
// again later would only be refused again.
bool refusedForGood(const smtp::TransactionResult &result)
{
    const std::optional<smtp::SmtpError> &error = result.error;
    if (!error)
        return false;
    const bool aboutThisMessage
        = error->stage == smtp::Stage::Mail || error->stage == smtp::Stage::Rcpt || error->stage == smtp::Stage::Data;
    if (!aboutThisMessage)
        return false; // the greeting, the sign-in: the connection's, not this message's
    if (error->kind == smtp::ErrorKind::ServerRejected)
        return error->reply && error->reply->code >= 500;
    if (error->kind != smtp::ErrorKind::NoRecipientAccepted || result.recipients.isEmpty())
        return false;
    return std::all_of(result.recipients.begin(), result.recipients.end(),
                       [](const smtp::RecipientResult &recipient) { return recipient.reply.code >= 500; });
}

// What goes on the wire: the message as Remitente writes it, or another program's own, read from the outbox's copy
// (from the database when its turn comes, or from its file).
std::shared_ptr<smtp::MessageSource> sourceFor(const OutboxStore &store, const OutboxEntry &entry, QString *error)
{
    if (!entry.isRaw())
        return mime::MessageWriter::create(entry.message, error);
    if (entry.rawInline)
        return std::make_shared<StoredRawMessage>(
            [&store, entry](QString *why) { return store.rawMessage(entry, why); });
    auto file = std::make_shared<smtp::FileMessageSource>(entry.rawMessagePath);
    if (!file->open()) {
        *error = Text::tr("The outbox's copy of this message cannot be read: %1").arg(file->errorString());
        return nullptr;
    }
    return file;
}

} // namespace

struct Outbox::Run {
    quint64 serial = 0;
    QString accountId;
    accounts::Account account;
    std::optional<accounts::SessionPlan> plan; // its sign-in, once ready (other connections of the account share it)
    QDateTime plannedAt;
    QList<OutboxEntry> batch;                // claimed, waiting for the secret
    std::map<smtp::JobId, OutboxEntry> jobs; // given to the session, by its job id
    std::unique_ptr<smtp::SmtpSession> session;
    QDateTime pausedUntil;   // set when a limit reply stopped this run: the rest waits until then
    bool sizeNoted = false;  // the server's SIZE is in the store
    bool reachNoted = false; // the server answered: the store no longer counts it as unreachable
};

Outbox::Outbox(OutboxStore &store, const accounts::AccountStore &accounts, accounts::SessionPlanner &planner,
               const providers::ProviderCatalogue &catalogue, OutboxSettings settings, QObject *parent)
    : QObject(parent), m_store(store), m_accounts(accounts), m_planner(planner), m_catalogue(catalogue),
      m_settings(std::move(settings)), m_lock(store.lockPath())
{
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, [this] {
        if (!isBusy())
            m_storageProblem.clear(); // with scheduling, the outbox tries again after a storage failure
        kick();
    });
    m_lockRetry.setSingleShot(true);
    m_lockRetry.setInterval(m_settings.lockRetry);
    connect(&m_lockRetry, &QTimer::timeout, this, &Outbox::kick);
    m_watch.setInterval(m_settings.watchInterval);
    connect(&m_watch, &QTimer::timeout, this, &Outbox::lookForOthersChanges);
}

Outbox::~Outbox()
{
    for (auto &run : m_runs) {
        if (run->session) {
            run->session->disconnect(this);
            run->session->cancel();
        }
    }
    // m_lock goes last: whatever is still "sending" is recovered by the next sender.
}

void Outbox::start(bool schedule)
{
    m_schedule = schedule;
    if (schedule) {
        m_dataVersion = m_store.dataVersion();
        m_watch.start();
    }
    kick();
}

QStringList Outbox::accountsToSend(const QDateTime &now) const
{
    QStringList accounts = m_store.accountsWithDueMessages(now);
    accounts.removeIf([&](const QString &accountId) { return m_store.pause(accountId, now).has_value(); });
    return accounts;
}

void Outbox::kick()
{
    // Never inside itself: a kick from a listener of changed() while sendFor claims would see the claimed messages
    // "sending" with no connection yet, open more connections than allowed, go idle, let go of the lock and
    // recover those messages as queued for another connection (sent twice).
    if (m_kicking) {
        m_kickAgain = true;
        return;
    }
    m_kicking = true;
    kickNow();
    m_kicking = false;
    if (std::exchange(m_kickAgain, false))
        QTimer::singleShot(0, this, &Outbox::kick);
}

void Outbox::kickNow()
{
    if (!m_storageProblem.isEmpty())
        return;
    const QDateTime now = m_settings.clock();
    if (!m_lock.isLocked()) {
        // Rows left "sending" need the lock too: it tells a live sender from one that is gone.
        if (m_store.accountsWithDueMessages(now).isEmpty() && !m_store.anySending()) {
            goIdle();
            return;
        }
        if (!takeLock())
            return;
    }
    for (const QString &accountId : m_store.accountsWithDueMessages(now)) {
        if (!m_storageProblem.isEmpty())
            return;
        sendFor(accountId);
    }
    if (!isBusy())
        goIdle();
}

bool Outbox::takeLock()
{
    switch (m_lock.tryLock()) {
    case system::FileLock::Result::Locked:
        break;
    case system::FileLock::Result::Busy:
        if (!m_waitNoted) {
            m_waitNoted = true;
            Q_EMIT waitingForOtherSender(m_lock.holder());
        }
        m_lockRetry.start();
        return false;
    case system::FileLock::Result::Failed:
        stopOnStorageFailure(Text::tr("its lock %1 cannot be taken: %2").arg(m_lock.path(), m_lock.errorString()));
        return false;
    }
    m_waitNoted = false;
    m_lock.describeHolder(QStringLiteral("%1 (%2)")
                              .arg(QCoreApplication::applicationFilePath().section(u'/', -1))
                              .arg(QCoreApplication::applicationPid()));
    // Whoever left rows "sending" is gone: only a lock holder claims, and the lock dies with its process.
    const std::optional<int> recovered = m_store.recover(m_settings.clock());
    if (!recovered) {
        stopOnStorageFailure(m_store.lastError());
        return false;
    }
    if (*recovered > 0)
        Q_EMIT changed(0);
    return true;
}

void Outbox::goIdle()
{
    if (m_lock.isLocked()) {
        m_lock.unlock();
        // A process that added a message while this one still held the lock left it to this one: look again
        // now that the lock is free, or that message would wait for the next run.
        if (!accountsToSend(m_settings.clock()).isEmpty()) {
            QTimer::singleShot(0, this, &Outbox::kick);
            return;
        }
    }
    scheduleNext();
    Q_EMIT idle();
}

void Outbox::scheduleNext()
{
    if (!m_schedule)
        return;
    const std::optional<QDateTime> next = m_store.nextAttempt();
    if (!next)
        return;
    const qint64 wait = std::max<qint64>(0, m_settings.clock().msecsTo(*next));
    m_wakeUp.start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
}

void Outbox::lookForOthersChanges()
{
    const qint64 version = m_store.dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    Q_EMIT changed(0);
    if (!isBusy() && !m_lockRetry.isActive())
        kick();
}

void Outbox::store(const OutboxEntry &entry)
{
    if (!m_store.save(entry))
        stopOnStorageFailure(m_store.lastError());
    Q_EMIT changed(entry.id);
}

void Outbox::stopOnStorageFailure(const QString &why)
{
    if (!m_storageProblem.isEmpty())
        return;
    m_storageProblem = Text::tr("Sending stopped: the outbox %1 could not be written (%2). Nothing more is sent "
                                "until it can be; no message is lost or sent twice.")
                           .arg(m_store.path(), why.isEmpty() ? Text::tr("is the disk full?") : why);
    // Stop every connection from the event loop (this may run inside a session's own signal); the lock is kept
    // until they are all closed.
    QTimer::singleShot(0, this, [this] {
        for (auto &run : m_runs) {
            if (run->session)
                run->session->cancel();
        }
    });
    if (!isBusy())
        m_lock.unlock();
    if (m_schedule)
        m_wakeUp.start(int(std::chrono::milliseconds(m_settings.storageRetry).count()));
    Q_EMIT storageFailed(m_storageProblem);
}

std::vector<Outbox::Run *> Outbox::runsOf(const QString &accountId) const
{
    std::vector<Run *> runs;
    for (const auto &run : m_runs) {
        if (run->accountId == accountId)
            runs.push_back(run.get());
    }
    return runs;
}

void Outbox::sendFor(const QString &accountId)
{
    // Another connection only beside ones that are signed in: it shares their sign-in (never a second refresh of
    // the same token at once) and opens only when enough waits.
    const std::vector<Run *> others = runsOf(accountId);
    if (int(others.size()) >= std::max(1, m_settings.connectionsPerAccount))
        return;
    const QDateTime now = m_settings.clock();
    // A sign-in shared only while fresh: an access token lives an hour, and a long run may outlast it.
    constexpr qint64 freshSignInSeconds = 5 * 60;
    if (std::any_of(others.begin(), others.end(),
                    [&now](const Run *run) { return !run->plan || run->plannedAt.secsTo(now) > freshSignInSeconds; }))
        return;
    QList<OutboxEntry> due = m_store.due(accountId, now, m_settings.batchSize);
    if (const auto paused = m_store.pause(accountId, now)) {
        // A sending limit reached: the backup, when there is one, sends what is due meanwhile.
        for (OutboxEntry &entry : due)
            handOver(entry, paused->second);
        Q_EMIT held(accountId, paused->second, paused->first);
        return;
    }
    const std::optional<accounts::Account> account = m_accounts.find(accountId);
    if (account && m_planner.needsSignIn(*account)) {
        // Held, not failed: they go once the person signs in again (which makes them due at once), or now through
        // the backup.
        const QString why = Text::tr("Waiting for you to sign in to %1 again.").arg(account->address);
        for (OutboxEntry &entry : due) {
            if (!handOver(entry, why))
                waitForLocalProblem(entry, why);
        }
        Q_EMIT signInNeeded(accountId, why);
        return;
    }
    if (!account) {
        const QString problem = m_accounts.problem();
        for (OutboxEntry &entry : due) {
            if (!problem.isEmpty()) {
                // The accounts file could not be read whole: the account may well be in it.
                waitForLocalProblem(entry, problem);
                continue;
            }
            entry.state = MessageState::Failed;
            entry.updatedAt = now;
            entry.lastError = Text::tr("The account this message was queued for no longer exists.");
            store(entry);
        }
        return;
    }
    // The provider's documented daily limits, counted over the last 24 hours with what this run adds.
    const providers::Provider *provider = m_catalogue.byId(account->providerId);
    const bool ignore = m_store.ignoresLimits(accountId);
    OutboxStore::Usage usage = m_store.usageSince(accountId, now.addDays(-1));
    for (const Run *other : others) {
        // What the account's other connections carry counts as sent already.
        for (const auto &[job, entry] : other->jobs) {
            usage.messages += 1;
            usage.recipients += entry.recipientCount();
        }
    }
    // A long queue is shared out between the connections that may still open; what arrives while they are busy
    // goes on another one.
    const int free = std::max(1, m_settings.connectionsPerAccount) - int(others.size());
    due = due.mid(0, std::max<qsizetype>(m_settings.messagesPerConnection, (due.size() + free - 1) / free));
    QList<OutboxEntry> batch;
    for (qsizetype i = 0; i < due.size(); ++i) {
        const OutboxEntry &entry = due.at(i);
        const LimitStatus status = checkLimits(provider, usage, entry.recipientCount(), ignore);
        if (status.level == LimitStatus::Level::Hold) {
            const QDateTime until = status.freesAt.isValid() ? status.freesAt : now.addDays(1);
            m_store.setPause(accountId, until, status.reason);
            Q_EMIT held(accountId, status.reason, until);
            for (qsizetype rest = i; rest < due.size() && m_storageProblem.isEmpty(); ++rest)
                handOver(due[rest], status.reason);
            break;
        }
        if (status.level == LimitStatus::Level::Warning && batch.isEmpty())
            Q_EMIT limitWarning(accountId, status.reason);
        usage.messages += 1;
        usage.recipients += entry.recipientCount();
        batch.append(entry);
    }
    if (batch.isEmpty())
        return;
    QList<qint64> ids;
    for (const OutboxEntry &entry : std::as_const(batch))
        ids.append(entry.id);
    const std::optional<QList<qint64>> claimed = m_store.claim(ids, now);
    if (!claimed) {
        stopOnStorageFailure(m_store.lastError());
        return;
    }
    auto run = std::make_unique<Run>();
    for (OutboxEntry &entry : batch) {
        if (!claimed->contains(entry.id))
            continue; // changed by someone else since it was read (removed, say): not ours to send
        entry.state = MessageState::Sending;
        entry.dataStarted = false;
        run->batch.append(entry);
        Q_EMIT changed(entry.id);
    }
    if (run->batch.isEmpty())
        return;
    run->serial = m_nextRunSerial++;
    run->accountId = accountId;
    run->account = *account;
    Run &added = *m_runs.emplace_back(std::move(run));
    if (!others.empty()) {
        // As old as the sign-in it shares, not as this connection: else a chain of joined connections would pass
        // one sign-in on for ever.
        launch(added, *others.front()->plan, others.front()->plannedAt);
        return;
    }
    m_planner.prepare(
        *account, [self = QPointer<Outbox>(this), serial = added.serial](const accounts::SessionPlanResult &result) {
            if (self)
                self->planned(serial, result);
        });
}

void Outbox::planned(quint64 runSerial, const accounts::SessionPlanResult &result)
{
    const auto it
        = std::find_if(m_runs.begin(), m_runs.end(), [runSerial](const auto &run) { return run->serial == runSerial; });
    if (it == m_runs.end())
        return;
    Run &run = **it;
    if (!m_storageProblem.isEmpty()) {
        finishRun(run); // its rows stay "sending" and are queued again by the next sender
        return;
    }
    if (result.plan) {
        launch(run, *result.plan, m_settings.clock());
        // What waits beyond this connection's share may go beside it now that the sign-in is ready.
        QTimer::singleShot(0, this, &Outbox::kick);
        return;
    }
    // No keychain (cron without a session bus), a locked one, no saved password, a sign-in the provider ended:
    // a problem of this computer or of the account, not of the message. It waits, and no attempt is counted; the
    // account's backup sends it when its sign-in is what is broken (the keychain is the backup's too).
    const bool backupHelps = result.failure->kind == accounts::SignInFailure::Kind::NeedsSignIn
        || result.failure->kind == accounts::SignInFailure::Kind::NoSecret;
    for (OutboxEntry &entry : run.batch) {
        if (!backupHelps || !handOver(entry, result.failure->message))
            waitForLocalProblem(entry, result.failure->message);
    }
    if (result.failure->kind == accounts::SignInFailure::Kind::NeedsSignIn)
        Q_EMIT signInNeeded(run.accountId, result.failure->message);
    finishRun(run);
}

void Outbox::waitForLocalProblem(OutboxEntry &entry, const QString &why)
{
    const QDateTime now = m_settings.clock();
    entry.state = MessageState::Queued;
    entry.updatedAt = now;
    entry.nextAttemptAt = now.addSecs(m_settings.localProblemRetry.count());
    entry.lastError = why;
    store(entry);
}

void Outbox::launch(Run &run, const accounts::SessionPlan &plan, const QDateTime &plannedAt)
{
    run.plan = plan;
    run.plannedAt = plannedAt;
    run.session = std::make_unique<smtp::SmtpSession>(plan.options);
    run.session->setCredentials(plan.credentials);
    smtp::SmtpSession *session = run.session.get();
    session->setContentGate([this, &run](smtp::JobId job) { return contentStarting(run, job); });
    connect(session, &smtp::SmtpSession::transactionFinished, this,
            [this, &run](const smtp::TransactionResult &result) { onResult(run, result); });
    connect(session, &smtp::SmtpSession::finished, this, [this, &run] { onFinished(run); });
    session->open();
    for (OutboxEntry &entry : run.batch) {
        QString error;
        std::shared_ptr<smtp::MessageSource> writer = sourceFor(m_store, entry, &error);
        if (!writer) {
            entry.state = MessageState::Failed;
            entry.updatedAt = m_settings.clock();
            entry.lastError = error;
            store(entry);
            continue;
        }
        const smtp::JobId job = session->send({entry.message.from.address, entry.envelopeRecipients()}, writer);
        run.jobs.emplace(job, entry);
    }
    run.batch.clear();
    session->quit();
}

bool Outbox::contentStarting(Run &run, smtp::JobId job)
{
    // Written before the first byte of content leaves: after a crash, this is what tells "may have arrived"
    // (uncertain) from "never went out" (queued again). Not written: not sent.
    const auto it = run.jobs.find(job);
    if (it == run.jobs.end() || !m_storageProblem.isEmpty() || run.pausedUntil.isValid())
        return false; // (a limit reply on another connection of the account: nothing more starts)
    if (!m_store.markDataStarted(it->second.id)) {
        stopOnStorageFailure(m_store.lastError());
        return false;
    }
    it->second.dataStarted = true;
    return true;
}

void Outbox::noteServerSize(Run &run)
{
    // What the server said of its SIZE, so the composer can warn before the next big message: once per
    // connection, before the first result is stored (whoever looks at that result may open the composer).
    const smtp::Capabilities &caps = run.session->capabilities();
    if (run.sizeNoted || !caps.esmtp)
        return;
    run.sizeNoted = true;
    m_store.setServerSizeLimit(run.accountId, caps.sizeAdvertised ? caps.maxSize : 0);
}

void Outbox::noteReached(Run &run)
{
    if (run.reachNoted)
        return;
    run.reachNoted = true;
    m_store.noteReachable(run.accountId);
}

void Outbox::onResult(Run &run, const smtp::TransactionResult &result)
{
    noteServerSize(run);
    if (result.outcome != smtp::Outcome::Failed
        || (result.error && !serverUnreachable(*result.error) && result.error->kind != smtp::ErrorKind::LocalFailure))
        noteReached(run);
    auto node = run.jobs.extract(result.jobId);
    if (node.empty())
        return;
    OutboxEntry &entry = node.mapped();
    const smtp::Transcript &transcript = run.session->transcript();
    const QString text = transcript.toText(0, run.session->transcriptHeadLines())
        + transcript.toText(result.transcriptFrom, result.transcriptTo);
    const QDateTime now = m_settings.clock();
    entry.updatedAt = now;
    entry.attempts += 1;
    entry.size = result.messageSize;
    if (result.finalReply)
        entry.finalReply = result.finalReply->toString();
    switch (result.outcome) {
    case smtp::Outcome::Sent:
    case smtp::Outcome::Partial:
    case smtp::Outcome::Verified:
        entry.transcript = text;
        settleDelivered(entry, result);
        break;
    case smtp::Outcome::Uncertain:
        entry.state = MessageState::Uncertain;
        entry.sentAt = now;
        entry.transcript = text;
        entry.lastError = Text::tr("The connection was lost after the message was sent and before the server "
                                   "confirmed it: it may have been delivered. It was not sent again.");
        store(entry);
        break;
    case smtp::Outcome::Failed: {
        smtp::SmtpError error = result.error.value_or(smtp::SmtpError{});
        // Stopped by another connection's limit reply: it waits with the rest. Refused for good by the server, it
        // fails now (waiting would only have it refused again); a second limit reply is settled as one.
        if (run.pausedUntil.isValid() && !refusedForGood(result)) {
            entry.attempts -= 1;
            waitOutPause(run, entry);
            break;
        }
        if (error.kind == smtp::ErrorKind::NoRecipientAccepted) {
            // Refused one by one: a 4xx puts that recipient off, a 5xx refuses it for good.
            QStringList deferred;
            for (const smtp::RecipientResult &recipient : result.recipients) {
                if (recipient.reply.isTransientFailure())
                    deferred.append(recipient.address);
                else if (recipient.reply.code != 0)
                    entry.refused.append(QStringLiteral("%1: %2").arg(recipient.address, recipient.reply.toString()));
            }
            entry.deferred = deferred;
            error.transient = !deferred.isEmpty();
        }
        if (error.kind == smtp::ErrorKind::LocalFailure)
            entry.attempts -= 1; // stopped here, not by the server
        const QDateTime pausedUntil = settleFailure(entry, error, text);
        if (pausedUntil.isValid())
            stopAccountRuns(run.accountId, pausedUntil);
        break;
    }
    }
}

std::chrono::seconds Outbox::retryDelay(int attempts) const
{
    // 1, 2, 4 ... times the first wait, up to the longest.
    const int doublings = std::clamp(attempts - 1, 0, 20);
    return std::min<std::chrono::seconds>(m_settings.longestRetry, m_settings.firstRetry * (qint64(1) << doublings));
}

void Outbox::settleDelivered(OutboxEntry &entry, const smtp::TransactionResult &result)
{
    // The message went to the accepted recipients; those a 4xx put off get it at the next attempt, alone
    // (RFC 5321 4.5.3.1.10), so nobody receives it twice.
    const QDateTime now = m_settings.clock();
    QStringList deferred;
    QStringList deferredReplies;
    for (const smtp::RecipientResult &recipient : result.recipients) {
        if (recipient.accepted) {
            if (!entry.accepted.contains(recipient.address))
                entry.accepted.append(recipient.address);
        } else if (recipient.reply.isTransientFailure()) {
            deferred.append(recipient.address);
            deferredReplies.append(QStringLiteral("%1: %2").arg(recipient.address, recipient.reply.toString()));
        } else if (recipient.reply.code != 0) {
            entry.refused.append(QStringLiteral("%1: %2").arg(recipient.address, recipient.reply.toString()));
        }
    }
    if (!entry.sentAt.isValid())
        entry.sentAt = now;
    entry.deferred = deferred;
    if (deferred.isEmpty()) {
        entry.state = MessageState::Sent;
        entry.lastError.clear();
    } else if (entry.attempts < m_settings.maxAttempts) {
        entry.state = MessageState::Retrying;
        entry.nextAttemptAt = now.addSecs(retryDelay(entry.attempts).count());
        entry.lastError = Text::tr("Sent to the others; not accepted yet for %1. It will be sent to them alone "
                                   "at the next attempt.")
                              .arg(deferredReplies.join(QStringLiteral("; ")));
    } else {
        entry.refused += deferredReplies;
        entry.deferred.clear();
        entry.state = MessageState::Sent;
        entry.lastError = Text::tr("Sent to the others; still not accepted for %1 after %2 attempts.")
                              .arg(deferredReplies.join(QStringLiteral("; ")))
                              .arg(entry.attempts);
    }
    store(entry);
}

QDateTime Outbox::settleFailure(OutboxEntry &entry, const smtp::SmtpError &error, const QString &transcript)
{
    const QDateTime now = m_settings.clock();
    const std::optional<accounts::Account> account = m_accounts.find(entry.accountId);
    const diagnosis::Diagnosis diagnosis = diagnosis::Diagnoser::builtIn().diagnose(
        account ? accounts::failureContext(error, *account)
                : diagnosis::FailureContext{error, {}, 0, smtp::Security::ImplicitTls, {}});
    entry.updatedAt = now;
    entry.lastError = error.message.isEmpty() ? diagnosis.title : error.message;
    entry.diagnosisId = diagnosis.id;
    if (!transcript.isEmpty())
        entry.transcript = transcript;
    const bool unreachable = serverUnreachable(error);
    if (unreachable)
        m_store.noteUnreachable(entry.accountId, now);
    if (diagnosis.category == u"limits") {
        // The server says the account is over a limit: the message waits, and so does the rest of the queue,
        // unless the account's backup sends them meanwhile.
        // A shorter limit on another connection never shortens a pause already running.
        QDateTime until = now.addSecs(pauseFor(diagnosis.id).count());
        QString reason = diagnosis.title;
        if (const auto paused = m_store.pause(entry.accountId, now); paused && paused->first > until)
            std::tie(until, reason) = *paused;
        m_store.setPause(entry.accountId, until, reason);
        Q_EMIT held(entry.accountId, reason, until);
        if (handOver(entry, reason))
            return until;
        entry.state = MessageState::Queued;
        entry.nextAttemptAt = until;
        entry.attempts = std::max(0, entry.attempts - 1); // waiting out a limit is not a failed attempt
        store(entry);
        return until;
    }
    if (unreachable && account) {
        // Unreachable for long enough since the first such failure: the backup sends it. Before then it is tried
        // again, at the latest when that time comes, and never fails for good while the backup may still take it.
        const QDateTime since = m_store.unreachableSince(entry.accountId).value_or(now);
        const QDateTime backupAt = since.addSecs(m_settings.unreachableBeforeBackup.count());
        if (now >= backupAt
            && handOver(entry,
                        Text::tr("its server %1 cannot be reached since %2")
                            .arg(account->host, QLocale().toString(since.toLocalTime(), QLocale::ShortFormat))))
            return {};
        if (now < backupAt && !entry.handedOver() && usableBackup(*account)) {
            entry.state = MessageState::Retrying;
            entry.nextAttemptAt = std::min(now.addSecs(retryDelay(entry.attempts).count()), backupAt);
            store(entry);
            return {};
        }
    }
    if (error.kind == smtp::ErrorKind::LocalFailure) {
        entry.state = MessageState::Queued; // stopped before its content left
        entry.nextAttemptAt = now;
    } else if (retryable(error) && entry.attempts < m_settings.maxAttempts) {
        entry.state = MessageState::Retrying;
        entry.nextAttemptAt = now.addSecs(retryDelay(entry.attempts).count());
    } else {
        entry.state = MessageState::Failed;
    }
    store(entry);
    return {};
}

std::optional<accounts::Account> Outbox::usableBackup(const accounts::Account &account) const
{
    if (account.backupAccountId.isEmpty())
        return std::nullopt;
    std::optional<accounts::Account> backup = m_accounts.find(account.backupAccountId);
    if (!backup || backup->id == account.id)
        return std::nullopt;
    // A backup that cannot send either would only keep the message from its own account once that one recovers.
    if (m_store.pause(backup->id, m_settings.clock()) || m_planner.needsSignIn(*backup))
        return std::nullopt;
    return backup;
}

bool Outbox::handOver(OutboxEntry &entry, const QString &why)
{
    // Never a chain of backups, never back and forth: a message handed over stays with the backup.
    if (entry.handedOver() || !m_storageProblem.isEmpty())
        return false;
    const std::optional<accounts::Account> original = m_accounts.find(entry.accountId);
    const std::optional<accounts::Account> backup = original ? usableBackup(*original) : std::nullopt;
    if (!backup)
        return false;
    const QDateTime now = m_settings.clock();
    QString problem;
    const std::optional<QByteArray> raw = entry.isRaw() ? m_store.rawMessage(entry, &problem) : std::nullopt;
    std::optional<BackupCopy> copy;
    if (!entry.isRaw() || raw) // else `problem` says why its copy could not be read
        copy = rewrittenForBackup(entry, *original, *backup, raw, now, &problem);
    if (!copy) {
        qWarning("outbox: message %lld stays with its account: %s", entry.id, qPrintable(problem));
        return false;
    }
    OutboxEntry *taken = &copy->entry;
    taken->accountId = backup->id;
    taken->originalAccountId = original->id;
    taken->state = MessageState::Queued;
    taken->updatedAt = now;
    taken->nextAttemptAt = now;
    taken->attempts = 0; // the backup's own tries
    taken->dataStarted = false;
    taken->lastError = Text::tr("%1 could not send it (%2), so its backup account %3 sends it.")
                           .arg(original->address, why, backup->address);
    if (!m_store.handOver(*taken, original->id, copy->rewrittenRaw)) {
        stopOnStorageFailure(m_store.lastError());
        return true; // nothing more is sent
    }
    entry = *taken;
    Q_EMIT changed(entry.id);
    Q_EMIT handedOver(entry.id, original->id, backup->id);
    // The backup's turn: once the first account's connection is over (so that what it hands over goes on one
    // connection of the backup's), or now.
    if (!m_kickQueued && runsOf(original->id).empty()) {
        m_kickQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_kickQueued = false;
            kick();
        });
    }
    return true;
}

void Outbox::onFinished(Run &run)
{
    // Every job normally has its result by now; anything left never reached the server's end of data.
    const std::optional<smtp::SmtpError> error = run.session->error();
    const QString head = run.session->transcript().toText();
    noteServerSize(run);
    if (!error
        || (!serverUnreachable(*error) && error->kind != smtp::ErrorKind::LocalFailure
            && error->kind != smtp::ErrorKind::Cancelled))
        noteReached(run);
    smtp::SmtpError closed;
    closed.kind = smtp::ErrorKind::ConnectionLost;
    closed.transient = true;
    closed.message = Text::tr("The connection ended before this message's turn.");
    for (auto &[job, entry] : run.jobs) {
        if (run.pausedUntil.isValid() && !entry.dataStarted) {
            waitOutPause(run, entry);
            continue;
        }
        entry.attempts += 1;
        settleFailure(entry, error.value_or(closed), head);
    }
    run.jobs.clear();
    finishRun(run);
}

void Outbox::waitOutPause(const Run &run, OutboxEntry &entry)
{
    // Stopped after a limit reply: not a failure of this message, it goes through the backup or waits with the rest.
    const auto paused = m_store.pause(run.accountId, m_settings.clock());
    if (handOver(entry, paused ? paused->second : entry.lastError))
        return;
    entry.state = MessageState::Queued;
    entry.nextAttemptAt = run.pausedUntil;
    store(entry);
}

void Outbox::stopAccountRuns(const QString &accountId, const QDateTime &pausedUntil)
{
    // A limit reply: every connection of the account stops, and what they still carry waits (or goes through the
    // backup) instead of failing. A connection whose message is on its way keeps it to its reply (cancelling it
    // would leave that message uncertain) and stops at the next one (contentStarting). Cancelled from the event
    // loop, not inside a session's own signal.
    for (Run *run : runsOf(accountId)) {
        if (!run->pausedUntil.isValid() || pausedUntil > run->pausedUntil)
            run->pausedUntil = pausedUntil;
    }
    QTimer::singleShot(0, this, [this, accountId] {
        for (Run *run : runsOf(accountId)) {
            const bool carrying = std::any_of(run->jobs.begin(), run->jobs.end(),
                                              [](const auto &job) { return job.second.dataStarted; });
            if (run->session && !carrying)
                run->session->cancel();
        }
    });
}

void Outbox::finishRun(Run &finished)
{
    const auto it
        = std::find_if(m_runs.begin(), m_runs.end(), [&finished](const auto &run) { return run.get() == &finished; });
    if (it == m_runs.end())
        return;
    std::unique_ptr<Run> run = std::move(*it);
    m_runs.erase(it);
    if (run->session) {
        run->session->disconnect(this);
        run->session->setContentGate({});
        run->session.release()->deleteLater();
    }
    if (!m_storageProblem.isEmpty()) {
        // Stopped: once every connection is closed, another process may take over (and recover what is left).
        if (!isBusy())
            m_lock.unlock();
        return;
    }
    // More may be due (a batch limit, messages queued meanwhile): look again from the event loop.
    QTimer::singleShot(0, this, &Outbox::kick);
}

} // namespace remitente::outbox
