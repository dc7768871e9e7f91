#include "SendCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SendingWarningsOutput.h"

#include "outbox/SendingWarningsFor.h"

namespace remitente::cli {

SendCommand::SendCommand()
    : m_queue(QStringLiteral("queue"),
              tr("Keep the message in the outbox (the app's) and send it from there: if it cannot "
                 "go now, it stays queued and is retried. Needs --account and the message parts.")),
      m_later(QStringLiteral("later"),
              tr("With --queue: only store it; \"remitente-cli queue run\" or the app sends it."))
{
}

QString SendCommand::summary() const
{
    return tr("send messages through an SMTP server");
}

void SendCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Send RFC 5322 messages (files, or standard input) through an SMTP submission server."));
    m_options.addTo(parser);
    m_compose.addTo(parser);
    parser.addOptions({m_queue, m_later});
    parser.addPositionalArgument(tr("message"), tr("Message files; standard input when none."), tr("[message...]"));
}

std::optional<int> SendCommand::run(const QCommandLineParser &parser)
{
    Connection connection;
    if (const std::optional<int> wrong = m_options.read(parser, connection))
        return wrong;
    const QString sender = m_options.sender(parser, connection.account);
    SmtpPlan plan{.command = name(),
                  .connection = connection,
                  .envelope = m_options.envelope(parser, sender),
                  .messages = {},
                  .json = m_options.json(parser),
                  .transcript = m_options.transcript(parser)};
    if (m_compose.isSet(parser))
        return sendComposed(parser, connection, sender, std::move(plan));
    if (parser.isSet(m_queue))
        return usageError(
            tr("send --queue builds the message from its parts (--subject, --body, ...), not from files."));
    return sendFiles(parser, connection, std::move(plan));
}

std::optional<int> SendCommand::sendComposed(const QCommandLineParser &parser, const Connection &connection,
                                             const QString &sender, SmtpPlan plan)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Give either message files or the parts of a message (--subject, --body, ...), "
                             "not both."));
    QString error;
    int exitCode = ExUsage;
    std::optional<mime::Message> message = m_compose.build(parser, sender, m_options.to(), &error, &exitCode);
    if (!message)
        return failWith(exitCode, error);
    if (message->listUnsubscribe && connection.account) // unsubscribe requests reach the account, whatever the From
        message->listUnsubscribe->address = connection.account->address;
    if (parser.isSet(m_queue))
        return sendQueued(parser, connection, *message);
    // Sent now, without the outbox: judged on the server and the provider, without the day's count.
    if (const std::optional<providers::ProviderCatalogue> catalogue = providers::ProviderCatalogue::load())
        printSendingWarnings(outbox::sendingWarningsFor(connection.effectiveAccount(), *catalogue, nullptr, *message,
                                                        QDateTime::currentDateTimeUtc()));
    if (const std::optional<int> unwritable = addComposedMessage(*message, plan.messages))
        return unwritable;
    plan.envelope = {message->from.address, message->envelopeRecipients()};
    m_run.start(std::move(plan));
    return std::nullopt;
}

std::optional<int> SendCommand::sendQueued(const QCommandLineParser &parser, const Connection &connection,
                                           const mime::Message &message)
{
    if (!connection.account)
        return usageError(tr("send --queue needs a saved account (--account)."));
    m_queued = std::make_unique<QueuedSend>();
    return m_queued->start(connection.account->id, message, connection.options.extraCaCertificates,
                           m_options.json(parser), parser.isSet(m_later));
}

std::optional<int> SendCommand::sendFiles(const QCommandLineParser &parser, const Connection &connection, SmtpPlan plan)
{
    if (plan.envelope.from.isEmpty() || plan.envelope.recipients.isEmpty())
        return usageError(tr("send needs --from and at least one --to."));
    QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        if (parser.isSet(QStringLiteral("password-stdin")))
            return usageError(tr("With --password-stdin the message must come from a file argument."));
        QString error;
        m_stdinCopy = StdinCopy::make(error);
        if (!m_stdinCopy)
            return usageError(error);
        files << m_stdinCopy->fileName();
    }
    if (const std::optional<int> refused = addMessageFiles(files, m_stdinCopy != nullptr, plan.messages))
        return refused;
    m_run.start(std::move(plan));
    return std::nullopt;
}

} // namespace remitente::cli
