#include "AccountRemoveCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SavedAccounts.h"

#include "accounts/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

QString AccountRemoveCommand::summary() const
{
    return tr("remove a saved account and its password");
}

void AccountRemoveCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Remove a saved account and its password from the system keychain."));
    parser.addPositionalArgument(tr("account"), tr("The account's id or address."), QStringLiteral("ID|ADDRESS"));
}

std::optional<int> AccountRemoveCommand::run(const QCommandLineParser &parser)
{
    const QString key = parser.positionalArguments().value(0);
    if (key.isEmpty())
        return failWith(ExUsage, tr("Usage: remitente-cli account remove ID|ADDRESS"));
    auto store = std::make_shared<accounts::AccountStore>();
    store->load();
    const std::optional<accounts::Account> account = store->find(key);
    if (!account)
        return noSavedAccount(key, *store);
    // Checked before the password goes: never a saved account without its password.
    if (const std::optional<int> refused = refuseUnlessWritable(*store))
        return refused;
    warnAboutProblem(*store);
    m_secrets = std::make_unique<accounts::KeychainSecretStore>();
    m_secrets->remove(account->id, [store, account](const accounts::SecretStore::Result &result) {
        using Status = accounts::SecretStore::Status;
        if (result.status != Status::Ok && result.status != Status::NotFound) {
            QCoreApplication::exit(failWith(ExTempFail,
                                            tr("The account was kept: its password could not be removed "
                                               "from the system keychain: %1")
                                                .arg(result.message)));
            return;
        }
        store->remove(account->id);
        QString error;
        if (!store->save(&error)) {
            QCoreApplication::exit(failWith(ExIoErr, error));
            return;
        }
        QTextStream(stdout) << tr("Removed %1").arg(account->address) << Qt::endl;
        QCoreApplication::exit(ExOk);
    });
    return std::nullopt;
}

} // namespace remitente::cli
