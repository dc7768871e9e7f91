#pragma once

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace remitente::ui {

// One Remitente per user (and per data folder, so per outbox): the first start holds a lock file in the data folder
// and listens on a local socket named after the app's id and the user; a later start finds the lock taken, asks the
// first one to show its window and ends.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *appId = "io.github.remitente.Remitente";

    explicit SingleInstance(const QString &dataFolder, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True: this process is the one (it listens for later starts from now on). False: another one runs.
    // When the lock cannot be used at all (a read-only folder), this process runs anyway.
    bool claim();
    // For a later start: asks the first one to show its window, without blocking; finished() says how it went.
    void askFirstToShow();
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void showRequested(); // another start asked this one to come to the front
    void finished(bool shown);

private:
    void listen();
    void tryToReach();
    void answer(QLocalSocket *socket);

    QString m_serverName;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_socket = nullptr;
    QTimer m_retry;
    int m_attempts = 0;
    bool m_shown = false;
};

} // namespace remitente::ui
