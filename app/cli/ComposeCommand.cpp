#include "ComposeCommand.h"

#include "CommandLine.h"
#include "ComposeOptions.h"
#include "ExitCode.h"

#include "mime/MessageWriter.h"

#include <QSaveFile>
#include <QTextStream>

namespace remitente::cli {

ComposeCommand::ComposeCommand()
    : m_from(QStringLiteral("from"), tr("Sender, e.g. \"Ana Pérez <ana@example.es>\"."), tr("address")),
      m_to(QStringLiteral("to"), tr("Recipient (repeat for more)."), tr("address")),
      m_output(QStringLiteral("output"), tr("Where to write the message."), tr("file"))
{
}

QString ComposeCommand::summary() const
{
    return tr("write a message to a file without sending it");
}

void ComposeCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Write a message (RFC 5322 + MIME) to a file without sending it."));
    parser.addOptions({m_from, m_to, m_output});
    m_compose.addTo(parser);
}

std::optional<int> ComposeCommand::run(const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    if (!parser.isSet(m_output) || !parser.isSet(m_from)) {
        err << tr("compose needs --from and --output.") << Qt::endl;
        return ExUsage;
    }
    QString error;
    int exitCode = ExUsage;
    const std::optional<mime::Message> message = m_compose.build(parser, parser.value(m_from), m_to, &error, &exitCode);
    if (!message) {
        err << error << Qt::endl;
        return exitCode;
    }
    const std::unique_ptr<mime::MessageWriter> writer = mime::MessageWriter::create(*message, &error);
    if (!writer) {
        err << error << Qt::endl;
        return ExDataErr;
    }
    QSaveFile file(parser.value(m_output));
    // Private (0600) whatever the umask, and even when it replaces a file that others could read.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        err << tr("Cannot write \"%1\": %2").arg(parser.value(m_output), file.errorString()) << Qt::endl;
        return ExIoErr;
    }
    while (!writer->atEnd())
        file.write(writer->read(1024 * 1024));
    if (!writer->errorString().isEmpty()) {
        err << writer->errorString() << Qt::endl;
        return ExNoInput;
    }
    if (!file.commit()) {
        err << tr("Cannot write \"%1\": %2").arg(parser.value(m_output), file.errorString()) << Qt::endl;
        return ExIoErr;
    }
    return ExOk;
}

} // namespace remitente::cli
