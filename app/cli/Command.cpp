#include "Command.h"

#include "CommandLine.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

std::optional<int> Command::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpFor(parser);
        return ExOk;
    }
    return run(parser);
}

QString Command::help() const
{
    QCommandLineParser parser;
    describe(parser);
    parser.addHelpOption();
    return helpText(parser);
}

QString Command::helpText(const QCommandLineParser &parser) const
{
    // QCommandLineParser names the program by the path it was started with, in the first line only.
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, program.size(), QStringLiteral("remitente-cli ") + name());
    return text;
}

} // namespace remitente::cli
