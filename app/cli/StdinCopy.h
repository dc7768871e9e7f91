#pragma once

#include <QString>
#include <QTemporaryFile>

#include <memory>

namespace remitente::cli {

// A message read from standard input, copied to a private file (0600, in the app's 0700 data folder, never in /tmp
// where it would outlive an interruption), so even a large message is never held in memory. The file goes with
// this object, or on Ctrl-C or SIGTERM while it exists.
class StdinCopy
{
public:
    // nullptr and why when standard input cannot be copied.
    static std::unique_ptr<StdinCopy> make(QString &error);
    ~StdinCopy();
    QString fileName() const { return m_file->fileName(); }

private:
    explicit StdinCopy(std::unique_ptr<QTemporaryFile> file) : m_file(std::move(file)) { }
    std::unique_ptr<QTemporaryFile> m_file;
};

} // namespace remitente::cli
