#include "CommandLine.h"

#include "ExitCode.h"

#include "text/TerminalText.h"

#include <QTextStream>

#include <algorithm>
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

QString table(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[left, right] : rows)
        width = std::max(width, left.size());
    QString text;
    for (const auto &[left, right] : rows)
        text += QStringLiteral("  ") + left.leftJustified(width + 2) + right + u'\n';
    return text;
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
