#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace remitente::cli {

// Parses a command's arguments: an exit code when it is already done (a usage error, printed, or --help,
// shown); nullopt to go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// Prints the message on standard error and returns the exit code (usageError: EX_USAGE).
int failWith(int exitCode, const QString &message);
int usageError(const QString &message);

// A TCP port from the command line; nullopt for anything but 1..65535.
std::optional<quint16> parsePort(const QString &text);

} // namespace remitente::cli
