#pragma once

#include "accounts/Account.h"
#include "smtp/SessionOptions.h"
#include "smtp/sasl/SaslMechanism.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace remitente::cli {

// Where to connect and how to sign in, from the options of `send` and `verify` (or from a saved account).
struct Connection {
    smtp::SessionOptions options;
    smtp::Credentials credentials;
    std::optional<accounts::Account> account; // with --account
    bool secretFromKeychain = false;          // the password is still to be read from the keychain

    // The saved account with the options given over it, or one made of the options alone (never saved).
    accounts::Account effectiveAccount() const;
};

class ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::ConnectionOptions)
public:
    ConnectionOptions();
    void addTo(QCommandLineParser &parser) const;
    // Fills connection; an exit code (after printing why) when the options are wrong.
    std::optional<int> read(const QCommandLineParser &parser, Connection &connection) const;

private:
    QCommandLineOption m_account, m_host, m_port, m_security, m_user, m_passwordStdin, m_password, m_caFile, m_pin,
        m_clientName, m_timeout, m_commandTimeout;
};

} // namespace remitente::cli
