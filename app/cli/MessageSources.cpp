#include "MessageSources.h"

#include "ExitCode.h"

#include "mime/MessageWriter.h"
#include "smtp/DataEncoder.h"
#include "text/TerminalText.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::MessageSources)
};
} // namespace

std::optional<int> addMessageFiles(const QStringList &files, bool fromStdin, MessageBatch &batch)
{
    for (const QString &file : files) {
        auto source = std::make_shared<smtp::FileMessageSource>(file);
        if (!source->open()) {
            QTextStream(stderr) << text::terminalSafe(source->errorString()) << Qt::endl;
            return ExNoInput;
        }
        if (source->longestLine() > smtp::DataEncoder::MaxLineLength) {
            QTextStream(stderr) << Text::tr("%1 has a line of %2 characters; mail servers accept at most %3. "
                                            "Nothing was sent.")
                                       .arg(fromStdin ? Text::tr("The message") : file)
                                       .arg(source->longestLine())
                                       .arg(smtp::DataEncoder::MaxLineLength)
                                << Qt::endl;
            return ExDataErr;
        }
        batch.sources.append(source);
        batch.names << (fromStdin ? QStringLiteral("-") : file);
    }
    return std::nullopt;
}

std::optional<int> addComposedMessage(const mime::Message &message, MessageBatch &batch)
{
    QString error;
    std::shared_ptr<mime::MessageWriter> writer = mime::MessageWriter::create(message, &error);
    if (!writer) {
        QTextStream(stderr) << error << Qt::endl;
        return ExDataErr;
    }
    batch.sources.append(writer);
    batch.names << QString();
    return std::nullopt;
}

} // namespace remitente::cli
