#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace remitente::system {

bool makePrivateFolder(const QString &path, QString *why)
{
    auto failed = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
#ifdef Q_OS_UNIX
    // mkdir's mode is followed by a chmod, as the umask may have taken bits away; what is created inside is then
    // out of other users' reach from the moment it exists.
    QStringList missing;
    for (QString at = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
         !QFileInfo::exists(at) && at != QFileInfo(at).absolutePath(); at = QFileInfo(at).absolutePath())
        missing.prepend(at);
    for (const QString &folder : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(folder);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return failed(qt_error_string(errno));
        ::chmod(native.constData(), 0700);
    }
    const QByteArray native = QFile::encodeName(path);
    struct stat status = {};
    if (::stat(native.constData(), &status) != 0)
        return failed(qt_error_string(errno));
    // Never a shared folder (/tmp, with its sticky bit) or someone else's.
    if ((status.st_mode & 07777) != 0700 && !(status.st_mode & S_ISVTX) && status.st_uid == ::geteuid()
        && ::chmod(native.constData(), 0700) != 0)
        return failed(qt_error_string(errno));
    return true;
#else
    if (!QDir().mkpath(path))
        return failed(QDir::toNativeSeparators(path));
    return true;
#endif
}

bool makePrivateFile(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace remitente::system
