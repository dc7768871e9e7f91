#include "SavedAccounts.h"

#include "CommandLine.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::SavedAccounts)
};
} // namespace

std::variant<QString, int> savedAccountId(const QString &key)
{
    accounts::AccountStore accounts;
    accounts.load();
    const std::optional<accounts::Account> account = accounts.find(key);
    if (!account)
        return noSavedAccount(key, accounts);
    return account->id;
}

int noSavedAccount(const QString &key, const accounts::AccountStore &store)
{
    if (store.problem().isEmpty())
        return usageError(Text::tr("No saved account \"%1\". See: remitente-cli account list").arg(key));
    return failWith(ExConfig,
                    Text::tr("No saved account \"%1\" was found, and the account list could not "
                             "all be read: %2")
                        .arg(key, store.problem()));
}

bool warnAboutProblem(const accounts::AccountStore &store)
{
    if (store.problem().isEmpty())
        return false;
    QTextStream(stderr) << store.problem() << Qt::endl;
    return true;
}

std::optional<int> refuseUnlessWritable(const accounts::AccountStore &store)
{
    if (store.canSave())
        return std::nullopt;
    return failWith(ExConfig, Text::tr("%1 Nothing was changed.").arg(store.problem()));
}

} // namespace remitente::cli
