#include "RelayClientCommands.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SavedAccounts.h"

#include "accounts/AccountStore.h"
#include "relay/RelayClients.h"
#include "text/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace remitente::cli {

QString RelayClientAddCommand::summary() const
{
    return tr("give a program its own relay user and password (printed once)");
}

void RelayClientAddCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Give a program its own user for the relay. Prints two lines, \"user: ...\" and \"password: ...\"; the "
           "password is shown this once and only its hash is kept. Put them in the program's SMTP settings with "
           "server 127.0.0.1, port 2525."));
    parser.addPositionalArgument(tr("name"), tr("The program's name (its user name): letters a-z, digits, . _ -."),
                                 QStringLiteral("NAME"));
    parser.addOption({QStringLiteral("account"),
                      tr("The account it sends from (id or address); the default account when not given."),
                      tr("account")});
}

std::optional<int> RelayClientAddCommand::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("Usage: remitente-cli relay client add NAME [--account ACCOUNT]"));
    QString accountId;
    if (parser.isSet(QStringLiteral("account"))) {
        const std::variant<QString, int> found = savedAccountId(parser.value(QStringLiteral("account")));
        if (const int *code = std::get_if<int>(&found))
            return *code;
        accountId = std::get<QString>(found);
    }
    relay::RelayClients clients;
    const std::variant<relay::RelayClients::Credentials, QString> added = clients.add(positional.first(), accountId);
    if (const auto *error = std::get_if<QString>(&added))
        return failWith(ExUsage, *error);
    const auto &credentials = std::get<relay::RelayClients::Credentials>(added);
    QTextStream(stdout) << "user: " << credentials.user << Qt::endl << "password: " << credentials.password << Qt::endl;
    return ExOk;
}

QString RelayClientListCommand::summary() const
{
    return tr("the programs that may use the relay");
}

void RelayClientListCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("The programs that may use the relay: name, account, date added."));
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document for programs.")});
}

std::optional<int> RelayClientListCommand::run(const QCommandLineParser &parser)
{
    accounts::AccountStore accounts;
    accounts.load();
    auto accountName = [&accounts](const QString &id) {
        if (id.isEmpty())
            return tr("(default account)");
        const std::optional<accounts::Account> account = accounts.find(id);
        return account ? account->address : id;
    };
    const QList<relay::RelayClient> clients = relay::RelayClients().list();
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const relay::RelayClient &client : clients)
            list.append(QJsonObject{{QStringLiteral("name"), client.name},
                                    {QStringLiteral("account"), client.accountId},
                                    {QStringLiteral("created"), client.createdAt.toString(Qt::ISODate)}});
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExOk;
    }
    for (const relay::RelayClient &client : clients)
        out << client.name << u' ' << text::terminalSafe(accountName(client.accountId)) << u' '
            << client.createdAt.toString(Qt::ISODate) << Qt::endl;
    return ExOk;
}

QString RelayClientRemoveCommand::summary() const
{
    return tr("take a program's relay user away");
}

void RelayClientRemoveCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Take a program's relay user away: it cannot sign in to the relay any more."));
    parser.addPositionalArgument(tr("name"), tr("The program's relay user."), QStringLiteral("NAME"));
}

std::optional<int> RelayClientRemoveCommand::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("Usage: remitente-cli relay client remove NAME"));
    QString error;
    if (!relay::RelayClients().remove(positional.first(), &error))
        return failWith(ExUsage, error);
    QTextStream(stdout) << tr("Removed %1").arg(positional.first()) << Qt::endl;
    return ExOk;
}

} // namespace remitente::cli
