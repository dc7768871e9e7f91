#include "SingleInstance.h"

#include "system/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace remitente::ui {

namespace {
constexpr QByteArrayView showRequest = "show\n";
constexpr QByteArrayView shownReply = "shown\n";
constexpr int attemptsToReach = 50; // every 100 ms: the first start may still be between its lock and its socket

QString userName()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME", QStringLiteral("user"));
#endif
}

// The app's id, the user and a short hash of the data folder (one outbox, one app). In the user's private runtime
// folder where there is one, else where Qt puts local sockets.
QString serverNameFor(const QString &dataFolder)
{
    const QByteArray folder = QDir::cleanPath(QFileInfo(dataFolder).absoluteFilePath()).toUtf8();
    const QString name
        = QStringLiteral("%1-%2-%3")
              .arg(QLatin1String(SingleInstance::appId), userName(),
                   QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(12)));
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString inRuntime = runtime + u'/' + name;
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir() && inRuntime.toUtf8().size() < 100) // sun_path's limit
        return inRuntime;
    return name;
}
} // namespace

SingleInstance::SingleInstance(const QString &dataFolder, QObject *parent)
    : QObject(parent), m_serverName(serverNameFor(dataFolder)),
      m_lock(dataFolder + QStringLiteral("/remitente-app.lock"))
{
    m_lock.setStaleLockTime(0); // held as long as the app runs: stale only when its process is gone
    m_retry.setInterval(100);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SingleInstance::tryToReach);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim()
{
    system::makePrivateFolder(QFileInfo(m_lock.fileName()).absolutePath()); // 0700, as every folder of ours
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() == QLockFile::LockFailedError)
            return false;
        qWarning("Remitente cannot tell whether it is already running (%s); it starts anyway.",
                 qPrintable(m_lock.fileName()));
        return true;
    }
    listen();
    return true;
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_serverName); // left by a start that crashed: the lock says none runs now
    if (!m_server->listen(m_serverName)) {
        qWarning("Remitente cannot listen for later starts (%s): %s", qPrintable(m_serverName),
                 qPrintable(m_server->errorString()));
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { answer(socket); });
        }
    });
}

void SingleInstance::answer(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > 64)
            socket->abort();
        return;
    }
    if (socket->readLine(64) == showRequest.toByteArray()) {
        Q_EMIT showRequested();
        socket->write(shownReply.data(), shownReply.size());
    }
    socket->disconnectFromServer();
}

void SingleInstance::askFirstToShow()
{
    m_attempts = 0;
    tryToReach();
}

void SingleInstance::tryToReach()
{
    delete m_socket;
    m_socket = new QLocalSocket(this);
    connect(m_socket, &QLocalSocket::connected, this,
            [this] { m_socket->write(showRequest.data(), showRequest.size()); });
    connect(m_socket, &QLocalSocket::readyRead, this, [this] {
        if (!m_shown && m_socket->canReadLine() && m_socket->readLine(64) == shownReply.toByteArray()) {
            m_shown = true;
            Q_EMIT finished(true);
        }
    });
    // Not listening yet, or gone without an answer: again a little later, for a while.
    auto failed = [this] {
        if (m_shown || m_retry.isActive() || m_attempts >= attemptsToReach)
            return;
        if (++m_attempts < attemptsToReach)
            m_retry.start();
        else
            Q_EMIT finished(false);
    };
    connect(m_socket, &QLocalSocket::errorOccurred, this, failed);
    connect(m_socket, &QLocalSocket::disconnected, this, failed);
    m_socket->connectToServer(m_serverName);
}

} // namespace remitente::ui
