#pragma once

#include "AccountStore.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace remitente::accounts {

// Keeps a long-lived AccountStore (the desktop app's) in step with the file, which other processes change too
// (remitente-cli account add, another window): when the file changes, the store is loaded again and reloaded()
// says so. The file and its folder are both watched, since a save replaces the file (QSaveFile renames a new one
// over it) and a watch on the old file ends with it; a folder that does not exist yet is waited for from the
// nearest one that does.
class AccountStoreWatcher : public QObject
{
    Q_OBJECT
public:
    explicit AccountStoreWatcher(AccountStore &store, QObject *parent = nullptr);

Q_SIGNALS:
    void reloaded(); // the store holds what the file says now, problem() included

private:
    void arm();
    void check();

    AccountStore &m_store;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // a save is several events (a temporary file, a rename): one reload after the last
    QByteArray m_seen;
    bool m_exists = false;
};

} // namespace remitente::accounts
