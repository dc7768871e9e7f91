#include "AccountAddCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SavedAccounts.h"

#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"
#include "mime/AddressParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

AccountAddCommand::AccountAddCommand()
    : m_address(QStringLiteral("address"), tr("The email address to send from."), tr("address")),
      m_name(QStringLiteral("name"), tr("Your name, as recipients see it."), tr("name")),
      m_host(QStringLiteral("host"), tr("Outgoing (SMTP) server."), tr("host")),
      m_port(QStringLiteral("port"), tr("Port (default 465 for tls, 587 for starttls)."), tr("port")),
      m_security(QStringLiteral("security"), tr("tls, starttls or none."), QStringLiteral("tls|starttls|none"),
                 QStringLiteral("tls")),
      m_user(QStringLiteral("user"), tr("User name (default: the address)."), tr("user")),
      m_signIn(QStringLiteral("sign-in"), tr("app-password, mailbox-password, api-key or none."), tr("kind"),
               QStringLiteral("app-password")),
      m_passwordStdin(QStringLiteral("password-stdin"),
                      tr("Read the password from standard input (otherwise from REMITENTE_PASSWORD).")),
      m_pin(QStringLiteral("pin-sha256"), tr("Trust this one server certificate."), tr("fingerprint"))
{
}

QString AccountAddCommand::summary() const
{
    return tr("save an account; its password goes to the system keychain");
}

void AccountAddCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Save an account; its password goes to the system keychain."));
    parser.addOptions({m_address, m_name, m_host, m_port, m_security, m_user, m_signIn, m_passwordStdin, m_pin});
}

std::optional<int> AccountAddCommand::run(const QCommandLineParser &parser)
{
    accounts::Account account;
    if (const std::optional<int> wrong = readAccount(parser, account))
        return wrong;
    QString secret = QProcessEnvironment::systemEnvironment().value(QStringLiteral("REMITENTE_PASSWORD"));
    if (parser.isSet(m_passwordStdin)) {
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        secret = QString::fromUtf8(in.readLine()).trimmed();
    }
    if (account.signIn != accounts::SignInKind::None && secret.isEmpty())
        return failWith(ExUsage, tr("The password is missing: give it with --password-stdin or REMITENTE_PASSWORD."));
    return save(account, secret);
}

std::optional<int> AccountAddCommand::readAccount(const QCommandLineParser &parser, accounts::Account &account) const
{
    if (!parser.isSet(m_address) || !parser.isSet(m_host))
        return failWith(ExUsage, tr("account add needs --address and --host."));
    if (const QString problem = mime::checkAddress(parser.value(m_address)); !problem.isEmpty())
        return failWith(ExUsage, tr("--address \"%1\": %2.").arg(parser.value(m_address), problem));
    account.id = accounts::Account::newId();
    account.address = parser.value(m_address);
    account.displayName = parser.value(m_name);
    account.host = parser.value(m_host);
    const std::optional<smtp::Security> chosen = smtp::securityFromName(parser.value(m_security));
    if (!chosen)
        return failWith(ExUsage, tr("--security must be tls, starttls or none."));
    account.security = *chosen;
    account.port = smtp::defaultPort(account.security);
    if (parser.isSet(m_port)) {
        const std::optional<quint16> value = parsePort(parser.value(m_port));
        if (!value)
            return failWith(ExUsage, tr("--port must be a number from 1 to 65535."));
        account.port = *value;
    }
    account.username = parser.isSet(m_user) ? parser.value(m_user) : account.address;
    const std::optional<accounts::SignInKind> kind = accounts::signInKindFromName(parser.value(m_signIn));
    if (!kind || *kind == accounts::SignInKind::OAuth2)
        return failWith(ExUsage, tr("--sign-in must be app-password, mailbox-password, api-key or none."));
    account.signIn = *kind;
    if (parser.isSet(m_pin)) {
        account.pinnedSha256 = smtp::parseSha256Fingerprint(parser.value(m_pin));
        if (account.pinnedSha256.isEmpty())
            return failWith(ExUsage, tr("--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed)."));
    }
    return std::nullopt;
}

std::optional<int> AccountAddCommand::save(const accounts::Account &account, const QString &secret)
{
    auto store = std::make_shared<accounts::AccountStore>();
    store->load();
    if (const std::optional<int> refused = refuseUnlessWritable(*store))
        return refused;
    // The damaged entries stay in the file as they are; saying so is enough.
    warnAboutProblem(*store);
    // Under the account list's lock, applied to the list as it is then: parallel adds all stay.
    auto saveAccount = [store, account](QString *error) {
        store->upsert(account);
        if (!store->save(error))
            return false;
        QTextStream(stdout) << account.id << Qt::endl;
        return true;
    };
    QString error;
    if (account.signIn == accounts::SignInKind::None)
        return saveAccount(&error) ? ExOk : failWith(ExIoErr, error);
    m_secrets = std::make_unique<accounts::KeychainSecretStore>();
    auto written = [this, saveAccount, id = account.id](const accounts::SecretStore::Result &result) {
        if (result.status != accounts::SecretStore::Status::Ok) {
            QCoreApplication::exit(failWith(ExTempFail, tr("The account was not saved: %1").arg(result.message)));
            return;
        }
        QString error;
        if (saveAccount(&error)) {
            QCoreApplication::exit(ExOk);
            return;
        }
        // No password left behind in the keychain for an account that was not saved.
        const int code = failWith(ExIoErr, error);
        m_secrets->remove(id, [code](const accounts::SecretStore::Result &) { QCoreApplication::exit(code); });
    };
    m_secrets->write(account.id, secret, written);
    return std::nullopt;
}

} // namespace remitente::cli
