#include "Outbox.h"

#include "diagnosis/Diagnoser.h"
#include "mime/MessageWriter.h"

#include <QCoreApplication>
#include <QPointer>

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

} // namespace

struct Outbox::Run {
    QString accountId;
    accounts::Account account;
    std::unique_ptr<smtp::SmtpSession> session;
    QList<OutboxEntry> batch;   // in the order given to the session
    int started = -1;           // the transaction whose MAIL FROM went out last
    int results = 0;            // transactions finished so far
    qsizetype headLines = 0;    // transcript lines before the first MAIL FROM (greeting, TLS, AUTH)
    QList<qsizetype> firstLine; // each transaction's first transcript line
    QDateTime pausedUntil;      // set when a limit reply stopped this run: the rest waits until then
};

Outbox::Outbox(OutboxStore &store, const accounts::AccountStore &accounts, accounts::SecretStore &secrets,
               const providers::ProviderCatalogue &catalogue, OutboxSettings settings, QObject *parent)
    : QObject(parent), m_store(store), m_accounts(accounts), m_secrets(secrets), m_catalogue(catalogue),
      m_settings(std::move(settings))
{
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &Outbox::kick);
}

Outbox::~Outbox()
{
    for (auto &[id, run] : m_runs) {
        if (run->session) {
            run->session->disconnect(this);
            run->session->cancel();
        }
    }
}

void Outbox::start(bool schedule)
{
    m_schedule = schedule;
    m_store.recover(m_settings.clock());
    kick();
}

