#include "AccountCommand.h"

#include "AccountAddCommand.h"
#include "AccountListCommand.h"
#include "AccountLoginCommand.h"
#include "AccountRemoveCommand.h"
#include "AccountSetCommand.h"
#include "AccountShowCommand.h"
#include "AccountSnippetCommand.h"
#include "CommandLine.h"
#include "ExitCode.h"

namespace remitente::cli {

AccountCommand::AccountCommand()
{
    m_actions.push_back(std::make_unique<AccountAddCommand>());
    m_actions.push_back(std::make_unique<AccountListCommand>());
    m_actions.push_back(std::make_unique<AccountShowCommand>());
    m_actions.push_back(std::make_unique<AccountSetCommand>(QStringLiteral("edit")));
    m_actions.push_back(std::make_unique<AccountSetCommand>(QStringLiteral("set")));
    m_actions.push_back(std::make_unique<AccountLoginCommand>());
    m_actions.push_back(std::make_unique<AccountRemoveCommand>());
    m_actions.push_back(std::make_unique<AccountSnippetCommand>());
}

QString AccountCommand::summary() const
{
    return tr("add, list, show, change, sign in or remove saved accounts (passwords and sign-ins in the system "
              "keychain)");
}

std::optional<int> AccountCommand::execute(const QStringList &arguments)
{
    const QString action = name() + u' ' + arguments.value(1);
    for (const std::unique_ptr<Command> &command : m_actions) {
        if (command->name() == action) {
            QStringList rest = arguments;
            rest.removeAt(1);
            return command->execute(rest);
        }
    }
    if (arguments.value(1) == u"--help" || arguments.value(1) == u"-h")
        return Command::execute(arguments);
    return run(QCommandLineParser());
}

void AccountCommand::describe(QCommandLineParser &parser) const
{
    QList<std::pair<QString, QString>> actions;
    for (const std::unique_ptr<Command> &command : m_actions)
        actions.append({command->name().sliced(name().size() + 1), command->summary()});
    parser.setApplicationDescription(tr("The saved accounts the app and the CLI share; passwords go to the system "
                                        "keychain, never to the account file.")
                                     + u'\n' + table(actions).chopped(1));
    parser.addPositionalArgument(tr("action"), tr("add, list, show, edit (or set), login, remove or snippet"),
                                 QStringLiteral("add|list|show|edit|set|login|remove|snippet"));
}

std::optional<int> AccountCommand::run(const QCommandLineParser &)
{
    // Reached without an action: the actions parse their own options.
    return failWith(ExUsage, tr("Usage: remitente-cli account add|list|show|edit|set|login|remove|snippet ..."));
}

} // namespace remitente::cli
