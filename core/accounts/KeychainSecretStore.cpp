#include "KeychainSecretStore.h"

#include "system/SecretWipe.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace remitente::accounts {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::accounts::SecretStore)
};

SecretStore::Result fromJob(const QKeychain::Job &job)
{
    using S = SecretStore::Status;
    switch (job.error()) {
    case QKeychain::NoError:
        return {S::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {S::NotFound, {}, Text::tr("No password is saved for this account yet.")};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {S::AccessDenied,
                {},
                Text::tr("The system keychain refused access (%1). Unlock it, or allow Remitente when it asks.")
                    .arg(job.errorString())};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {S::NoService,
                {},
                Text::tr("No system keychain is running (%1). On Linux, start GNOME Keyring or KWallet (in a "
                         "desktop session they start by themselves), then try again.")
                    .arg(job.errorString())};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // A keyring that is locked (or was never created) and could not ask for its password: the Secret Service
    // reports the missing default collection or a dismissed prompt.
    if (job.errorString().contains(QStringLiteral("/collection/login"))
        || job.errorString().contains(QStringLiteral("locked"))
        || job.errorString().contains(QStringLiteral("dismissed"), Qt::CaseInsensitive))
        return {S::AccessDenied,
                {},
                Text::tr("The system keychain is locked and could not ask you to unlock it (%1). Unlock it, for "
                         "example by signing in to your desktop, then try again.")
                    .arg(job.errorString())};
    // Without a session bus, or with no Secret Service on it, QtKeychain reports an "other" error; its words are
    // the only way to tell that apart from a real failure.
    const QString words = job.errorString();
    if (words.contains(QStringLiteral("org.freedesktop.secrets"))
        || words.contains(QStringLiteral("D-Bus"), Qt::CaseInsensitive)
        || words.contains(QStringLiteral("Could not connect"), Qt::CaseInsensitive)
        || words.contains(QStringLiteral("ServiceUnknown")))
        return {S::NoService,
                {},
                Text::tr("No system keychain is running (%1). On Linux, start GNOME Keyring or KWallet (in a "
                         "desktop session they start by themselves), then try again.")
                    .arg(job.errorString())};
    return {S::Failed, {}, Text::tr("The system keychain reported an error: %1").arg(job.errorString())};
}
} // namespace

QString secretStatusName(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return QStringLiteral("ok");
    case SecretStore::Status::NotFound:
        return QStringLiteral("not-found");
    case SecretStore::Status::NoService:
        return QStringLiteral("no-service");
    case SecretStore::Status::AccessDenied:
        return QStringLiteral("access-denied");
    case SecretStore::Status::Timeout:
        return QStringLiteral("timeout");
    case SecretStore::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

KeychainSecretStore::KeychainSecretStore(QObject *parent, std::chrono::milliseconds timeout)
    : SecretStore(parent), m_timeout(timeout)
{
}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    run(Operation::Read, key, {}, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    run(Operation::Write, key, secret, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    run(Operation::Remove, key, {}, std::move(done));
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QString &secret, Callback done)
{
    QKeychain::Job *job = nullptr;
    if (operation == Operation::Read)
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
    else if (operation == Operation::Write)
        job = new QKeychain::WritePasswordJob(serviceName(), this);
    else
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(key);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    if (auto *writeJob = qobject_cast<QKeychain::WritePasswordJob *>(job))
        writeJob->setTextData(secret);

    // One answer only: the job's, or the timeout's when the keychain hangs (a prompt nobody sees, a stuck daemon).
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [done, answered] {
        if (std::exchange(*answered, true))
            return;
        done({Status::Timeout,
              {},
              Text::tr("The system keychain did not answer in time. It may be waiting for you to unlock it.")});
    });
    connect(job, &QKeychain::Job::finished, this, [done, answered, job](QKeychain::Job *) {
        job->deleteLater();
        if (std::exchange(*answered, true))
            return;
        Result result = fromJob(*job);
        auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job);
        if (result.status == Status::Ok && readJob)
            result.secret = readJob->textData();
        done(result);
        system::wipeSecret(result.secret); // handed over: whoever needs it took a copy
    });
    timer->start(m_timeout);
    job->start();
}

void SessionSecretStore::read(const QString &key, Callback done)
{
    const auto it = m_secrets.constFind(key);
    const Result result = it == m_secrets.cend()
        ? Result{Status::NotFound, {}, Text::tr("No password is saved for this account yet.")}
        : Result{Status::Ok, *it, {}};
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

void SessionSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done] { done({}); });
}

void SessionSecretStore::remove(const QString &key, Callback done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done] { done({}); });
}

} // namespace remitente::accounts
