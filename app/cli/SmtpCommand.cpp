#include "SmtpCommand.h"

#include "CommandLine.h"
#include "ComposeOptions.h"
#include "ConnectionOptions.h"
#include "ExitCode.h"

#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"
#include "mime/AddressParser.h"
#include "mime/MessageWriter.h"
#include "system/PrivateFiles.h"
#include "system/SecretWipe.h"
#include "system/SignalCleanup.h"
#include "text/TerminalText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

namespace {

// Copies standard input to a private file (0600, in the app's 0700 data folder, never in /tmp where it would
// outlive an interruption), so even a large message is never held in memory. Ctrl-C or SIGTERM while it exists
// removes it.
std::unique_ptr<QTemporaryFile> spoolStdin(QString &error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/spool");
    if (!system::makePrivateFolder(folder)) {
        error = SmtpCommand::tr("Cannot create the private folder \"%1\" for the message read from standard input.")
                    .arg(folder);
        return nullptr;
    }
    QFile in;
    auto spool = std::make_unique<QTemporaryFile>(folder + QStringLiteral("/stdin-XXXXXX.eml"));
    if (!in.open(stdin, QIODevice::ReadOnly) || !spool->open()) {
        error = SmtpCommand::tr("Cannot read the message from standard input.");
        return nullptr;
    }
    system::makePrivateFile(spool->fileName());
    system::removeOnSignal(spool->fileName());
    bool written = true;
    while (written) {
        const QByteArray block = in.read(1024 * 1024);
        if (block.isEmpty())
            break;
        written = spool->write(block) == block.size();
    }
    if (!written || !spool->flush()) {
        error = SmtpCommand::tr("Cannot keep a copy of the message read from standard input: %1")
                    .arg(spool->errorString());
        const QString name = spool->fileName();
        spool.reset();
        system::forgetOnSignal(name);
        return nullptr;
    }
    return spool;
}

} // namespace

SmtpCommand::SmtpCommand(Mode mode, QObject *parent) : QObject(parent), m_mode(mode) {}

SmtpCommand::~SmtpCommand()
{
    if (m_stdinSpool) {
        const QString name = m_stdinSpool->fileName();
        m_stdinSpool.reset(); // removes the file
        system::forgetOnSignal(name);
    }
}

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
    const QCommandLineOption from(QStringLiteral("from"), tr("Envelope sender address."), tr("address"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Recipient address (repeat for more)."), tr("address"));
    const QCommandLineOption transcript(QStringLiteral("transcript"),
                                        tr("Show the conversation with the server (passwords hidden)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document for programs."));
    parser.addOptions({from, to, transcript, json});
    const ConnectionOptions connectionOptions;
    connectionOptions.addTo(parser);
    const ComposeOptions compose;
    const QCommandLineOption queue(
        QStringLiteral("queue"),
        tr("Keep the message in the outbox (the app's) and send it from there: if it cannot "
           "go now, it stays queued and is retried. Needs --account and the message parts."));
    const QCommandLineOption later(QStringLiteral("later"),
                                   tr("With --queue: only store it; \"remitente-cli queue run\" or the app sends it."));
    if (m_mode == Mode::Send) {
        compose.addTo(parser);
        parser.addOptions({queue, later});
    }
    parser.addHelpOption();
    if (m_mode == Mode::Send)
        parser.addPositionalArgument(tr("message"), tr("Message files; standard input when none."),
                                     tr("[message...]"));

    if (const std::optional<int> done = parseArguments(parser, arguments))
        return done;
    Connection connection;
    if (const std::optional<int> wrong = connectionOptions.read(parser, connection))
        return wrong;
    const std::optional<accounts::Account> &saved = connection.account;

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
        int exitCode = ExUsage;
        const std::optional<mime::Message> message = compose.build(parser, sender, to, &error, &exitCode);
        if (!message)
            return failWith(exitCode, error);
        if (parser.isSet(queue)) {
            if (!saved)
                return usageError(tr("send --queue needs a saved account (--account)."));
            return sendThroughOutbox(saved->id, *message, connection.options.extraCaCertificates, parser.isSet(json),
                                     parser.isSet(later));
        }
        std::shared_ptr<mime::MessageWriter> writer = mime::MessageWriter::create(*message, &error);
        if (!writer) {
            QTextStream(stderr) << error << Qt::endl;
            return ExDataErr;
        }
        envelope = {message->from.address, message->envelopeRecipients()};
        messages.append(writer);
        messageNames << QString();
    } else if (m_mode == Mode::Send && parser.isSet(queue)) {
        return usageError(
            tr("send --queue builds the message from its parts (--subject, --body, ...), not from files."));
    } else if (m_mode == Mode::Send) {
        if (envelope.from.isEmpty() || envelope.recipients.isEmpty())
            return usageError(tr("send needs --from and at least one --to."));
        QStringList files = parser.positionalArguments();
        if (files.isEmpty()) {
            if (parser.isSet(QStringLiteral("password-stdin")))
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
                QTextStream(stderr) << text::terminalSafe(source->errorString()) << Qt::endl;
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

    m_plan = {connection.options, connection.credentials, envelope, messages, messageNames, parser.isSet(json),
              parser.isSet(transcript), saved ? saved->id : QString(), saved ? saved->providerId : QString()};
    if (!connection.secretFromKeychain) {
        launch();
        return std::nullopt;
    }
    // The password is in the system keychain: ask for it first (it answers through the event loop).
    m_secrets = std::make_unique<accounts::KeychainSecretStore>();
    m_secrets->read(saved->id, [this](const accounts::SecretStore::Result &result) {
        if (result.status != accounts::SecretStore::Status::Ok) {
            QTextStream(stderr) << tr("The password for this account could not be read from the system keychain: %1")
                                       .arg(text::terminalSafe(result.message))
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
    // Handed over: the session holds the one copy and wipes it once signed in.
    system::wipeSecret(m_plan.credentials.secret);
    m_report = std::make_unique<SessionReport>(*m_session, plan.json, plan.transcript, plan.providerId);
    m_report->setMessageNames(plan.messageNames);
    connect(m_session.get(), &smtp::SmtpSession::finished, this, [this] {
        const int code = m_report->finish(name());
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

std::optional<int> SmtpCommand::sendThroughOutbox(const QString &accountId, const mime::Message &message,
                                                 const QList<QSslCertificate> &extraCa, bool json, bool later)
{
    m_outbox = std::make_unique<OutboxRun>();
    if (const std::optional<int> failed = m_outbox->open(extraCa))
        return failed;
    QString error;
    const std::optional<qint64> id
        = m_outbox->store().enqueue(accountId, message, QDateTime::currentDateTimeUtc(), &error);
    if (!id)
        return failWith(ExIoErr, error);
    if (!json || later)
        QTextStream(stdout) << *id << QStringLiteral(" queued") << Qt::endl;
    if (later)
        return ExOk;
    m_outbox->run([this, id = *id, json] {
        const std::optional<outbox::OutboxEntry> entry = m_outbox->store().entry(id);
        if (!entry) {
            QCoreApplication::exit(ExSoftware);
            return;
        }
        OutboxRun::print({*entry}, json);
        QCoreApplication::exit(OutboxRun::exitCodeFor(*entry));
    }, *id);
    return std::nullopt;
}

void SmtpCommand::recordVerified(const QString &accountId)
{
    accounts::AccountStore store;
    store.load(); // damaged entries elsewhere in the list are kept as they are by save()
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
