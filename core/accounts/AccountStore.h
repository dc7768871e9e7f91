#pragma once

#include "Account.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace remitente::accounts {

// The accounts, in one JSON file in the app's config folder. No secret is ever written here.
//
// Reading never changes anything on disk: a damaged file stays where it is, as it is. An entry that cannot be read
// is left out and named in problem() while the others stay usable; a file that cannot be read at all gives no
// accounts and a problem().
//
// Several processes share the file (the app, cron jobs, scripts), so upsert() and remove() only change this copy
// and remember the change; save() then takes an exclusive lock (a file beside the list, released by the system
// when the process ends), reads the list again under it, applies only this copy's changes to what is there now,
// and writes the result atomically (QSaveFile). An account another process added meanwhile is never lost, and the
// entries this copy could not read are written back exactly as they were.
//
// The folder is kept 0700 and the list and its lock file 0600, whatever the umask.
class AccountStore
{
public:
    static constexpr int SchemaVersion = 1;

    explicit AccountStore(QString path = defaultPath());
    static QString defaultPath(); // <AppConfigLocation>/accounts.json
    QString lockPath() const;     // accounts.json.lock, beside it

    struct LoadResult {
        bool ok = true; // false when problem() is not empty
        QString error;  // problem(): translated, specific
    };
    // Reads the file again, dropping changes not saved. Never moves, rewrites or creates anything.
    LoadResult load();
    // A translated description of what could not be read: the file as a whole, or each damaged entry (which one,
    // which field, what is wrong). Empty when everything was read. While it is not empty, a missing account may be
    // one that could not be read, so nothing should be given up for lack of it.
    QString problem() const;
    // One line per damaged entry ("entry 2 (ana@example.es): the field "port" ..."); problem() includes them.
    QStringList entryProblems() const { return m_entryProblems; }
    // False when save() would refuse: the file could not be read as a whole, or a newer Remitente wrote it.
    bool canSave() const { return m_writable; }

    // Applies this copy's changes since load() (or the last save()) to the file as it is now, under the lock; then
    // this copy holds what was written. False with a translated error when nothing was written: the list cannot be
    // read as a whole (it is never replaced), it was written by a newer Remitente, an account being changed was
    // removed by another program meanwhile, or the disk refused.
    [[nodiscard]] bool save(QString *error = nullptr);

    const QList<Account> &accounts() const { return m_accounts; }
    // By id, or by address when no id matches.
    std::optional<Account> find(const QString &idOrAddress) const;
    // The account programs send from when they name none (sendmail, a relay user without one): the first set up.
    std::optional<Account> defaultAccount() const;
    void upsert(const Account &account);
    bool remove(const QString &id);
    QString path() const { return m_path; }

private:
    struct Entry {
        std::optional<Account> account; // empty when the entry could not be read
        QJsonValue raw;                 // as it was in the file, written back as it was unless changed here
    };
    struct Snapshot {
        QJsonObject document; // the whole file, so that fields of other versions survive a save
        QList<Entry> entries;
        QString fileProblem; // the file as a whole (translated); empty when it was read
        QStringList entryProblems;
        bool readable = true;     // the list could be read (entries may still be damaged); true when there is none
        bool replaceable = false; // not readable, but there is nothing in it to lose (an empty file)
    };
    struct Change {
        QString id;
        std::optional<Account> account; // empty: remove
        bool existed = false;           // in the list when this copy read it: an update, not an addition
    };
    Snapshot read() const;
    void adopt(Snapshot snapshot);

    QString m_path;
    QList<Account> m_accounts;
    QList<Entry> m_entries;
    QString m_fileProblem;
    QStringList m_entryProblems;
    QList<Change> m_changes;
    bool m_writable = true;
};

} // namespace remitente::accounts
