#include "CommandLine.h"

#include "ExitCode.h"

#include "text/TerminalText.h"

#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

int failWith(int exitCode, const QString &message)
{
    // Messages quote file names, files and what others said: no control character reaches the terminal.
    QTextStream(stderr) << text::terminalSafeLines(message) << Qt::endl;
    return exitCode;
}

int usageError(const QString &message)
{
    return failWith(ExUsage, message);
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExOk;
    }
    return std::nullopt;
}

std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return std::nullopt;
    return quint16(value);
}

} // namespace remitente::cli
