#include "SmtpCommand.h"

#include "ComposeOptions.h"
#include "ExitCode.h"

#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"
#include "mime/AddressParser.h"
#include "mime/MessageWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QTemporaryFile>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

using namespace std::chrono_literals;

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return ExUsage;
}

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

// Copies standard input to a temporary file, so even a large message is never held in memory.
std::unique_ptr<QTemporaryFile> spoolStdin(QString &error)
{
    QFile in;
    auto spool = std::make_unique<QTemporaryFile>();
    if (!in.open(stdin, QIODevice::ReadOnly) || !spool->open()) {
        error = QCoreApplication::translate("remitente::cli::SmtpCommand", "Cannot read the message from standard input.");
        return nullptr;
    }
    while (true) {
        const QByteArray block = in.read(1024 * 1024);
        if (block.isEmpty())
            break;
        spool->write(block);
    }
    spool->flush();
    return spool;
}

} // namespace

SmtpCommand::SmtpCommand(Mode mode, QObject *parent) : QObject(parent), m_mode(mode) {}

SmtpCommand::~SmtpCommand() = default;

QString SmtpCommand::name() const
{
    return m_mode == Mode::Send ? QStringLiteral("send") : QStringLiteral("verify");
}

std::optional<int> SmtpCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        m_mode == Mode::Send
            ? tr("Send RFC 5322 messages (files, or standard input) through an SMTP submission server.")
            : tr("Check a server step by step (connect, secure, sign in, sender, recipients) without sending."));
    const QCommandLineOption host(QStringLiteral("host"), tr("Server name."), tr("host"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port (default 465 for tls, 587 for starttls)."),
                                  tr("port"));
    const QCommandLineOption security(QStringLiteral("security"),
                                      tr("tls (implicit TLS), starttls (required), or none (this computer only)."),
                                      QStringLiteral("tls|starttls|none"), QStringLiteral("tls"));
    const QCommandLineOption user(QStringLiteral("user"), tr("User name for sign-in."), tr("user"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password from the first line of standard input "
                                              "(otherwise from REMITENTE_PASSWORD)."));
    // Accepted only to explain why a password on the command line is refused.
    QCommandLineOption password(QStringLiteral("password"), tr("Refused: see --password-stdin."), QStringLiteral("x"));
    password.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption from(QStringLiteral("from"), tr("Envelope sender address."), tr("address"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Recipient address (repeat for more)."), tr("address"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("Also trust the certificate authorities in this PEM file."), tr("file"));
    const QCommandLineOption pin(QStringLiteral("pin-sha256"),
                                 tr("Trust this one server certificate (SHA-256 fingerprint) even if the system "
                                    "does not."),
                                 tr("fingerprint"));
    const QCommandLineOption clientName(QStringLiteral("client-name"), tr("Name to give in EHLO."), tr("name"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Seconds to connect and secure (default 30)."),
                                     tr("seconds"));
    const QCommandLineOption commandTimeout(QStringLiteral("command-timeout"),
                                            tr("Seconds to wait for each reply (default: RFC 5321's, 2 to 10 "
                                               "minutes)."),
                                            tr("seconds"));
    const QCommandLineOption transcript(QStringLiteral("transcript"),
                                        tr("Show the conversation with the server (passwords hidden)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document for programs."));
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("Use a saved account (id or address): its server, security, user name and the "
                                        "password in the system keychain."),
                                     tr("account"));
    parser.addOptions({account, host, port, security, user, passwordStdin, from, to, caFile, pin, clientName, timeout,
                       commandTimeout, transcript, json, password});
    const ComposeOptions compose;
    if (m_mode == Mode::Send)
        compose.addTo(parser);
    parser.addHelpOption();
    if (m_mode == Mode::Send)
        parser.addPositionalArgument(tr("message"), tr("Message files; standard input when none."),
                                     tr("[message...]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExOk;
    }
    if (parser.isSet(password))
        return usageError(tr("Passwords are never taken on the command line, where other programs can see them. "
                             "Use --password-stdin or the REMITENTE_PASSWORD environment variable."));
    std::optional<accounts::Account> saved;
    if (parser.isSet(account)) {
        accounts::AccountStore store;
        if (const auto loaded = store.load(); !loaded.ok)
            QTextStream(stderr) << loaded.error << Qt::endl;
        saved = store.find(parser.value(account));
        if (!saved)
            return usageError(tr("No saved account \"%1\". See: remitente-cli account list").arg(parser.value(account)));
    }
    if (!parser.isSet(host) && !saved)
        return usageError(tr("--host (or --account) is required."));

    smtp::SessionOptions options;
    options.host = saved ? saved->host : QString();
    if (parser.isSet(host))
        options.host = parser.value(host);
    const std::optional<smtp::Security> chosen =
        parser.isSet(security) || !saved ? smtp::securityFromName(parser.value(security)) : saved->security;
    if (!chosen)
        return usageError(tr("--security must be tls, starttls or none."));
    options.security = *chosen;
    options.port = smtp::defaultPort(options.security);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return usageError(tr("--port must be a number from 1 to 65535."));
        options.port = quint16(value);
    } else if (saved && !parser.isSet(security)) {
        options.port = saved->port;
    }
    if (saved)
        options.pinnedSha256 = saved->pinnedSha256;
    if (parser.isSet(caFile)) {
        options.extraCaCertificates = QSslCertificate::fromPath(parser.value(caFile), QSsl::Pem);
        if (options.extraCaCertificates.isEmpty())
            return usageError(tr("No certificate could be read from %1.").arg(parser.value(caFile)));
    }
    if (parser.isSet(pin)) {
        options.pinnedSha256 = smtp::parseSha256Fingerprint(parser.value(pin));
        if (options.pinnedSha256.isEmpty())
            return usageError(tr("--pin-sha256 needs a SHA-256 fingerprint (64 hex digits, colons allowed)."));
    }
    options.clientName = parser.value(clientName);
    for (const auto &[option, target] : {std::pair{&timeout, &options.timeouts.connect},
                                         std::pair{&commandTimeout, &options.timeouts.command}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const double secondsValue = parser.value(*option).toDouble(&ok);
        if (!ok || secondsValue <= 0)
            return usageError(tr("--%1 must be a positive number of seconds.").arg(option->names().first()));
        *target = std::chrono::milliseconds(qint64(secondsValue * 1000));
    }
    if (parser.isSet(commandTimeout)) {
        options.timeouts.dataInit = options.timeouts.command;
        options.timeouts.dataBlock = options.timeouts.command;
        options.timeouts.dataEnd = options.timeouts.command * 2;
    }

    smtp::Credentials credentials;
    bool secretFromKeychain = false;
    if (saved && !parser.isSet(user) && saved->signIn != accounts::SignInKind::None) {
        credentials.username = saved->username;
        secretFromKeychain = !parser.isSet(passwordStdin)
                             && QProcessEnvironment::systemEnvironment().value(QStringLiteral("REMITENTE_PASSWORD")).isEmpty();
    }
    if (parser.isSet(user) || (!credentials.username.isEmpty() && !secretFromKeychain)) {
        if (parser.isSet(user))
            credentials.username = parser.value(user);
        const QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(QStringLiteral("REMITENTE_PASSWORD"));
        if (parser.isSet(passwordStdin)) {
            const std::optional<QString> secret = readPasswordFromStdin();
            if (!secret || secret->isEmpty())
                return usageError(tr("--password-stdin was given, but standard input had no password."));
            credentials.secret = *secret;
        } else if (!fromEnvironment.isEmpty()) {
            credentials.secret = fromEnvironment;
        } else {
            return usageError(tr("--user needs a password: give it on standard input with --password-stdin, or in "
                                 "the REMITENTE_PASSWORD environment variable."));
        }
    }

    QString sender = parser.value(from);
    if (saved && !parser.isSet(from))
        sender = saved->displayName.isEmpty() ? saved->address
                                              : saved->displayName + QStringLiteral(" <") + saved->address + u'>';
    // The envelope takes bare addresses; "Name <address>" as typed is fine too.
    auto bare = [](const QString &typed) {
        const mime::AddressList list = mime::parseMailbox(typed);
        return list.isValid() ? list.mailboxes.first().address : typed;
    };
    smtp::Envelope envelope{bare(sender), {}};
    for (const QString &recipient : parser.values(to))
        envelope.recipients << bare(recipient);
    QList<std::shared_ptr<smtp::MessageSource>> messages;
    QStringList messageNames;
    if (m_mode == Mode::Send && compose.isSet(parser)) {
        if (!parser.positionalArguments().isEmpty())
            return usageError(tr("Give either message files or the parts of a message (--subject, --body, ...), "
                                 "not both."));
        QString error;
        const std::optional<mime::Message> message = compose.build(parser, sender, to, &error);
        if (!message)
            return usageError(error);
        std::shared_ptr<mime::MessageWriter> writer = mime::MessageWriter::create(*message, &error);
        if (!writer) {
            QTextStream(stderr) << error << Qt::endl;
            return ExDataErr;
        }
        envelope = {message->from.address, message->envelopeRecipients()};
        messages.append(writer);
        messageNames << QString();
    } else if (m_mode == Mode::Send) {
        if (envelope.from.isEmpty() || envelope.recipients.isEmpty())
            return usageError(tr("send needs --from and at least one --to."));
        QStringList files = parser.positionalArguments();
        if (files.isEmpty()) {
            if (parser.isSet(passwordStdin))
                return usageError(tr("With --password-stdin the message must come from a file argument."));
            QString error;
            m_stdinSpool = spoolStdin(error);
            if (!m_stdinSpool)
                return usageError(error);
            files << m_stdinSpool->fileName();
        }
        const bool fromStdin = m_stdinSpool != nullptr;
        for (const QString &file : std::as_const(files)) {
            auto source = std::make_shared<smtp::FileMessageSource>(file);
            if (!source->open()) {
                QTextStream(stderr) << source->errorString() << Qt::endl;
                return ExNoInput;
            }
            if (source->longestLine() > smtp::DataEncoder::MaxLineLength) {
                QTextStream(stderr) << tr("%1 has a line of %2 characters; mail servers accept at most %3. "
                                          "Nothing was sent.")
                                           .arg(fromStdin ? tr("The message") : file)
                                           .arg(source->longestLine())
                                           .arg(smtp::DataEncoder::MaxLineLength)
                                    << Qt::endl;
                return ExDataErr;
            }
            messages.append(source);
            messageNames << (fromStdin ? QStringLiteral("-") : file);
        }
    } else if (envelope.recipients.isEmpty() != envelope.from.isEmpty()) {
        return usageError(tr("verify checks sender and recipients together: give both --from and --to, or "
                             "neither."));
    }

    m_plan = {options, credentials, envelope, messages, messageNames, parser.isSet(json), parser.isSet(transcript),
              saved ? saved->id : QString()};
    if (!secretFromKeychain) {
        launch();
        return std::nullopt;
    }
    // The password is in the system keychain: ask for it first (it answers through the event loop).
    m_secrets = std::make_unique<accounts::KeychainSecretStore>();
    m_secrets->read(saved->id, [this](const accounts::SecretStore::Result &result) {
        if (result.status != accounts::SecretStore::Status::Ok) {
            QTextStream(stderr) << tr("The password for this account could not be read from the system keychain: %1")
                                       .arg(result.message)
                                << Qt::endl;
            QCoreApplication::exit(result.status == accounts::SecretStore::Status::NotFound ? ExNoPerm : ExTempFail);
            return;
        }
        m_plan.credentials.secret = result.secret;
        launch();
    });
    return std::nullopt;
}

void SmtpCommand::launch()
{
    const Plan &plan = m_plan;
    m_session = std::make_unique<smtp::SmtpSession>(plan.options);
    m_session->setCredentials(plan.credentials);
    m_report = std::make_unique<SessionReport>(*m_session, plan.json, plan.transcript);
    m_report->setMessageNames(plan.messageNames);
    connect(m_session.get(), &smtp::SmtpSession::finished, this, [this] {
        const int code = m_report->finish(name(), m_plan.options.host, m_plan.options.port, m_plan.options.security);
        if (code == ExOk && !m_plan.accountId.isEmpty())
            recordVerified(m_plan.accountId);
        QCoreApplication::exit(code);
    });
    m_session->open();
    for (const auto &message : plan.messages)
        m_session->send(plan.envelope, message);
    if (m_mode == Mode::Verify && !plan.envelope.recipients.isEmpty())
        m_session->verify(plan.envelope);
    m_session->quit();
}

void SmtpCommand::recordVerified(const QString &accountId)
{
    accounts::AccountStore store;
    if (!store.load().ok)
        return;
    std::optional<accounts::Account> account = store.find(accountId);
    if (!account)
        return;
    account->verifiedAt = QDateTime::currentDateTimeUtc();
    store.upsert(*account);
    QString error;
    if (!store.save(&error))
        QTextStream(stderr) << error << Qt::endl;
}

} // namespace remitente::cli
