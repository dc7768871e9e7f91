#pragma once

#include "OutboxStore.h"
#include "SendingLimits.h"

#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "providers/DnsResolver.h"
#include "smtp/SmtpSession.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

namespace remitente::outbox {

struct OutboxSettings {
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::chrono::seconds firstRetry{60};  // then doubled each time
    std::chrono::seconds longestRetry{3600};
    int maxAttempts = 8;                  // then the message fails for good
    int batchSize = 500;                  // messages on one connection before a fresh one
    smtp::Timeouts timeouts;
    QList<QSslCertificate> extraCaCertificates;
};

// Sends what the store holds: per account, one connection at a time carrying every due message; each state
// change is committed as it happens. Temporary failures come back with exponential back-off, permanent ones fail
// with their diagnosis, a connection lost after the end of a message makes it uncertain (never resent), and a
// limit reply or the documented daily limits pause that account's queue.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(OutboxStore &store, const accounts::AccountStore &accounts, accounts::SecretStore &secrets,
           const providers::ProviderCatalogue &catalogue, OutboxSettings settings = {}, QObject *parent = nullptr);
    ~Outbox() override;

    void setResolver(providers::DnsResolver *resolver) { m_resolver = resolver; }
    // Recovers what a crash left "sending", then sends what is due. With scheduling on (the app), later retries
    // and pauses wake it up by themselves; off (the CLI), it goes idle once nothing is due now.
    void start(bool schedule);
    void kick();
    bool isBusy() const { return !m_runs.empty() || m_pendingSecrets > 0; }

Q_SIGNALS:
    void changed(qint64 id);
    void held(const QString &accountId, const QString &reason, const QDateTime &until);
    void limitWarning(const QString &accountId, const QString &reason);
    void idle(); // nothing is being sent and nothing else is due now

private:
    struct Run;
    void sendFor(const QString &accountId);
    void secretRead(const QString &accountId, const accounts::SecretStore::Result &result);
    void launch(Run &run, const accounts::Account &account, const QString &secret);
    void onResult(Run &run, const smtp::TransactionResult &result);
    void onFinished(Run &run);
    void settleFailure(OutboxEntry &entry, const smtp::SmtpError &error, const QString &transcript);
    void finishRun(const QString &accountId);
    void scheduleNext();

    OutboxStore &m_store;
    const accounts::AccountStore &m_accounts;
    accounts::SecretStore &m_secrets;
    const providers::ProviderCatalogue &m_catalogue;
    OutboxSettings m_settings;
    providers::DnsResolver *m_resolver = nullptr;
    std::map<QString, std::unique_ptr<Run>> m_runs;
    int m_pendingSecrets = 0;
    bool m_schedule = false;
    QTimer m_wakeUp;
};

} // namespace remitente::outbox
