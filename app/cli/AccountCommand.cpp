#include "AccountCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"

#include "accounts/AccountStore.h"
#include "mime/AddressParser.h"
#include "text/TerminalText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTextStream>

namespace remitente::cli {

int noSavedAccount(const QString &key, const accounts::AccountStore &store)
{
    if (store.problem().isEmpty())
        return usageError(AccountCommand::tr("No saved account \"%1\". See: remitente-cli account list").arg(key));
    return failWith(ExConfig, AccountCommand::tr("No saved account \"%1\" was found, and the account list could not "
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

namespace {
// Before anything else is touched (the keychain above all): a list that cannot be read is never replaced.
std::optional<int> refuseUnlessWritable(const accounts::AccountStore &store)
{
    if (store.canSave())
        return std::nullopt;
    return failWith(ExConfig, AccountCommand::tr("%1 Nothing was changed.").arg(store.problem()));
}

QString describe(const accounts::Account &account)
{
    // From a file anyone could have edited: one line per account, no control character reaches the terminal.
    return QStringLiteral("%1  %2  %3:%4 %5  %6")
        .arg(text::terminalSafe(account.id), text::terminalSafe(account.address), text::terminalSafe(account.host))
        .arg(account.port)
        .arg(smtp::securityName(account.security),
             account.verifiedAt.isValid() ? QCoreApplication::translate("remitente::cli::AccountCommand", "verified %1")
                                                .arg(account.verifiedAt.toString(Qt::ISODate))
                                          : QCoreApplication::translate("remitente::cli::AccountCommand", "not verified"));
}
} // namespace

std::optional<int> AccountCommand::start(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (action == u"add")
        return add(rest);
    if (action == u"remove")
        return remove(rest);
    if (action == u"list")
        return list(rest);
    if (action == u"show")
        return show(rest);
    return failWith(ExUsage, tr("Usage: remitente-cli account add|list|show|remove ..."));
}

std::optional<int> AccountCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Save an account; its password goes to the system keychain."));
    const QCommandLineOption address(QStringLiteral("address"), tr("The email address to send from."), tr("address"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Your name, as recipients see it."), tr("name"));
    const QCommandLineOption host(QStringLiteral("host"), tr("Outgoing (SMTP) server."), tr("host"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port (default 465 for tls, 587 for starttls)."), tr("port"));
    const QCommandLineOption security(QStringLiteral("security"), tr("tls, starttls or none."),
                                      QStringLiteral("tls|starttls|none"), QStringLiteral("tls"));
    const QCommandLineOption user(QStringLiteral("user"), tr("User name (default: the address)."), tr("user"));
    const QCommandLineOption signIn(QStringLiteral("sign-in"),
                                    tr("app-password, mailbox-password, api-key or none."), tr("kind"),
                                    QStringLiteral("app-password"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password from standard input (otherwise from "
                                              "REMITENTE_PASSWORD)."));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"), tr("Trust this one server certificate."),
                                 tr("fingerprint"));
    parser.addOptions({address, name, host, port, security, user, signIn, passwordStdin, pin});
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments))
        return done;
    if (!parser.isSet(address) || !parser.isSet(host))
        return failWith(ExUsage, tr("account add needs --address and --host."));
    if (const QString problem = mime::checkAddress(parser.value(address)); !problem.isEmpty())
        return failWith(ExUsage, tr("--address \"%1\": %2.").arg(parser.value(address), problem));

    accounts::Account account;
    account.id = accounts::Account::newId();
    account.address = parser.value(address);
    account.displayName = parser.value(name);
    account.host = parser.value(host);
    const std::optional<smtp::Security> chosen = smtp::securityFromName(parser.value(security));
    if (!chosen)
        return failWith(ExUsage, tr("--security must be tls, starttls or none."));
    account.security = *chosen;
    account.port = smtp::defaultPort(account.security);
    if (parser.isSet(port)) {
        const std::optional<quint16> value = parsePort(parser.value(port));
        if (!value)
            return failWith(ExUsage, tr("--port must be a number from 1 to 65535."));
        account.port = *value;
    }
    account.username = parser.isSet(user) ? parser.value(user) : account.address;
    const std::optional<accounts::SignInKind> kind = accounts::signInKindFromName(parser.value(signIn));
    if (!kind || *kind == accounts::SignInKind::OAuth2)
        return failWith(ExUsage, tr("--sign-in must be app-password, mailbox-password, api-key or none."));
    account.signIn = *kind;
    if (parser.isSet(pin)) {
        account.pinnedSha256 = smtp::parseSha256Fingerprint(parser.value(pin));
        if (account.pinnedSha256.isEmpty())
            return failWith(ExUsage, tr("--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed)."));
    }

    QString secret = QProcessEnvironment::systemEnvironment().value(QStringLiteral("REMITENTE_PASSWORD"));
    if (parser.isSet(passwordStdin)) {
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        secret = QString::fromUtf8(in.readLine()).trimmed();
    }
    if (account.signIn != accounts::SignInKind::None && secret.isEmpty())
        return failWith(ExUsage, tr("The password is missing: give it with --password-stdin or REMITENTE_PASSWORD."));

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

std::optional<int> AccountCommand::remove(const QStringList &arguments)
{
    const QString key = arguments.value(1);
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
        if (result.status != accounts::SecretStore::Status::Ok && result.status != accounts::SecretStore::Status::NotFound) {
            QCoreApplication::exit(failWith(ExTempFail, tr("The account was kept: its password could not be removed from "
                                                       "the system keychain: %1").arg(result.message)));
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

int AccountCommand::list(const QStringList &arguments)
{
    accounts::AccountStore store;
    store.load();
    // The accounts that could be read are listed; what could not is said on standard error, and the exit code
    // (EX_CONFIG) tells a script that the list is not complete.
    if (arguments.contains(QStringLiteral("--json"))) {
        QJsonArray all;
        for (const accounts::Account &account : store.accounts())
            all.append(account.toJson());
        QTextStream(stdout) << QJsonDocument(all).toJson(QJsonDocument::Indented);
    } else {
        for (const accounts::Account &account : store.accounts())
            QTextStream(stdout) << describe(account) << Qt::endl;
    }
    return warnAboutProblem(store) ? ExConfig : ExOk;
}

int AccountCommand::show(const QStringList &arguments)
{
    accounts::AccountStore store;
    store.load();
    const std::optional<accounts::Account> account = store.find(arguments.value(1));
    if (!account)
        return noSavedAccount(arguments.value(1), store);
    QTextStream(stdout) << QJsonDocument(account->toJson()).toJson(QJsonDocument::Indented);
    return ExOk;
}

} // namespace remitente::cli
