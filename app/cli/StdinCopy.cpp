#include "StdinCopy.h"

#include "system/PrivateFiles.h"
#include "system/SignalCleanup.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>

namespace remitente::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::StdinCopy)
};
} // namespace

std::unique_ptr<StdinCopy> StdinCopy::make(QString &error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/spool");
    if (!system::makePrivateFolder(folder)) {
        error
            = Text::tr("Cannot create the private folder \"%1\" for the message read from standard input.").arg(folder);
        return nullptr;
    }
    QFile in;
    auto spool = std::make_unique<QTemporaryFile>(folder + QStringLiteral("/stdin-XXXXXX.eml"));
    if (!in.open(stdin, QIODevice::ReadOnly) || !spool->open()) {
        error = Text::tr("Cannot read the message from standard input.");
        return nullptr;
    }
    system::makePrivateFile(spool->fileName());
    system::removeOnSignal(spool->fileName());
    std::unique_ptr<StdinCopy> copy(new StdinCopy(std::move(spool)));
    QTemporaryFile &file = *copy->m_file;
    bool written = true;
    while (written) {
        const QByteArray block = in.read(1024 * 1024);
        if (block.isEmpty())
            break;
        written = file.write(block) == block.size();
    }
    if (!written || !file.flush()) {
        error = Text::tr("Cannot keep a copy of the message read from standard input: %1").arg(file.errorString());
        return nullptr;
    }
    return copy;
}

StdinCopy::~StdinCopy()
{
    const QString name = m_file->fileName();
    m_file.reset(); // removes the file
    system::forgetOnSignal(name);
}

} // namespace remitente::cli
