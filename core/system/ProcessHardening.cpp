#include "ProcessHardening.h"

#include <QDir>
#include <QFile>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace remitente::system {

void hardenProcess()
{
#if defined(Q_OS_UNIX)
    umask(077);
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#endif
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

bool makePrivateFile(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace remitente::system
