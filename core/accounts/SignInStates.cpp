#include "SignInStates.h"

#include "AccountStore.h"

#include "system/FileLock.h"
#include "system/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace remitente::accounts {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::accounts::SignInStates)
};

constexpr qint64 MaxFileBytes = 1024 * 1024;

QJsonObject readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.read(MaxFileBytes)).object();
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

SignInStates::SignInStates(QString path) : m_path(std::move(path))
{
}

QString SignInStates::defaultPath()
{
    return QFileInfo(AccountStore::defaultPath()).path() + QStringLiteral("/signin-state.json");
}

std::optional<SignInState> SignInStates::find(const QString &accountId) const
{
    const QJsonObject all = readAll(m_path);
    if (!all.contains(accountId))
        return std::nullopt;
    const QJsonObject o = all.value(accountId).toObject();
    SignInState state;
    state.needsSignIn = o.value(QStringLiteral("needsSignIn")).toBool();
    state.reason = o.value(QStringLiteral("reason")).toString().left(2000);
    state.tokenExpiresAt = QDateTime::fromString(o.value(QStringLiteral("tokenExpiresAt")).toString(), Qt::ISODate);
    state.signedInAt = QDateTime::fromString(o.value(QStringLiteral("signedInAt")).toString(), Qt::ISODate);
    return state;
}

bool SignInStates::record(const QString &accountId, const SignInState &state, QString *error)
{
    return change(accountId, state, error);
}

bool SignInStates::forget(const QString &accountId, QString *error)
{
    return change(accountId, std::nullopt, error);
}

bool SignInStates::change(const QString &accountId, const std::optional<SignInState> &state, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = Text::tr("The sign-in state could not be saved in %1: %2").arg(m_path, why);
        return false;
    };
    QString why;
    if (!system::makePrivateFolder(QFileInfo(m_path).path(), &why))
        return fail(why);
    system::FileLock lock(m_path + QStringLiteral(".lock"));
    if (lock.lock(std::chrono::seconds(5)) != system::FileLock::Result::Locked)
        return fail(lock.errorString().isEmpty() ? Text::tr("another program kept it locked") : lock.errorString());
    QJsonObject all = readAll(m_path);
    if (state) {
        QJsonObject o{{QStringLiteral("needsSignIn"), state->needsSignIn}};
        if (!state->reason.isEmpty())
            o.insert(QStringLiteral("reason"), state->reason);
        if (state->tokenExpiresAt.isValid())
            o.insert(QStringLiteral("tokenExpiresAt"), dateText(state->tokenExpiresAt));
        if (state->signedInAt.isValid())
            o.insert(QStringLiteral("signedInAt"), dateText(state->signedInAt));
        all.insert(accountId, o);
    } else {
        all.remove(accountId);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    system::makePrivateFile(file.fileName());
    file.write(QJsonDocument(all).toJson());
    if (!file.commit())
        return fail(file.errorString());
    system::makePrivateFile(m_path);
    return true;
}

} // namespace remitente::accounts
