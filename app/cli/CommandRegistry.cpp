#include "CommandRegistry.h"

#include "AccountCommand.h"
#include "CheckDomainCommand.h"
#include "CommandLine.h"
#include "ComposeCommand.h"
#include "DetectCommand.h"
#include "ExitCode.h"
#include "QueueCommand.h"
#include "RelayCommand.h"
#include "SendmailCommand.h"
#include "SendCommand.h"
#include "TestEmailCommand.h"
#include "VerifyCommand.h"

#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<SendCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<TestEmailCommand>());
    m_commands.push_back(std::make_unique<ComposeCommand>());
    m_commands.push_back(std::make_unique<AccountCommand>());
    m_commands.push_back(std::make_unique<DetectCommand>());
    m_commands.push_back(std::make_unique<CheckDomainCommand>());
    m_commands.push_back(std::make_unique<QueueCommand>());
    m_commands.push_back(std::make_unique<RelayCommand>());
    m_commands.push_back(std::make_unique<SendmailCommand>());
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const std::unique_ptr<Command> &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandRegistry::usage() const
{
    QList<std::pair<QString, QString>> rows;
    for (const std::unique_ptr<Command> &command : m_commands)
        rows.append({command->name(), command->summary()});
    return tr("Usage: remitente-cli <command> [options]") + QStringLiteral("\n\n") + tr("Commands:") + u'\n'
        + table(rows) + u'\n' + tr("Run \"remitente-cli <command> --help\" for a command's options.") + u'\n';
}

std::optional<int> CommandRegistry::dispatch(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == u"help" || name == u"--help" || name == u"-h") {
        QTextStream(name.isEmpty() ? stderr : stdout) << usage();
        return name.isEmpty() ? ExUsage : ExOk;
    }
    if (name == u"--version") {
        QTextStream(stdout) << "remitente-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExOk;
    }
    Command *command = find(name);
    if (!command) {
        QTextStream(stderr) << tr("Unknown command \"%1\".").arg(name) << Qt::endl << Qt::endl << usage();
        return ExUsage;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    return command->execute(rest);
}

} // namespace remitente::cli