void Outbox::kick()
{
    const QDateTime now = m_settings.clock();
    for (const QString &accountId : m_store.accountsWithDueMessages(now))
        sendFor(accountId);
    if (!isBusy()) {
        scheduleNext();
        Q_EMIT idle();
    }
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

void Outbox::sendFor(const QString &accountId)
{
    if (m_runs.count(accountId))
        return;
    const QDateTime now = m_settings.clock();
    if (const auto paused = m_store.pause(accountId, now)) {
        Q_EMIT held(accountId, paused->second, paused->first);
        return;
    }
    const std::optional<accounts::Account> account = m_accounts.find(accountId);
    QList<OutboxEntry> due = m_store.due(accountId, now, m_settings.batchSize);
    if (!account) {
        for (OutboxEntry &entry : due) {
            entry.state = MessageState::Failed;
            entry.updatedAt = now;
            entry.lastError = Text::tr("The account this message was queued for no longer exists.");
            m_store.save(entry);
            Q_EMIT changed(entry.id);
        }
        return;
    }
    // The provider's documented daily limits, counted over the last 24 hours with what this run adds.
    const providers::Provider *provider = m_catalogue.byId(account->providerId);
    const bool ignore = m_store.ignoresLimits(accountId);
    OutboxStore::Usage usage = m_store.usageSince(accountId, now.addDays(-1));
    auto run = std::make_unique<Run>();
    for (const OutboxEntry &entry : std::as_const(due)) {
        const LimitStatus status = checkLimits(provider, usage, entry.recipientCount(), ignore);
        if (status.level == LimitStatus::Level::Hold) {
            const QDateTime until = status.freesAt.isValid() ? status.freesAt : now.addDays(1);
            m_store.setPause(accountId, until, status.reason);
            Q_EMIT held(accountId, status.reason, until);
            break;
        }
        if (status.level == LimitStatus::Level::Warning && run->batch.isEmpty())
            Q_EMIT limitWarning(accountId, status.reason);
        usage.messages += 1;
        usage.recipients += entry.recipientCount();
        run->batch.append(entry);
    }
    if (run->batch.isEmpty())
        return;
    QList<qint64> ids;
    for (const OutboxEntry &entry : std::as_const(run->batch))
        ids.append(entry.id);
    m_store.markSending(ids, now);
    for (OutboxEntry &entry : run->batch)
        entry.state = MessageState::Sending;
    for (const qint64 id : std::as_const(ids))
        Q_EMIT changed(id);
    run->accountId = accountId;
    run->account = *account;
    m_runs[accountId] = std::move(run);
    ++m_pendingSecrets;
    using Result = accounts::SecretStore::Result;
    m_secrets.read(account->id, [self = QPointer<Outbox>(this), accountId](const Result &result) {
        if (self)
            self->secretRead(accountId, result);
    });
}

void Outbox::secretRead(const QString &accountId, const accounts::SecretStore::Result &result)
{
    --m_pendingSecrets;
    auto it = m_runs.find(accountId);
    if (it == m_runs.end())
        return;
    Run &run = *it->second;
    if (result.status == accounts::SecretStore::Status::Ok) {
        launch(run, run.account, result.secret);
        return;
    }
    smtp::SmtpError error;
    error.stage = smtp::Stage::Auth;
    error.kind = smtp::ErrorKind::InvalidArgument;
    error.transient = result.status != accounts::SecretStore::Status::NotFound;
    error.message = result.message;
    for (OutboxEntry &entry : run.batch) {
        entry.attempts += 1;
        settleFailure(entry, error, {});
    }
    finishRun(accountId);
}

void Outbox::launch(Run &run, const accounts::Account &account, const QString &secret)
{
    run.session = std::make_unique<smtp::SmtpSession>(
        account.sessionOptions(m_settings.timeouts, m_settings.extraCaCertificates));
    run.session->setCredentials({account.username, secret});
    smtp::SmtpSession *session = run.session.get();
    connect(session, &smtp::SmtpSession::stageStarted, this, [this, &run](smtp::Stage stage) {
        if (stage == smtp::Stage::Mail) {
            ++run.started;
            if (run.started == 0)
                run.headLines = run.session->transcript().lines().size();
            run.firstLine.append(run.session->transcript().lines().size());
        } else if (stage == smtp::Stage::Data && run.started >= 0 && run.started < run.batch.size()) {
            // Written before the first byte of content leaves: after a crash, this is what tells "may have
            // arrived" (uncertain) from "never went out" (queued again).
            m_store.markDataStarted(run.batch.at(run.started).id);
        }
    });
    connect(session, &smtp::SmtpSession::transactionFinished, this,
            [this, &run](const smtp::TransactionResult &result) { onResult(run, result); });
    connect(session, &smtp::SmtpSession::finished, this, [this, &run] { onFinished(run); });
    session->open();
    QList<OutboxEntry> accepted;
    for (OutboxEntry &entry : run.batch) {
        QString error;
        std::shared_ptr<smtp::MessageSource> writer = mime::MessageWriter::create(entry.message, &error);
        if (!writer) {
            entry.state = MessageState::Failed;
            entry.updatedAt = m_settings.clock();
            entry.lastError = error;
            m_store.save(entry);
            Q_EMIT changed(entry.id);
            continue;
        }
        accepted.append(entry);
        session->send({entry.message.from.address, entry.message.envelopeRecipients()}, writer);
    }
    run.batch = accepted;
    session->quit();
}

void Outbox::onResult(Run &run, const smtp::TransactionResult &result)
{
    if (run.results >= run.batch.size())
        return;
    OutboxEntry &entry = run.batch[run.results];
    const smtp::Transcript &transcript = run.session->transcript();
    const qsizetype first = run.firstLine.value(run.results, transcript.lines().size());
    const QString text = transcript.toText(0, run.headLines) + transcript.toText(first);
    ++run.results;
    const QDateTime now = m_settings.clock();
    entry.updatedAt = now;
    entry.attempts += 1;
    entry.size = result.messageSize;
    entry.accepted.clear();
    entry.refused.clear();
    for (const smtp::RecipientResult &recipient : result.recipients) {
        if (recipient.accepted)
            entry.accepted.append(recipient.address);
        else if (recipient.reply.code != 0) // 0: never asked, the transaction ended before
            entry.refused.append(QStringLiteral("%1: %2").arg(recipient.address, recipient.reply.toString()));
    }
    if (result.finalReply)
        entry.finalReply = result.finalReply->toString();
    switch (result.outcome) {
    case smtp::Outcome::Sent:
    case smtp::Outcome::Partial:
    case smtp::Outcome::Verified:
        entry.state = MessageState::Sent;
        entry.sentAt = now;
        entry.lastError.clear();
        entry.transcript = text;
        break;
    case smtp::Outcome::Uncertain:
        entry.state = MessageState::Uncertain;
        entry.sentAt = now;
        entry.transcript = text;
        entry.lastError = Text::tr("The connection was lost after the message was sent and before the server "
                                   "confirmed it: it may have been delivered. It was not sent again.");
        break;
    case smtp::Outcome::Failed:
        if (run.pausedUntil.isValid()) {
            // Stopped after a limit reply: not a failure of this message, it just waits with the rest.
            entry.state = MessageState::Queued;
            entry.nextAttemptAt = run.pausedUntil;
            entry.attempts -= 1;
            break;
        }
        settleFailure(entry, result.error.value_or(smtp::SmtpError{}), text);
        if (entry.state == MessageState::Queued && entry.nextAttemptAt > now) {
            // A limit reply: stop this connection (from the event loop, not inside the session's own signal).
            run.pausedUntil = entry.nextAttemptAt;
            QTimer::singleShot(0, this, [this, accountId = run.accountId] {
                auto it = m_runs.find(accountId);
                if (it != m_runs.end() && it->second->session)
                    it->second->session->cancel();
            });
        }
        return;
    }
    m_store.save(entry);
    Q_EMIT changed(entry.id);
}

void Outbox::settleFailure(OutboxEntry &entry, const smtp::SmtpError &error, const QString &transcript)
{
    const QDateTime now = m_settings.clock();
    const std::optional<accounts::Account> account = m_accounts.find(entry.accountId);
    const diagnosis::Diagnosis diagnosis = diagnosis::Diagnoser::builtIn().diagnose(
        account ? diagnosis::FailureContext::of(error, *account) : diagnosis::FailureContext{error});
    entry.updatedAt = now;
    entry.lastError = error.message.isEmpty() ? diagnosis.title : error.message;
    entry.diagnosisId = diagnosis.id;
    if (!transcript.isEmpty())
        entry.transcript = transcript;
    if (diagnosis.category == u"limits") {
        // The server says the account is over a limit: the message waits, and so does the rest of the queue.
        const QDateTime until = now.addSecs(pauseFor(diagnosis.id).count());
        m_store.setPause(entry.accountId, until, diagnosis.title);
        Q_EMIT held(entry.accountId, diagnosis.title, until);
        entry.state = MessageState::Queued;
        entry.nextAttemptAt = until;
        entry.attempts = std::max(0, entry.attempts - 1); // waiting out a limit is not a failed attempt
    } else if (retryable(error) && entry.attempts < m_settings.maxAttempts) {
        entry.state = MessageState::Retrying;
        const int doublings = std::clamp(entry.attempts - 1, 0, 20);
        const qint64 delay
            = std::min<qint64>(m_settings.longestRetry.count(), m_settings.firstRetry.count() << doublings);
        entry.nextAttemptAt = now.addSecs(delay);
    } else {
        entry.state = MessageState::Failed;
    }
    m_store.save(entry);
    Q_EMIT changed(entry.id);
}

void Outbox::onFinished(Run &run)
{
    const std::optional<smtp::SmtpError> error = run.session->error();
    const QString head = run.session->transcript().toText();
    smtp::SmtpError closed;
    closed.kind = smtp::ErrorKind::ConnectionLost;
    closed.transient = true;
    closed.message = Text::tr("The connection ended before this message's turn.");
    for (int i = run.results; i < run.batch.size(); ++i) {
        OutboxEntry &entry = run.batch[i];
        entry.attempts += 1;
        settleFailure(entry, error.value_or(closed), head);
    }
    finishRun(run.accountId);
}

void Outbox::finishRun(const QString &accountId)
{
    auto it = m_runs.find(accountId);
    if (it == m_runs.end())
        return;
    std::unique_ptr<Run> run = std::move(it->second);
    m_runs.erase(it);
    if (run->session) {
        run->session->disconnect(this);
        run->session.release()->deleteLater();
    }
    // More may be due (a batch limit, messages queued meanwhile): look again from the event loop.
    QTimer::singleShot(0, this, &Outbox::kick);
}

} // namespace remitente::outbox
