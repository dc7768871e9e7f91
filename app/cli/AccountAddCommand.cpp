#include "AccountAddCommand.h"

#include "AccountLoginCommand.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "SavedAccounts.h"

#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"
#include "mime/AddressParser.h"
#include "mime/Mailbox.h"
#include "providers/ImapSuggestion.h"
#include "providers/ProviderCatalogue.h"
#include "text/TerminalText.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

AccountAddCommand::AccountAddCommand()
    : m_address(QStringLiteral("address"), tr("The email address to send from."), tr("address")),
      m_name(QStringLiteral("name"), tr("Your name, as recipients see it."), tr("name")),
      m_provider(QStringLiteral("provider"),
                 tr("The provider's id in the catalogue (gmail, outlook, microsoft365...; see detect): its server "
                    "and sign-in are the defaults."),
                 tr("id")),
      m_tenant(QStringLiteral("tenant"), tr("Microsoft 365: your organisation's tenant id or domain."), tr("tenant")),
      m_host(QStringLiteral("host"), tr("Outgoing (SMTP) server."), tr("host")),
      m_port(QStringLiteral("port"), tr("Port (default 465 for tls, 587 for starttls)."), tr("port")),
      m_security(QStringLiteral("security"), tr("tls, starttls or none."), QStringLiteral("tls|starttls|none"),
                 QStringLiteral("tls")),
      m_user(QStringLiteral("user"), tr("User name (default: the address)."), tr("user")),
      m_signIn(QStringLiteral("sign-in"),
               tr("app-password, mailbox-password, api-key, oauth2 (Sign in with Microsoft/Google) or none."),
               tr("kind"), QStringLiteral("app-password")),
      m_passwordStdin(QStringLiteral("password-stdin"),
                      tr("Read the password from standard input (otherwise from REMITENTE_PASSWORD).")),
      m_pin(QStringLiteral("pin-sha256"), tr("Trust this one server certificate."), tr("fingerprint"))
{
}

QString AccountAddCommand::summary() const
{
    return tr("save an account; its password (or sign-in) goes to the system keychain");
}

void AccountAddCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Save an account; its password goes to the system keychain. With "
                                        "--sign-in oauth2 it then signs in as account login does."));
    parser.addOptions({m_address, m_name, m_provider, m_tenant, m_host, m_port, m_security, m_user, m_signIn,
                       m_passwordStdin, m_pin});
    m_imap.addTo(parser);
    parser.addOptions(AccountLoginCommand::options());
}

std::optional<int> AccountAddCommand::run(const QCommandLineParser &parser)
{
    accounts::Account account;
    if (const std::optional<int> wrong = readAccount(parser, account))
        return wrong;
    if (account.signIn == accounts::SignInKind::OAuth2)
        return saveAndSignIn(account, parser);
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
    if (!parser.isSet(m_address) || (!parser.isSet(m_host) && !parser.isSet(m_provider)))
        return failWith(ExUsage, tr("account add needs --address and --host (or --provider)."));
    if (const QString problem = mime::checkAddress(parser.value(m_address)); !problem.isEmpty())
        return failWith(ExUsage, tr("--address \"%1\": %2.").arg(parser.value(m_address), problem));
    account.id = accounts::Account::newId();
    account.address = parser.value(m_address);
    account.displayName = parser.value(m_name);
    account.tenant = parser.value(m_tenant);
    const std::optional<providers::ProviderCatalogue> catalogue = providers::ProviderCatalogue::load();
    const providers::Provider *provider = nullptr;
    if (parser.isSet(m_provider)) {
        provider = catalogue ? catalogue->byId(parser.value(m_provider)) : nullptr;
        if (!provider)
            return failWith(ExUsage,
                            tr("--provider \"%1\" is not in the catalogue; remitente-cli detect ADDRESS "
                               "shows the right one.")
                                .arg(text::terminalSafe(parser.value(m_provider))));
        account.providerId = provider->id;
    }
    const providers::ServerSetting server = provider ? provider->servers.first() : providers::ServerSetting{};
    account.host = parser.isSet(m_host)
        ? parser.value(m_host)
        : QString(server.host).replace(QStringLiteral("%DOMAIN%"), mime::domainOf(account.address));
    const QString securityName = parser.isSet(m_security) || !provider ? parser.value(m_security) : server.security;
    const std::optional<smtp::Security> chosen = smtp::securityFromName(securityName);
    if (!chosen)
        return failWith(ExUsage, tr("--security must be tls, starttls or none."));
    account.security = *chosen;
    account.port = provider && !parser.isSet(m_security) && !parser.isSet(m_host) ? server.port
                                                                                  : smtp::defaultPort(account.security);
    if (parser.isSet(m_port)) {
        const std::optional<quint16> value = parsePort(parser.value(m_port));
        if (!value)
            return failWith(ExUsage, tr("--port must be a number from 1 to 65535."));
        account.port = *value;
    }
    account.username = parser.isSet(m_user) ? parser.value(m_user) : account.address;
    const std::optional<accounts::SignInKind> kind = accounts::signInKindFromName(parser.value(m_signIn));
    if (!kind)
        return failWith(ExUsage, tr("--sign-in must be app-password, mailbox-password, api-key, oauth2 or none."));
    account.signIn = *kind;
    if (account.signIn == accounts::SignInKind::OAuth2 && (!provider || !provider->oauth2))
        return failWith(ExUsage,
                        tr("--sign-in oauth2 needs --provider with a provider that offers it (outlook, "
                           "microsoft365, gmail, google-workspace, or your organisation's)."));
    if (parser.isSet(m_pin)) {
        account.pinnedSha256 = smtp::parseSha256Fingerprint(parser.value(m_pin));
        if (account.pinnedSha256.isEmpty())
            return failWith(ExUsage, tr("--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed)."));
    }
    // The mailbox: the provider's (by --provider or the address's domain), else beside the SMTP server.
    const imap::ImapServer suggested = providers::suggestedImapServer(
        catalogue ? &*catalogue : nullptr, account.providerId, account.address, account.host);
    if (const std::optional<int> wrong = m_imap.read(parser, suggested, account.imap))
        return wrong;
    return std::nullopt;
}

std::optional<int> AccountAddCommand::saveAndSignIn(const accounts::Account &account, const QCommandLineParser &parser)
{
    SignInChoices choices;
    if (const std::optional<int> wrong = AccountLoginCommand::readChoices(parser, choices))
        return wrong;
    auto store = std::make_shared<accounts::AccountStore>();
    store->load();
    if (const std::optional<int> refused = refuseUnlessWritable(*store))
        return refused;
    warnAboutProblem(*store);
    store->upsert(account);
    QString error;
    if (!store->save(&error))
        return failWith(ExIoErr, error);
    QTextStream(stdout) << account.id << Qt::endl;
    return m_signInRun.start(account, choices);
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
