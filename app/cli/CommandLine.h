#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace remitente::cli {

// Prints the message on standard error and returns the exit code (usageError: EX_USAGE).
int failWith(int exitCode, const QString &message);
int usageError(const QString &message);

// Two aligned columns, one line each, indented by two spaces: commands or actions and what they do.
QString table(const QList<std::pair<QString, QString>> &rows);

// A TCP port from the command line; nullopt for anything but 1..65535.
std::optional<quint16> parsePort(const QString &text);

} // namespace remitente::cli
