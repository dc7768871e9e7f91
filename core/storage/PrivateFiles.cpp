#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace remitente::storage {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::storage::PrivateFiles)
};
} // namespace

bool makePrivateFolder(const QString &path)
{
    return QDir().mkpath(path)
        && QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool makePrivateFile(const QString &path)
{
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

QString readableRegularFileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Text::tr("%1 does not exist.").arg(path);
    if (info.isDir())
        return Text::tr("%1 is a folder, not a file.").arg(path);
    if (!info.isFile())
        return Text::tr("%1 is not a regular file (a device, a pipe or a socket).").arg(path);
    if (!info.isReadable())
        return Text::tr("%1 cannot be read: permission denied.").arg(path);
    return {};
}

} // namespace remitente::storage
