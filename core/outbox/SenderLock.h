#pragma once

#include <QString>

namespace remitente::outbox {

// "Exactly one process sends from an outbox": an exclusive lock on a file beside it (flock on Linux and macOS,
// LockFileEx on Windows), which the system releases when the process ends, however it ends. Any number of
// processes may add to the outbox; only the holder claims and sends.
class SenderLock
{
public:
    explicit SenderLock(QString path);
    ~SenderLock();
    SenderLock(const SenderLock &) = delete;
    SenderLock &operator=(const SenderLock &) = delete;

    enum class Result { Acquired, HeldElsewhere, Failed };
    // Never waits. HeldElsewhere: holder() says who (as the holder wrote it); Failed: error() says why.
    Result tryAcquire();
    void release();
    bool isHeld() const { return m_handle >= 0; }

    QString holder() const { return m_holder; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }

private:
    QString m_path;
    QString m_holder;
    QString m_error;
    int m_handle = -1;
};

} // namespace remitente::outbox
