#pragma once

#include "Command.h"
#include "ImapOptions.h"
#include "SignInRun.h"

#include "accounts/Account.h"
#include "accounts/SecretStore.h"

#include <memory>

namespace remitente::cli {

// `remitente-cli account add`: saves an account; its password goes to the system keychain, never to the account
// file.
class AccountAddCommand : public Command
{
    Q_OBJECT
public:
    AccountAddCommand();
    QString name() const override { return QStringLiteral("account add"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    // Fills account from the options; an exit code (EX_USAGE, said) when one is wrong.
    std::optional<int> readAccount(const QCommandLineParser &parser, accounts::Account &account) const;
    // The password into the keychain, then the account into the list; the same return as run().
    std::optional<int> save(const accounts::Account &account, const QString &secret);

    // Saves an account that signs in with its provider, then signs it in as `account login` does.
    std::optional<int> saveAndSignIn(const accounts::Account &account, const QCommandLineParser &parser);

    QCommandLineOption m_address, m_name, m_provider, m_tenant, m_host, m_port, m_security, m_user, m_signIn,
        m_passwordStdin, m_pin;
    ImapOptions m_imap;
    std::unique_ptr<accounts::SecretStore> m_secrets;
    SignInRun m_signInRun;
};

} // namespace remitente::cli
