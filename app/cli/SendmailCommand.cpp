#include "SendmailCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SendingWarningsOutput.h"
#include "SavedAccounts.h"

#include "outbox/SendingWarningsFor.h"
#include "relay/Submission.h"
#include "text/TerminalText.h"

#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

namespace {
// The largest message read from standard input when the account's server has not told its own limit.
constexpr qint64 DefaultMaxBytes = 50 * 1000 * 1000;

struct Input {
    QByteArray message;
    bool tooLarge = false;
    bool failed = false;
};

// Standard input up to maxBytes (one more tells it is too large); without -i a line holding only "." ends it.
Input readMessage(bool dotEndsInput, qint64 maxBytes)
{
    Input input;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        input.failed = true;
        return input;
    }
    while (true) {
        const QByteArray line = in.readLine(64 * 1024);
        if (line.isEmpty())
            break;
        if (dotEndsInput && (line == ".\n" || line == ".\r\n" || line == "."))
            break;
        input.message += line;
        if (input.message.size() > maxBytes) {
            input.tooLarge = true;
            break;
        }
    }
    return input;
}

int exitCodeFor(relay::SubmissionRefusal::Kind kind)
{
    switch (kind) {
    case relay::SubmissionRefusal::Kind::ForeignFrom:
        return ExNoPerm;
    case relay::SubmissionRefusal::Kind::NoRecipients:
        return ExUsage;
    case relay::SubmissionRefusal::Kind::TooLarge:
    case relay::SubmissionRefusal::Kind::Unreadable:
        break;
    }
    return ExDataErr;
}

// Sends what is due in the background, unless another process already sends from this outbox (that one looks
// again for new messages before it stops, so nothing waits).
void startBackgroundSender()
{
    // Its output goes nowhere: a caller that reads ours until it closes (PHP, git) must not wait for it.
    QProcess sender;
    sender.setProgram(QCoreApplication::applicationFilePath());
    sender.setArguments({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--background")});
    sender.setStandardInputFile(QProcess::nullDevice());
    sender.setStandardOutputFile(QProcess::nullDevice());
    sender.setStandardErrorFile(QProcess::nullDevice());
    sender.startDetached();
}
} // namespace

QString SendmailCommand::summary() const
{
    return tr("sendmail for other programs: the message on standard input goes out through your account");
}

void SendmailCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Usage: remitente-sendmail [options] [recipient ...] < message\n"
           "sendmail for programs that call it (PHP's mail(), cron, git send-email, mutt): the message on standard "
           "input goes into the outbox and out through the default account (or --account), with its sign-in and "
           "retries.\n"
           "  -t               also send to the To, Cc and Bcc of the message\n"
           "  -i, -oi          a line with a single dot does not end the message\n"
           "  -f ADDRESS       accepted; the sender is always the message's From (the account's address or one of "
           "its aliases)\n"
           "  -F NAME          the sender's name, for a message without From\n"
           "  --account A      send from this account (id or address)\n"
           "  --wait           wait until the message is sent; the exit code says how it went\n"
           "Other sendmail options are accepted and ignored, as Postfix's sendmail does."));
}

std::optional<int> SendmailCommand::execute(const QStringList &arguments)
{
    const std::variant<relay::SendmailArguments, QString> parsed = relay::parseSendmailArguments(arguments.mid(1));
    if (const auto *error = std::get_if<QString>(&parsed))
        return usageError(*error);
    const relay::SendmailArguments &options = std::get<relay::SendmailArguments>(parsed);
    if (options.help) {
        QTextStream(stdout) << help();
        return ExOk;
    }
    if (options.version) {
        QTextStream(stdout) << "remitente-sendmail " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExOk;
    }
    return queue(options);
}

std::optional<int> SendmailCommand::run(const QCommandLineParser &)
{
    return ExSoftware; // execute() parses sendmail's options itself
}

std::optional<int> SendmailCommand::queue(const relay::SendmailArguments &options)
{
    m_outbox = std::make_unique<OutboxRun>();
    if (const std::optional<int> failed = m_outbox->open())
        return failed;
    const accounts::AccountStore &accounts = m_outbox->accounts();
    const std::optional<accounts::Account> account
        = options.account.isEmpty() ? accounts.defaultAccount() : accounts.find(options.account);
    if (!account && !options.account.isEmpty())
        return noSavedAccount(options.account, accounts);
    if (!account)
        return failWith(ExConfig,
                        tr("No account is set up in Remitente yet: open Remitente and add one (or use "
                           "remitente-cli account add)."));
    const qint64 serverLimit = m_outbox->store().serverSizeLimit(account->id).value_or(account->serverSizeLimit);
    const qint64 maxBytes = serverLimit > 0 ? serverLimit : DefaultMaxBytes;
    const Input input = readMessage(options.dotEndsInput, maxBytes);
    if (input.failed)
        return failWith(ExNoInput, tr("The message could not be read from standard input."));
    if (input.tooLarge)
        return failWith(ExDataErr,
                        tr("The message is larger than the account's server takes (%1 MB): make the "
                           "attachments smaller or send a link.")
                            .arg(QString::number(double(maxBytes) / 1e6, 'f', 1)));
    relay::SubmissionRules rules;
    rules.accountAddress = account->address;
    rules.displayName = options.fullName.isEmpty() ? account->displayName : options.fullName;
    rules.aliases = account->aliases;
    rules.rewriteForeignFrom = account->rewriteForeignFrom;
    rules.maxBytes = maxBytes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::variant<relay::Submission, relay::SubmissionRefusal> prepared
        = relay::prepareSubmission(input.message, options.recipients, options.recipientsFromHeaders, rules, now);
    if (const auto *refusal = std::get_if<relay::SubmissionRefusal>(&prepared))
        return failWith(exitCodeFor(refusal->kind), refusal->message);
    const relay::Submission &submission = std::get<relay::Submission>(prepared);
    QString error;
    const std::optional<qint64> id
        = m_outbox->store().enqueueRaw(account->id, submission.summary, submission.message, now, &error);
    if (!id) // nothing was stored: the caller still has the message and may try again
        return failWith(ExTempFail, error);
    // Queued all the same: the warnings only say what would get it junked.
    printSendingWarnings(outbox::sendingWarningsFor(*account, m_outbox->foundation().catalogue(), &m_outbox->store(),
                                                    submission.asWritten(), now));
    if (!options.wait) {
        startBackgroundSender();
        return ExOk;
    }
    m_outbox->run(
        [this, id = *id] {
            const std::optional<outbox::OutboxEntry> entry = m_outbox->store().entry(id);
            if (!entry) {
                QCoreApplication::exit(ExSoftware);
                return;
            }
            if (entry->state != outbox::MessageState::Sent || !entry->refused.isEmpty())
                OutboxRun::print({*entry}, false);
            const bool held = entry->state == outbox::MessageState::Queued && m_outbox->needsSignIn(entry->accountId);
            QCoreApplication::exit(held ? ExNoPerm : OutboxRun::exitCodeFor(*entry));
        },
        *id);
    return std::nullopt;
}

} // namespace remitente::cli
