#pragma once

#include <QString>

#include <chrono>

namespace remitente::system {

// An exclusive lock on a file (flock(2) on Linux and macOS, LockFileEx on Windows) that the system releases when
// the process ends, however it ends: a crashed holder never leaves it locked. The file is created 0600 and never
// removed (removing it would let two processes lock two different files). Two FileLocks on one path conflict even
// within one process.
class FileLock
{
public:
    explicit FileLock(QString path);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    enum class Result { Locked, Busy, Failed };
    Result tryLock(); // never waits
    // Tries again while it is busy, at most `patience` (for locks held for milliseconds).
    Result lock(std::chrono::milliseconds patience);
    void unlock();
    bool isLocked() const;

    QString path() const { return m_path; }
    QString errorString() const { return m_error; } // after Failed: the system's words

    // A line for whoever finds it busy ("remitente-cli (4242)"), written by the holder into the file.
    void describeHolder(const QString &text);
    QString holder() const; // as the holder described itself, control characters replaced; bounded

private:
    QString m_path;
    QString m_error;
#ifdef Q_OS_WIN
    void *m_handle = nullptr;
#else
    int m_fd = -1;
#endif
};

} // namespace remitente::system
