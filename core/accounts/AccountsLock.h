#pragma once

#include <QString>

#include <chrono>

namespace remitente::accounts {

// An exclusive lock on a file (flock(2) on Linux and macOS, LockFileEx on Windows) that the system releases when
// the process ends, however it ends: a crashed writer never leaves the account list locked. The file is created
// 0600 and never removed (removing it would let two processes lock two different files).
class AccountsLock
{
public:
    explicit AccountsLock(QString path);
    ~AccountsLock();
    AccountsLock(const AccountsLock &) = delete;
    AccountsLock &operator=(const AccountsLock &) = delete;

    // Waits while another process holds it (a save holds it for milliseconds), at most `patience`; false with a
    // translated error when it could not be taken.
    bool lock(std::chrono::milliseconds patience, QString *error);
    void unlock();
    bool isLocked() const;

private:
    QString m_path;
#ifdef Q_OS_WIN
    void *m_handle = nullptr;
#else
    int m_fd = -1;
#endif
};

} // namespace remitente::accounts
