#pragma once

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

} // namespace remitente::cli
