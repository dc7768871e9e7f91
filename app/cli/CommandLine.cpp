#include "CommandLine.h"

#include "ExitCode.h"

#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return ExUsage;
    }
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
