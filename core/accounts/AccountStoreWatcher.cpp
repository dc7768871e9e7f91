#include "AccountStoreWatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace remitente::accounts {

namespace {
QByteArray contentOf(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = file.open(QIODevice::ReadOnly);
    return *exists ? file.readAll() : QByteArray();
}
} // namespace

AccountStoreWatcher::AccountStoreWatcher(AccountStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_seen = contentOf(m_store.path(), &m_exists);
    m_settle.setSingleShot(true);
    m_settle.setInterval(50);
    connect(&m_settle, &QTimer::timeout, this, &AccountStoreWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    arm();
}

void AccountStoreWatcher::arm()
{
    const QString file = m_store.path();
    QString folder = QFileInfo(file).absolutePath();
    while (!QFileInfo::exists(folder) && folder != QFileInfo(folder).absolutePath())
        folder = QFileInfo(folder).absolutePath();
    const QStringList folders = m_watcher.directories();
    for (const QString &path : folders) {
        if (path != folder)
            m_watcher.removePath(path);
    }
    if (!folders.contains(folder))
        m_watcher.addPath(folder);
    // Always watched afresh: after a save the name is a new file, and a watch may still follow the old one.
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (QFileInfo::exists(file))
        m_watcher.addPath(file);
}

void AccountStoreWatcher::check()
{
    // A replaced file is a new inode: watch it again (and the folder, once it exists).
    arm();
    bool exists = false;
    const QByteArray content = contentOf(m_store.path(), &exists);
    if (exists == m_exists && content == m_seen)
        return; // another file in the folder changed (the lock, a temporary file), not the list
    m_seen = content;
    m_exists = exists;
    m_store.load();
    Q_EMIT reloaded();
}

} // namespace remitente::accounts
