#include "AccountShowCommand.h"

#include "ExitCode.h"
#include "SavedAccounts.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

AccountShowCommand::AccountShowCommand()
    : m_json(QStringLiteral("json"), tr("Accepted for scripts; the account is always shown as JSON."))
{
}

QString AccountShowCommand::summary() const
{
    return tr("one saved account, as JSON");
}

void AccountShowCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Show one saved account, as JSON."));
    parser.addOption(m_json);
    parser.addPositionalArgument(tr("account"), tr("The account's id or address."), QStringLiteral("ID|ADDRESS"));
}

std::optional<int> AccountShowCommand::run(const QCommandLineParser &parser)
{
    const QString key = parser.positionalArguments().value(0);
    accounts::AccountStore store;
    store.load();
    const std::optional<accounts::Account> account = store.find(key);
    if (!account)
        return noSavedAccount(key, store);
    QTextStream(stdout) << QJsonDocument(account->toJson()).toJson(QJsonDocument::Indented);
    return ExOk;
}

} // namespace remitente::cli
