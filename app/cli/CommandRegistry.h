#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace remitente::cli {

// Every `remitente-cli` command, in the order the usage lists them; picks the one the command line names.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::Main)
public:
    CommandRegistry();

    // The command named by arguments[1] runs with the rest; "help", --help, --version and an unknown or missing
    // command are answered here. The same return as Command::execute().
    std::optional<int> dispatch(const QStringList &arguments);

    // "Usage: remitente-cli <command> [options]" and one line per command.
    QString usage() const;
    Command *find(const QString &name) const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace remitente::cli
