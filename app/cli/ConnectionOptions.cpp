#include "ConnectionOptions.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SavedAccounts.h"

#include "accounts/AccountStore.h"
#include "text/TerminalText.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace remitente::cli {

namespace {
std::optional<QString> readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString passwordFromEnvironment()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("REMITENTE_PASSWORD"));
}

constexpr int MaxTimeoutSeconds = 24 * 60 * 60;

// A host name or an address literal: printable ASCII, no space.
bool isPlainClientName(const QString &name)
{
    return !name.isEmpty()
        && std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}
} // namespace

ConnectionOptions::ConnectionOptions()
    : m_account(QStringLiteral("account"),
                tr("Use a saved account (id or address): its server, security, user name and the password in the "
                   "system keychain."),
                tr("account")),
      m_host(QStringLiteral("host"), tr("Server name."), tr("host")),
      m_port(QStringLiteral("port"), tr("Port (default 465 for tls, 587 for starttls)."), tr("port")),
      m_security(QStringLiteral("security"),
                 tr("tls (implicit TLS), starttls (required), or none (this computer only)."),
                 QStringLiteral("tls|starttls|none"), QStringLiteral("tls")),
      m_user(QStringLiteral("user"), tr("User name for sign-in."), tr("user")),
      m_passwordStdin(
          QStringLiteral("password-stdin"),
          tr("Read the password from the first line of standard input (otherwise from REMITENTE_PASSWORD).")),
      m_password(QStringLiteral("password"), tr("Refused: see --password-stdin."), QStringLiteral("x")),
      m_caFile(QStringLiteral("ca-file"), tr("Also trust the certificate authorities in this PEM file."), tr("file")),
      m_pin(QStringLiteral("pin-sha256"),
            tr("Trust this one server certificate (SHA-256 fingerprint) even if the system does not."),
            tr("fingerprint")),
      m_clientName(QStringLiteral("client-name"), tr("Name to give in EHLO."), tr("name")),
      m_timeout(QStringLiteral("timeout"), tr("Seconds to connect and secure (default 30)."), tr("seconds")),
      m_commandTimeout(QStringLiteral("command-timeout"),
                       tr("Seconds to wait for each reply (default: RFC 5321's, 2 to 10 minutes)."), tr("seconds"))
{
    // Accepted only to explain why a password on the command line is refused.
    m_password.setFlags(QCommandLineOption::HiddenFromHelp);
}

void ConnectionOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_account, m_host, m_port, m_security, m_user, m_passwordStdin, m_caFile, m_pin, m_clientName,
                       m_timeout, m_commandTimeout, m_password});
}

std::optional<int> ConnectionOptions::read(const QCommandLineParser &parser, Connection &connection) const
{
    if (parser.isSet(m_password))
        return usageError(tr("Passwords are never taken on the command line, where other programs can see them. "
                             "Use --password-stdin or the REMITENTE_PASSWORD environment variable."));
    std::optional<accounts::Account> &saved = connection.account;
    if (parser.isSet(m_account)) {
        accounts::AccountStore store;
        store.load();
        saved = store.find(parser.value(m_account));
        if (!saved)
            return noSavedAccount(parser.value(m_account), store);
    }
    if (!parser.isSet(m_host) && !saved)
        return usageError(tr("--host (or --account) is required."));

    smtp::SessionOptions &options = connection.options;
    options.host = parser.isSet(m_host) ? parser.value(m_host) : saved->host;
    const std::optional<smtp::Security> chosen
        = parser.isSet(m_security) || !saved ? smtp::securityFromName(parser.value(m_security)) : saved->security;
    if (!chosen)
        return usageError(tr("--security must be tls, starttls or none."));
    options.security = *chosen;
    options.port = smtp::defaultPort(options.security);
    if (parser.isSet(m_port)) {
        const std::optional<quint16> value = parsePort(parser.value(m_port));
        if (!value)
            return usageError(tr("--port must be a number from 1 to 65535."));
        options.port = *value;
    } else if (saved && !parser.isSet(m_security)) {
        options.port = saved->port;
    }
    if (saved)
        options.pinnedSha256 = saved->pinnedSha256;
    if (parser.isSet(m_caFile)) {
        options.extraCaCertificates = QSslCertificate::fromPath(parser.value(m_caFile), QSsl::Pem);
        if (options.extraCaCertificates.isEmpty())
            return usageError(tr("No certificate could be read from %1.").arg(parser.value(m_caFile)));
    }
    if (parser.isSet(m_pin)) {
        options.pinnedSha256 = smtp::parseSha256Fingerprint(parser.value(m_pin));
        if (options.pinnedSha256.isEmpty())
            return usageError(tr("--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed)."));
    }
    options.clientName = parser.value(m_clientName);
    if (parser.isSet(m_clientName) && !isPlainClientName(options.clientName))
        return usageError(tr("--client-name \"%1\" cannot be used: the name given to the server in EHLO must be one "
                             "word with no spaces, line breaks or control characters, such as mail.example.com or "
                             "[192.0.2.1].")
                              .arg(text::terminalSafe(options.clientName)));
    for (const auto &[option, target] :
         {std::pair{&m_timeout, &options.timeouts.connect}, std::pair{&m_commandTimeout, &options.timeouts.command}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const double secondsValue = parser.value(*option).toDouble(&ok);
        // Not inf or nan (which toDouble() accepts), and not so long that milliseconds overflow.
        if (!ok || !std::isfinite(secondsValue) || secondsValue < 0.001 || secondsValue > MaxTimeoutSeconds)
            return usageError(tr("--%1 must be a number of seconds from 0.001 to %2.")
                                  .arg(option->names().first())
                                  .arg(MaxTimeoutSeconds));
        *target = std::chrono::milliseconds(qint64(secondsValue * 1000));
    }
    if (parser.isSet(m_commandTimeout)) {
        options.timeouts.dataInit = options.timeouts.command;
        options.timeouts.dataBlock = options.timeouts.command;
        options.timeouts.dataEnd = options.timeouts.command * 2;
    }

    smtp::Credentials &credentials = connection.credentials;
    if (saved && !parser.isSet(m_user) && saved->signIn != accounts::SignInKind::None) {
        credentials.username = saved->username;
        connection.secretFromKeychain = !parser.isSet(m_passwordStdin) && passwordFromEnvironment().isEmpty();
    }
    if (parser.isSet(m_user) || (!credentials.username.isEmpty() && !connection.secretFromKeychain)) {
        if (parser.isSet(m_user))
            credentials.username = parser.value(m_user);
        if (parser.isSet(m_passwordStdin)) {
            const std::optional<QString> secret = readPasswordFromStdin();
            if (!secret || secret->isEmpty())
                return usageError(tr("--password-stdin was given, but standard input had no password."));
            credentials.secret = *secret;
        } else if (!passwordFromEnvironment().isEmpty()) {
            credentials.secret = passwordFromEnvironment();
        } else {
            return usageError(tr("--user needs a password: give it on standard input with --password-stdin, or in "
                                 "the REMITENTE_PASSWORD environment variable."));
        }
    }
    return std::nullopt;
}

accounts::Account Connection::effectiveAccount() const
{
    accounts::Account effective = account.value_or(accounts::Account{});
    effective.host = options.host;
    effective.port = options.port;
    effective.security = options.security;
    effective.pinnedSha256 = options.pinnedSha256;
    effective.username = credentials.username;
    if (!account)
        effective.signIn = credentials.isEmpty() ? accounts::SignInKind::None : accounts::SignInKind::MailboxPassword;
    return effective;
}

} // namespace remitente::cli
