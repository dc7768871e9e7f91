#include "DurableFile.h"

#include "PrivateFiles.h"

#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace remitente::system {

bool syncFolder(const QString &folder, QString *why)
{
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0 || ::fsync(descriptor) != 0) {
        if (why)
            *why = qt_error_string(errno);
        if (descriptor >= 0)
            ::close(descriptor);
        return false;
    }
    ::close(descriptor);
#else
    Q_UNUSED(folder);
    Q_UNUSED(why);
#endif
    return true;
}

bool writeDurably(const QString &path, const QByteArray &bytes, QString *why)
{
    QSaveFile file(path);
    // QSaveFile writes a temporary file, syncs it to the disk on commit() and only then renames it.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        if (why)
            *why = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!makePrivateFile(path)) {
        if (why)
            *why = QStringLiteral("chmod 0600 %1").arg(path);
        return false;
    }
    // The new name is in the folder's own data: sync it too.
    return syncFolder(QFileInfo(path).absolutePath(), why);
}

} // namespace remitente::system
