#pragma once

#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace remitente::cli {

// `remitente-cli account add|list|show|remove`: the saved accounts the app and the CLI share. Passwords go to the
// system keychain, never to the account file.
class AccountCommand : public QObject
{
    Q_OBJECT
public:
    // An exit code when done at once; nullopt while the keychain answers (the app then exits with the code).
    std::optional<int> start(const QStringList &arguments);

private:
    std::optional<int> add(const QStringList &arguments);
    std::optional<int> remove(const QStringList &arguments);
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);

    std::unique_ptr<accounts::SecretStore> m_secrets;
};

// "No saved account KEY": EX_USAGE, or EX_CONFIG with what is wrong with the account list when part of it could not
// be read (the account may be one of the entries left out).
int noSavedAccount(const QString &key, const accounts::AccountStore &store);
// Says on standard error what could not be read from the account list, if anything; true when something could not.
bool warnAboutProblem(const accounts::AccountStore &store);

} // namespace remitente::cli
