#include "VerifyCommand.h"

#include "CommandLine.h"

namespace remitente::cli {

QString VerifyCommand::summary() const
{
    return tr("check connection, security, sign-in, sender and recipients without sending");
}

void VerifyCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Check a server step by step (connect, secure, sign in, sender, recipients) without sending."));
    m_options.addTo(parser);
}

std::optional<int> VerifyCommand::run(const QCommandLineParser &parser)
{
    Connection connection;
    if (const std::optional<int> wrong = m_options.read(parser, connection))
        return wrong;
    const smtp::Envelope envelope = m_options.envelope(parser, m_options.sender(parser, connection.account));
    if (envelope.recipients.isEmpty() != envelope.from.isEmpty())
        return usageError(tr("verify checks sender and recipients together: give both --from and --to, or "
                             "neither."));
    m_run.start({.command = name(),
                 .connection = connection,
                 .envelope = envelope,
                 .messages = {},
                 .verifyRecipients = true,
                 .json = m_options.json(parser),
                 .transcript = m_options.transcript(parser)});
    return std::nullopt;
}

} // namespace remitente::cli
