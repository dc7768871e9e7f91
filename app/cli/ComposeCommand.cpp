#include "ComposeCommand.h"

#include "CommandLine.h"
#include "ComposeOptions.h"
#include "ExitCode.h"

#include "mime/MessageWriter.h"

#include <QSaveFile>
#include <QTextStream>

namespace remitente::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::ComposeCommand)
};
} // namespace

int runCompose(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Write a message (RFC 5322 + MIME) to a file without sending it."));
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("Sender, e.g. \"Ana Pérez <ana@example.es>\"."),
                                  Text::tr("address"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("Recipient (repeat for more)."), Text::tr("address"));
    const QCommandLineOption output(QStringLiteral("output"), Text::tr("Where to write the message."), Text::tr("file"));
    parser.addOptions({from, to, output});
    const ComposeOptions compose;
    compose.addTo(parser);
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments))
        return *done;
    QTextStream err(stderr);
    if (!parser.isSet(output) || !parser.isSet(from)) {
        err << Text::tr("compose needs --from and --output.") << Qt::endl;
        return ExUsage;
    }
    QString error;
    int exitCode = ExUsage;
    const std::optional<mime::Message> message = compose.build(parser, parser.value(from), to, &error, &exitCode);
    if (!message) {
        err << error << Qt::endl;
        return exitCode;
    }
    const std::unique_ptr<mime::MessageWriter> writer = mime::MessageWriter::create(*message, &error);
    if (!writer) {
        err << error << Qt::endl;
        return ExDataErr;
    }
    QSaveFile file(parser.value(output));
    // Private (0600) whatever the umask, and even when it replaces a file that others could read.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        err << Text::tr("Cannot write \"%1\": %2").arg(parser.value(output), file.errorString()) << Qt::endl;
        return ExIoErr;
    }
    while (!writer->atEnd())
        file.write(writer->read(1024 * 1024));
    if (!writer->errorString().isEmpty()) {
        err << writer->errorString() << Qt::endl;
        return ExNoInput;
    }
    if (!file.commit()) {
        err << Text::tr("Cannot write \"%1\": %2").arg(parser.value(output), file.errorString()) << Qt::endl;
        return ExIoErr;
    }
    return ExOk;
}

} // namespace remitente::cli
