#include "QueueCommand.h"

#include "CommandLine.h"
#include "SavedAccounts.h"

#include <QSslCertificate>

namespace remitente::cli {

QueueCommand::QueueCommand()
{
    m_actions.push_back(std::make_unique<QueueListAction>(m_options, m_context));
    m_actions.push_back(std::make_unique<QueueRetryAction>(m_options, m_context));
    m_actions.push_back(std::make_unique<QueueRemoveAction>(m_options, m_context));
    m_actions.push_back(std::make_unique<QueueRunAction>(m_options, m_context));
}

QString QueueCommand::summary() const
{
    return tr("list, retry, remove or send the messages of the outbox (send --queue adds to it)");
}

void QueueCommand::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("The outbox and sent log the app uses.\n"
           "  list            messages with their state: queued, sending, sent, retrying, failed, uncertain\n"
           "  retry ID|--all  send failed, retrying or uncertain messages again (now)\n"
           "  remove ID       delete a message that is not being sent, with its attachment copies\n"
           "  run             send everything that is due now, then exit\n"
           "  run --watch     keep sending and serve the relay for other programs (the background service)"));
    parser.addOptions({m_options.state, m_options.account, m_options.search, m_options.all, m_options.caFile,
                       m_options.json, m_options.watch, m_options.noRelay, m_options.background});
    parser.addPositionalArgument(tr("action"), tr("list, retry, remove or run"), tr("list|retry|remove|run"));
}

QueueAction *QueueCommand::find(const QString &action) const
{
    for (const std::unique_ptr<QueueAction> &command : m_actions) {
        if (command->name() == name() + u' ' + action)
            return command.get();
    }
    return nullptr;
}

QString QueueCommand::helpFor(const QCommandLineParser &parser) const
{
    const QStringList positional = parser.positionalArguments();
    if (const QueueAction *action = positional.isEmpty() ? nullptr : find(positional.first()))
        return action->help();
    return helpText(parser);
}

std::optional<int> QueueCommand::run(const QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(0, QStringLiteral("list"));
    if (const std::optional<int> failed
        = m_context.outbox.open(QSslCertificate::fromPath(parser.value(m_options.caFile), QSsl::Pem)))
        return failed;
    if (parser.isSet(m_options.account)) {
        const QString key = parser.value(m_options.account);
        const std::optional<accounts::Account> found = m_context.outbox.accounts().find(key);
        if (!found)
            return noSavedAccount(key, m_context.outbox.accounts());
        m_context.accountId = found->id;
    }
    m_context.now = QDateTime::currentDateTimeUtc();
    if (QueueAction *known = find(action))
        return known->run(parser);
    return usageError(tr("Unknown queue action \"%1\": use list, retry, remove or run.").arg(action));
}

} // namespace remitente::cli
