#include "SenderLock.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#include <fcntl.h>
#include <sys/stat.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace remitente::outbox {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::outbox::SenderLock)
};

constexpr qsizetype HolderTextLimit = 256;

#ifdef Q_OS_WIN
int openLockFile(const QString &path)
{
    return _wopen(reinterpret_cast<const wchar_t *>(path.utf16()), _O_RDWR | _O_CREAT | _O_BINARY | _O_NOINHERIT,
                  _S_IREAD | _S_IWRITE);
}

bool lockExclusive(int fd, bool *busy)
{
    OVERLAPPED overlapped = {};
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
    if (LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &overlapped))
        return true;
    *busy = GetLastError() == ERROR_LOCK_VIOLATION;
    return false;
}

void writeHolder(int fd, const QByteArray &text)
{
    _chsize(fd, 0);
    _lseek(fd, 0, SEEK_SET);
    _write(fd, text.constData(), unsigned(text.size()));
}

void closeLockFile(int fd)
{
    _close(fd);
}
#else
int openLockFile(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
}

bool lockExclusive(int fd, bool *busy)
{
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EINTR)
            continue;
        *busy = errno == EWOULDBLOCK;
        return false;
    }
    return true;
}

void writeHolder(int fd, const QByteArray &text)
{
    // Only for the message another process shows ("who is sending"); the lock itself is what counts.
    if (::ftruncate(fd, 0) == 0 && ::lseek(fd, 0, SEEK_SET) == 0) {
        [[maybe_unused]] const ssize_t written = ::write(fd, text.constData(), size_t(text.size()));
    }
}

void closeLockFile(int fd)
{
    ::close(fd); // releases the flock
}
#endif

QString readHolder(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.read(HolderTextLimit)).trimmed();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u'?';
    }
    return text;
}
} // namespace

SenderLock::SenderLock(QString path) : m_path(std::move(path)) {}

SenderLock::~SenderLock()
{
    release();
}

SenderLock::Result SenderLock::tryAcquire()
{
    if (m_handle >= 0)
        return Result::Acquired;
    m_holder.clear();
    m_error.clear();
    const int fd = openLockFile(m_path);
    if (fd < 0) {
        m_error = Text::tr("The outbox lock %1 could not be opened: %2")
                      .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return Result::Failed;
    }
    bool busy = false;
    if (!lockExclusive(fd, &busy)) {
        const int lockErrno = errno;
        closeLockFile(fd);
        if (busy) {
            m_holder = readHolder(m_path);
            return Result::HeldElsewhere;
        }
        m_error = Text::tr("The outbox lock %1 could not be taken: %2")
                      .arg(m_path, QString::fromLocal8Bit(std::strerror(lockErrno)));
        return Result::Failed;
    }
    m_handle = fd;
    const QString name = QCoreApplication::applicationFilePath().section(u'/', -1);
    writeHolder(fd, QStringLiteral("%1 (%2)\n").arg(name).arg(QCoreApplication::applicationPid()).toUtf8());
    return Result::Acquired;
}

void SenderLock::release()
{
    if (m_handle < 0)
        return;
    closeLockFile(m_handle);
    m_handle = -1;
}

} // namespace remitente::outbox
