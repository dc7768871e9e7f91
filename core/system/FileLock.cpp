#include "FileLock.h"

#include <QDeadlineTimer>
#include <QFile>

#include <thread>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace remitente::system {

namespace {
// Between two tries: long enough not to spin, short against a hold of milliseconds.
constexpr std::chrono::milliseconds retryEvery{5};
constexpr qint64 holderTextLimit = 256;
} // namespace

FileLock::FileLock(QString path) : m_path(std::move(path))
{
}

FileLock::~FileLock()
{
    unlock();
}

FileLock::Result FileLock::lock(std::chrono::milliseconds patience)
{
    const QDeadlineTimer deadline(patience);
    for (;;) {
        const Result result = tryLock();
        if (result != Result::Busy || deadline.hasExpired())
            return result;
        std::this_thread::sleep_for(retryEvery);
    }
}

QString FileLock::holder() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.read(holderTextLimit)).trimmed();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u'?';
    }
    return text;
}

#ifdef Q_OS_WIN

// Written for Windows but not built or tested here (the project is built and tested on Linux).
FileLock::Result FileLock::tryLock()
{
    if (m_handle)
        return Result::Locked;
    HANDLE handle = CreateFileW(reinterpret_cast<const wchar_t *>(m_path.utf16()), GENERIC_READ | GENERIC_WRITE,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        m_error = qt_error_string(int(GetLastError()));
        return Result::Failed;
    }
    OVERLAPPED whole = {};
    if (LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &whole)) {
        m_handle = handle;
        return Result::Locked;
    }
    const DWORD code = GetLastError();
    CloseHandle(handle);
    if (code == ERROR_LOCK_VIOLATION)
        return Result::Busy;
    m_error = qt_error_string(int(code));
    return Result::Failed;
}

void FileLock::unlock()
{
    if (!m_handle)
        return;
    OVERLAPPED whole = {};
    UnlockFileEx(static_cast<HANDLE>(m_handle), 0, 1, 0, &whole);
    CloseHandle(static_cast<HANDLE>(m_handle));
    m_handle = nullptr;
}

bool FileLock::isLocked() const
{
    return m_handle != nullptr;
}

void FileLock::describeHolder(const QString &text)
{
    if (!m_handle)
        return;
    const QByteArray bytes = text.toUtf8() + '\n';
    const auto handle = static_cast<HANDLE>(m_handle);
    SetFilePointer(handle, 0, nullptr, FILE_BEGIN);
    SetEndOfFile(handle);
    DWORD written = 0;
    WriteFile(handle, bytes.constData(), DWORD(bytes.size()), &written, nullptr);
}

#else

FileLock::Result FileLock::tryLock()
{
    if (m_fd >= 0)
        return Result::Locked;
    const QByteArray native = QFile::encodeName(m_path);
    int fd;
    do
        fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        m_error = qt_error_string(errno);
        return Result::Failed;
    }
    // Created 0600 whatever the umask; one left looser by an older version is made private.
    struct stat status = {};
    if (::fstat(fd, &status) == 0 && (status.st_mode & 0777) != 0600 && status.st_uid == ::geteuid())
        ::fchmod(fd, 0600);
    int code = 0;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        code = errno;
        if (code != EINTR)
            break;
        code = 0;
    }
    if (code == 0) {
        m_fd = fd;
        return Result::Locked;
    }
    ::close(fd);
    if (code == EWOULDBLOCK)
        return Result::Busy;
    m_error = qt_error_string(code);
    return Result::Failed;
}

void FileLock::unlock()
{
    if (m_fd < 0)
        return;
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

bool FileLock::isLocked() const
{
    return m_fd >= 0;
}

void FileLock::describeHolder(const QString &text)
{
    if (m_fd < 0)
        return;
    const QByteArray bytes = text.toUtf8() + '\n';
    if (::ftruncate(m_fd, 0) == 0 && ::lseek(m_fd, 0, SEEK_SET) == 0) {
        [[maybe_unused]] const ssize_t written = ::write(m_fd, bytes.constData(), size_t(bytes.size()));
    }
}

#endif

} // namespace remitente::system
