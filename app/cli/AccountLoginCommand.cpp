#include "AccountLoginCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SavedAccounts.h"

#include "accounts/AccountStore.h"

#include <QSslCertificate>

#include <cmath>

namespace remitente::cli {

AccountLoginCommand::AccountLoginCommand() = default;

QString AccountLoginCommand::summary() const
{
    return tr("sign an account in with its provider (Microsoft, Google) in the browser or with a code");
}

QList<QCommandLineOption> AccountLoginCommand::options()
{
    return {
        {QStringLiteral("no-browser"), tr("Do not open a browser: print the sign-in address to open yourself.")},
        {QStringLiteral("device"), tr("Sign in on another device with a code (where the provider offers it).")},
        {QStringLiteral("login-timeout"), tr("Give up after this many seconds (default 300)."), tr("seconds")},
        {QStringLiteral("ca-file"), tr("Also trust the certificate authorities in this PEM file."), tr("file")},
    };
}

void AccountLoginCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Sign a saved account in with its provider (Sign in with Microsoft or Google). The browser opens the "
           "provider's own page; Remitente keeps the sign-in in the system keychain, never your password."));
    parser.addOptions(options());
    parser.addPositionalArgument(tr("account"), tr("The account's id or address."), QStringLiteral("ID|ADDRESS"));
}

std::optional<int> AccountLoginCommand::readChoices(const QCommandLineParser &parser, SignInChoices &choices)
{
    choices.openBrowser = !parser.isSet(QStringLiteral("no-browser"));
    choices.device = parser.isSet(QStringLiteral("device"));
    if (parser.isSet(QStringLiteral("login-timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("login-timeout")).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 1 || seconds > 3600)
            return failWith(ExUsage, tr("--login-timeout must be a number of seconds from 1 to 3600."));
        choices.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString path = parser.value(QStringLiteral("ca-file"));
        choices.extraCaCertificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (choices.extraCaCertificates.isEmpty())
            return failWith(ExUsage, tr("No certificate could be read from %1.").arg(path));
    }
    return std::nullopt;
}

std::optional<int> AccountLoginCommand::run(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1)
        return failWith(ExUsage, tr("Usage: remitente-cli account login ACCOUNT [--no-browser] [--device]"));
    SignInChoices choices;
    if (const std::optional<int> wrong = readChoices(parser, choices))
        return wrong;
    accounts::AccountStore store;
    store.load();
    const std::optional<accounts::Account> account = store.find(arguments.first());
    if (!account)
        return noSavedAccount(arguments.first(), store);
    return m_run.start(*account, choices);
}

} // namespace remitente::cli
