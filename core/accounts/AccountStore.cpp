#include "AccountStore.h"

#include "system/FileLock.h"
#include "system/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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

// Other processes save in milliseconds; a lock held longer than this belongs to a stuck one.
constexpr std::chrono::seconds lockPatience{10};
// Far more than any real list (an account is a few hundred bytes): a bigger file is not read.
constexpr qint64 largestList = 4 * 1024 * 1024;

const QString schemaKey = QStringLiteral("schema");
const QString accountsKey = QStringLiteral("accounts");

// The fields Account::toJson() writes; any other field in an entry (from another version) is kept on a save.
const QStringList accountKeys
    = {QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("address"), QStringLiteral("host"),
       QStringLiteral("port"), QStringLiteral("security"), QStringLiteral("username"), QStringLiteral("signIn"),
       QStringLiteral("providerId"), QStringLiteral("pinnedSha256"), QStringLiteral("verifiedAt"),
       QStringLiteral("serverSizeLimit"),
       // Written only when set: listed so that clearing them (no aliases, no backup) reaches the file.
       QStringLiteral("tenant"), QStringLiteral("aliases"), QStringLiteral("rewriteForeignFrom"),
       QStringLiteral("backupAccountId"), QStringLiteral("backupFrom"), QStringLiteral("imap"),
       QStringLiteral("imapPinnedSha256")};

QString kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return Text::tr("a list (%1)").arg(jsonValueForMessage(value));
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::String:
        return Text::tr("the text %1").arg(jsonValueForMessage(value));
    case QJsonValue::Double:
        return Text::tr("the number %1").arg(jsonValueForMessage(value));
    case QJsonValue::Bool:
        return Text::tr("the value %1").arg(jsonValueForMessage(value));
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QJsonObject withAccount(QJsonObject entry, const Account &account)
{
    for (const QString &key : accountKeys)
        entry.remove(key);
    const QJsonObject fields = account.toJson();
    for (auto field = fields.begin(); field != fields.end(); ++field)
        entry.insert(field.key(), field.value());
    return entry;
}
} // namespace

AccountStore::AccountStore(QString path) : m_path(std::move(path))
{
}

QString AccountStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/accounts.json");
}

QString AccountStore::lockPath() const
{
    return m_path + QStringLiteral(".lock");
}

AccountStore::Snapshot AccountStore::read() const
{
    Snapshot snapshot;
    QFile file(m_path);
    if (!file.exists())
        return snapshot;
    auto wholeFile = [&](const QString &why) {
        snapshot.fileProblem = Text::tr("The account list %1 cannot be read: %2. It is left as it is, and no account "
                                        "in it can be used until it is fixed or moved away.")
                                   .arg(QDir::toNativeSeparators(m_path), why);
        snapshot.readable = false;
        return snapshot;
    };
    if (!file.open(QIODevice::ReadOnly))
        return wholeFile(file.errorString());
    const QByteArray content = file.read(largestList + 1);
    if (content.size() > largestList)
        return wholeFile(
            Text::tr("it is larger than %1 MB, far more than any list of accounts").arg(largestList >> 20));
    if (file.error() != QFileDevice::NoError)
        return wholeFile(file.errorString());
    file.close();
    if (content.trimmed().isEmpty()) {
        snapshot.fileProblem = Text::tr("The account list %1 is empty: it holds no accounts, not even an empty list. "
                                        "Saving an account replaces it.")
                                   .arg(QDir::toNativeSeparators(m_path));
        snapshot.readable = false;
        snapshot.replaceable = true; // nothing in it to lose
        return snapshot;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return wholeFile(Text::tr("it is not valid JSON (%1 at character %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset + 1));
    if (!document.isObject()) {
        const QJsonValue top = document.isArray() ? QJsonValue(document.array()) : QJsonValue();
        return wholeFile(
            Text::tr("it holds %1 where an object with \"schema\" and \"accounts\" is expected").arg(kindOf(top)));
    }
    snapshot.document = document.object();
    const QJsonValue schema = snapshot.document.value(schemaKey);
    if (schema.isUndefined())
        return wholeFile(Text::tr("it has no \"schema\" version"));
    const double version = schema.toDouble(-1);
    if (!schema.isDouble() || version != double(qint64(version)) || version < 1)
        return wholeFile(Text::tr("its \"schema\" is %1, not a version number").arg(kindOf(schema)));
    if (version > SchemaVersion) {
        snapshot.fileProblem = Text::tr("The account list %1 was written by a newer version of Remitente; it is left "
                                        "as it is. Update Remitente to use it.")
                                   .arg(QDir::toNativeSeparators(m_path));
        snapshot.readable = false;
        return snapshot;
    }
    const QJsonValue list = snapshot.document.value(accountsKey);
    if (!list.isArray())
        return wholeFile(list.isUndefined() ? Text::tr("it has no \"accounts\" list")
                                            : Text::tr("its \"accounts\" is %1, not a list").arg(kindOf(list)));

    // Entry by entry: a damaged one is named and left out, the others are used.
    QHash<QString, int> seen; // id -> entry number
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue value = entries.at(i);
        Entry entry{std::nullopt, value};
        const int number = int(i) + 1;
        QString problem;
        QString name = Text::tr("entry %1").arg(number);
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const char *key : {"address", "id"}) {
                const QJsonValue label = object.value(QLatin1String(key));
                if (label.isString() && !label.toString().trimmed().isEmpty()) {
                    name = Text::tr("entry %1 (%2)").arg(number).arg(jsonValueForMessage(label));
                    break;
                }
            }
            entry.account = Account::fromJson(object, &problem);
            if (entry.account && seen.contains(entry.account->id)) {
                problem = Text::tr("its id %1 is already used by entry %2")
                              .arg(jsonValueForMessage(entry.account->id))
                              .arg(seen.value(entry.account->id));
                entry.account.reset();
            }
        } else {
            problem = Text::tr("it is %1, not an account").arg(kindOf(value));
        }
        if (entry.account)
            seen.insert(entry.account->id, number);
        else
            snapshot.entryProblems.append(Text::tr("%1: %2").arg(name, problem));
        snapshot.entries.append(entry);
    }
    return snapshot;
}

