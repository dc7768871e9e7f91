#include "AccountStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace remitente::accounts {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::accounts::AccountStore)
};
} // namespace

AccountStore::AccountStore(QString path) : m_path(std::move(path)) {}

QString AccountStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/accounts.json");
}

AccountStore::LoadResult AccountStore::load()
{
    m_accounts.clear();
    m_readOnly = false;
    LoadResult result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        m_readOnly = true;
        result.ok = false;
        result.error = Text::tr("The account list %1 cannot be read: %2").arg(m_path, file.errorString());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    QString problem;
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        problem = Text::tr("it is not valid JSON (%1)").arg(parseError.errorString());
    const int schema = document.object().value(QStringLiteral("schema")).toInt();
    if (problem.isEmpty() && schema > SchemaVersion) {
        m_readOnly = true;
        result.ok = false;
        result.error = Text::tr("The account list %1 was written by a newer version of Remitente; it was left as "
                                "it is. Update Remitente to use it.")
                           .arg(m_path);
        return result;
    }
    if (problem.isEmpty() && schema < 1)
        problem = Text::tr("it has no schema version");
    QList<Account> loaded;
    if (problem.isEmpty()) {
        for (const QJsonValue &value : document.object().value(QStringLiteral("accounts")).toArray()) {
            const std::optional<Account> account = Account::fromJson(value.toObject(), &problem);
            if (!account)
                break;
            loaded.append(*account);
        }
    }
    if (problem.isEmpty()) {
        m_accounts = loaded;
        return result;
    }
    // Keep the damaged file for the person (or support) to look at, and start afresh beside it.
    const QString aside = m_path + QStringLiteral(".damaged-")
                          + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    result.ok = false;
    if (QFile::rename(m_path, aside)) {
        result.keptAsidePath = aside;
        result.error = Text::tr("The account list could not be read (%1). It was kept as %2 and a new, empty list "
                                "was started.")
                           .arg(problem, aside);
    } else {
        m_readOnly = true;
        result.error = Text::tr("The account list %1 could not be read (%2), and it could not be moved aside; it "
                                "was left untouched.")
                           .arg(m_path, problem);
    }
    return result;
}

bool AccountStore::save(QString *error) const
{
    if (m_readOnly) {
        *error = Text::tr("The account list %1 is not saved, so that it is not overwritten.").arg(m_path);
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray list;
    for (const Account &account : m_accounts)
        list.append(account.toJson());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Cannot save the account list %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("schema"), SchemaVersion}, {QStringLiteral("accounts"), list}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = Text::tr("Cannot save the account list %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

std::optional<Account> AccountStore::find(const QString &idOrAddress) const
{
    for (const Account &account : m_accounts) {
        if (account.id == idOrAddress)
            return account;
    }
    for (const Account &account : m_accounts) {
        if (account.address.compare(idOrAddress, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

void AccountStore::upsert(const Account &account)
{
    for (Account &existing : m_accounts) {
        if (existing.id == account.id) {
            existing = account;
            return;
        }
    }
    m_accounts.append(account);
}

bool AccountStore::remove(const QString &id)
{
    return m_accounts.removeIf([&](const Account &account) { return account.id == id; }) > 0;
}

} // namespace remitente::accounts
