#include "AccountsLock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

#include <thread>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace remitente::accounts {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::accounts::AccountStore)
};

// Between two tries: long enough not to spin, short against a save that takes milliseconds.
constexpr std::chrono::milliseconds retryEvery{5};
} // namespace

AccountsLock::AccountsLock(QString path) : m_path(std::move(path)) {}

AccountsLock::~AccountsLock()
{
    unlock();
}

#ifdef Q_OS_WIN

// Written for Windows but not built or tested here (the project is built and tested on Linux).
bool AccountsLock::lock(std::chrono::milliseconds patience, QString *error)
{
    if (m_handle)
        return true;
    HANDLE handle = CreateFileW(reinterpret_cast<const wchar_t *>(m_path.utf16()), GENERIC_READ | GENERIC_WRITE,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        if (error)
            *error = Text::tr("Cannot lock the account list (%1): %2")
                         .arg(m_path, qt_error_string(int(GetLastError())));
        return false;
    }
    const QDeadlineTimer deadline(patience);
    for (;;) {
        OVERLAPPED whole = {};
        if (LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &whole)) {
            m_handle = handle;
            return true;
        }
        const DWORD code = GetLastError();
        if (code != ERROR_LOCK_VIOLATION || deadline.hasExpired()) {
            CloseHandle(handle);
            if (error)
                *error = code == ERROR_LOCK_VIOLATION
                    ? Text::tr("Another program is changing the account list (%1); nothing was changed. Try again.")
                          .arg(m_path)
                    : Text::tr("Cannot lock the account list (%1): %2").arg(m_path, qt_error_string(int(code)));
            return false;
        }
        std::this_thread::sleep_for(retryEvery);
    }
}

void AccountsLock::unlock()
{
    if (!m_handle)
        return;
    OVERLAPPED whole = {};
    UnlockFileEx(static_cast<HANDLE>(m_handle), 0, 1, 0, &whole);
    CloseHandle(static_cast<HANDLE>(m_handle));
    m_handle = nullptr;
}

bool AccountsLock::isLocked() const
{
    return m_handle != nullptr;
}

#else

bool AccountsLock::lock(std::chrono::milliseconds patience, QString *error)
{
    if (m_fd >= 0)
        return true;
    const QByteArray native = QFile::encodeName(m_path);
    int fd;
    do
        fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        if (error)
            *error = Text::tr("Cannot lock the account list (%1): %2").arg(m_path, qt_error_string(errno));
        return false;
    }
    // Created 0600 whatever the umask; one left looser by an older version is made private.
    struct stat status = {};
    if (::fstat(fd, &status) == 0 && (status.st_mode & 0777) != 0600 && status.st_uid == ::geteuid())
        ::fchmod(fd, 0600);
    const QDeadlineTimer deadline(patience);
    for (;;) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            m_fd = fd;
            return true;
        }
        const int code = errno;
        if (code == EINTR)
            continue;
        if (code != EWOULDBLOCK || deadline.hasExpired()) {
            ::close(fd);
            if (error)
                *error = code == EWOULDBLOCK
                    ? Text::tr("Another program is changing the account list (%1); nothing was changed. Try again.")
                          .arg(m_path)
                    : Text::tr("Cannot lock the account list (%1): %2").arg(m_path, qt_error_string(code));
            return false;
        }
        std::this_thread::sleep_for(retryEvery);
    }
}

void AccountsLock::unlock()
{
    if (m_fd < 0)
        return;
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

bool AccountsLock::isLocked() const
{
    return m_fd >= 0;
}

#endif

} // namespace remitente::accounts