void AccountStore::adopt(Snapshot snapshot)
{
    m_entries = std::move(snapshot.entries);
    m_fileProblem = std::move(snapshot.fileProblem);
    m_entryProblems = std::move(snapshot.entryProblems);
    m_writable = snapshot.readable || snapshot.replaceable;
    m_accounts.clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.account)
            m_accounts.append(*entry.account);
    }
}

AccountStore::LoadResult AccountStore::load()
{
    m_changes.clear();
    adopt(read());
    LoadResult result;
    result.error = problem();
    result.ok = result.error.isEmpty();
    return result;
}

QString AccountStore::problem() const
{
    if (!m_fileProblem.isEmpty())
        return m_fileProblem;
    if (m_entryProblems.isEmpty())
        return {};
    // One line per entry: a terminal and the app's window both show them as a list.
    return Text::tr("%n account(s) in the account list %1 could not be read and are left out until fixed:", nullptr,
                    int(m_entryProblems.size()))
               .arg(QDir::toNativeSeparators(m_path))
        + QStringLiteral("\n- ") + m_entryProblems.join(QStringLiteral("\n- "));
}

bool AccountStore::save(QString *error)
{
    const QString folder = QFileInfo(m_path).absolutePath();
    QString why;
    if (!system::makePrivateFolder(folder, &why))
        return fail(error, Text::tr("Cannot save the account list %1: %2").arg(QDir::toNativeSeparators(m_path), why));

    // Read-modify-write under the lock: what other processes saved since this copy was read is kept, and only
    // this copy's own changes are applied to it.
    system::FileLock lock(lockPath());
    switch (lock.lock(lockPatience)) {
    case system::FileLock::Result::Locked:
        break;
    case system::FileLock::Result::Busy:
        return fail(error,
                    Text::tr("Another program is changing the account list (%1); nothing was changed. Try "
                             "again.")
                        .arg(m_path));
    case system::FileLock::Result::Failed:
        return fail(error, Text::tr("Cannot lock the account list (%1): %2").arg(m_path, lock.errorString()));
    }
    Snapshot now = read();
    if (!now.readable && !now.replaceable) {
        // Never replace a list that cannot be read: the accounts in it would be gone for good. Moving it aside and
        // starting afresh (what older versions did) hides them just the same, and the messages queued for them
        // would fail as sent from an account that no longer exists. Only the person can tell what the file should
        // say, so it stays as it is and they are told exactly what is wrong with it.
        return fail(error, Text::tr("%1 Nothing was saved, so that it is not overwritten.").arg(now.fileProblem));
    }
    if (!now.readable)
        now = Snapshot{}; // an empty file: nothing in it to keep

    for (const Change &change : std::as_const(m_changes)) {
        const auto at = std::find_if(now.entries.begin(), now.entries.end(), [&](const Entry &entry) {
            return entry.account && entry.account->id == change.id;
        });
        if (!change.account) {
            if (at != now.entries.end())
                now.entries.erase(at);
        } else if (at != now.entries.end()) {
            at->raw = withAccount(at->raw.toObject(), *change.account);
            at->account = change.account;
        } else if (change.existed) {
            // Changed here, removed elsewhere meanwhile (with its password): saving the change would bring back an
            // account whose owner removed it.
            const QString address = change.account->address;
            m_changes.clear();
            adopt(std::move(now));
            return fail(error,
                        Text::tr("%1 was removed from the account list by another program meanwhile, so this "
                                 "change to it was not saved.")
                            .arg(address));
        } else {
            now.entries.append(Entry{change.account, withAccount(QJsonObject{}, *change.account)});
        }
    }

    QJsonArray list;
    for (const Entry &entry : std::as_const(now.entries))
        list.append(entry.raw); // damaged entries exactly as they were
    QJsonObject document = now.document;
    document.insert(schemaKey, SchemaVersion);
    document.insert(accountsKey, list);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            error,
            Text::tr("Cannot save the account list %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    // 0600 whatever the umask (and whatever mode an older file had, which QSaveFile would otherwise keep).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(
            error,
            Text::tr("Cannot save the account list %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    m_changes.clear();
    // What was written, so that the next changes apply to it; read again rather than trusting the merge, which
    // also brings this copy's problem() up to date.
    adopt(read());
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

std::optional<Account> AccountStore::defaultAccount() const
{
    if (m_accounts.isEmpty())
        return std::nullopt;
    return m_accounts.first();
}

void AccountStore::upsert(const Account &account)
{
    bool existed = false;
    for (const Entry &entry : std::as_const(m_entries))
        existed = existed || (entry.account && entry.account->id == account.id);
    m_changes.removeIf([&](const Change &change) { return change.id == account.id; });
    m_changes.append(Change{account.id, account, existed});
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
    m_changes.removeIf([&](const Change &change) { return change.id == id; });
    m_changes.append(Change{id, std::nullopt, true});
    return m_accounts.removeIf([&](const Account &account) { return account.id == id; }) > 0;
}

} // namespace remitente::accounts
