#pragma once

#include "Account.h"

#include <QList>
#include <QString>

namespace remitente::accounts {

// The accounts, in one JSON file in the app's config folder, written atomically (QSaveFile) and versioned.
// No secret is ever written here. A file that cannot be understood is moved aside (never overwritten) and
// load() says where it went.
class AccountStore
{
public:
    static constexpr int SchemaVersion = 1;

    explicit AccountStore(QString path = defaultPath());
    static QString defaultPath(); // <AppConfigLocation>/accounts.json

    struct LoadResult {
        bool ok = true;
        QString error;        // translated, specific
        QString keptAsidePath; // where a damaged file was moved
    };
    LoadResult load();
    // False with a translated error when the file cannot be written (or belongs to a newer Remitente).
    bool save(QString *error) const;

    const QList<Account> &accounts() const { return m_accounts; }
    // By id, or by address when no id matches.
    std::optional<Account> find(const QString &idOrAddress) const;
    void upsert(const Account &account);
    bool remove(const QString &id);
    QString path() const { return m_path; }
    // What could not be read of the file (damaged entries or the whole file), translated; empty when all was.
    QString problem() const { return m_problem; }

private:
    QString m_path;
    QList<Account> m_accounts;
    QString m_problem;
    bool m_readOnly = false; // written by a newer version: never overwrite it
};

} // namespace remitente::accounts
