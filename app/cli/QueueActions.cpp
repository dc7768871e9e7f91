#include "QueueActions.h"

#include "CommandLine.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

QueueOptions::QueueOptions()
    : state(QStringLiteral("state"), tr("Only messages in this state (repeatable)."), tr("state")),
      account(QStringLiteral("account"), tr("Only this account's messages (id or address)."), tr("account")),
      search(QStringLiteral("search"), tr("Only messages whose subject or recipients contain this."), tr("text")),
      all(QStringLiteral("all"), tr("With retry: every failed and retrying message.")),
      caFile(QStringLiteral("ca-file"), tr("Also trust the certificate authorities in this PEM file."), tr("file")),
      json(QStringLiteral("json"), tr("Print one JSON document for programs.")),
      watch(QStringLiteral("watch"),
            tr("With run: keep going - send what is due, retry later, send what others add, and serve the relay "
               "for other programs on 127.0.0.1:2525 (the background service).")),
      noRelay(QStringLiteral("no-relay"), tr("With run --watch: do not serve the relay.")),
      background(QStringLiteral("background"),
                 tr("With run: exit at once when another process is sending from this outbox (sendmail starts "
                    "this)."))
{
}

QString QueueListAction::summary() const
{
    return tr("messages with their state: queued, sending, sent, retrying, failed, uncertain");
}

void QueueListAction::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("List the messages of the outbox with their state: queued, sending, sent, "
                                        "retrying, failed, uncertain."));
    parser.addOptions({m_options.state, m_options.account, m_options.search, m_options.caFile, m_options.json});
}

std::optional<int> QueueListAction::run(const QCommandLineParser &parser)
{
    QList<outbox::MessageState> states;
    for (const QString &name : parser.values(m_options.state)) {
        const std::optional<outbox::MessageState> known = outbox::messageStateFromName(name);
        if (!known)
            return usageError(
                tr("Unknown state \"%1\": use queued, sending, sent, retrying, failed or uncertain.").arg(name));
        states.append(*known);
    }
    OutboxRun::print(m_context.outbox.store().entries(states, m_context.accountId, parser.value(m_options.search)),
                     parser.isSet(m_options.json), &m_context.outbox.accounts());
    return ExOk;
}

QString QueueRetryAction::summary() const
{
    return tr("send failed, retrying or uncertain messages again (now)");
}

void QueueRetryAction::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Send failed, retrying or uncertain messages again (now)."));
    parser.addOptions({m_options.all, m_options.account, m_options.caFile});
    parser.addPositionalArgument(tr("id"), tr("The message's id (see queue list)."), QStringLiteral("ID|--all"));
}

std::optional<int> QueueRetryAction::run(const QCommandLineParser &parser)
{
    outbox::OutboxStore &store = m_context.outbox.store();
    QList<qint64> ids;
    if (parser.isSet(m_options.all)) {
        for (const outbox::OutboxEntry &entry :
             store.entries({outbox::MessageState::Failed, outbox::MessageState::Retrying}, m_context.accountId))
            ids.append(entry.id);
    } else {
        bool ok = false;
        ids.append(parser.positionalArguments().value(1).toLongLong(&ok));
        if (!ok)
            return usageError(tr("queue retry needs a message id (see queue list) or --all."));
    }
    for (const qint64 id : std::as_const(ids)) {
        if (!store.retry(id, m_context.now))
            return failWith(ExDataErr,
                            tr("Message %1 cannot be retried: it is not in the outbox, or it is being "
                               "sent or already sent.")
                                .arg(id));
        QTextStream(stdout) << id << QStringLiteral(" queued") << Qt::endl;
    }
    return ExOk;
}

QString QueueRemoveAction::summary() const
{
    return tr("delete a message that is not being sent, with its attachment copies");
}

void QueueRemoveAction::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Delete a message that is not being sent, with its attachment copies."));
    parser.addOption(m_options.caFile);
    parser.addPositionalArgument(tr("id"), tr("The message's id (see queue list)."), QStringLiteral("ID"));
}

std::optional<int> QueueRemoveAction::run(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(1).toLongLong(&ok);
    if (!ok)
        return usageError(tr("queue remove needs a message id (see queue list)."));
    if (!m_context.outbox.store().remove(id))
        return failWith(ExDataErr,
                        tr("Message %1 cannot be removed: it is not in the outbox, or it is being sent.").arg(id));
    QTextStream(stdout) << id << QStringLiteral(" removed") << Qt::endl;
    return ExOk;
}

QString QueueRunAction::summary() const
{
    return tr("send everything that is due now, then exit");
}

void QueueRunAction::describe(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Send everything that is due now, then exit; with --watch, keep sending "
                                        "and serve the relay until stopped."));
    parser.addOptions({m_options.caFile, m_options.json, m_options.watch, m_options.noRelay, m_options.background});
}

std::optional<int> QueueRunAction::run(const QCommandLineParser &parser)
{
    if (parser.isSet(m_options.watch)) {
        RelayRun::Settings settings;
        settings.required = false;
        settings.withRelay = !parser.isSet(m_options.noRelay);
        return m_relay.start(m_context.outbox, settings);
    }
    if (parser.isSet(m_options.background)) {
        // Whoever sends now looks again for new messages before it stops: nothing is left waiting.
        connect(
            &m_context.outbox.foundation().outbox(), &outbox::Outbox::waitingForOtherSender, this,
            [] { QCoreApplication::exit(ExOk); }, Qt::QueuedConnection);
    }
    const bool asJson = parser.isSet(m_options.json);
    const QDateTime started = m_context.now;
    m_context.outbox.run([this, asJson, started] {
        // What this run touched, oldest first.
        QList<outbox::OutboxEntry> touched;
        for (const outbox::OutboxEntry &entry : m_context.outbox.store().entries({}, {}, {}, 1000000)) {
            if (entry.updatedAt >= started)
                touched.prepend(entry);
        }
        OutboxRun::print(touched, asJson, &m_context.outbox.accounts());
        int code = ExOk;
        for (const outbox::OutboxEntry &entry : std::as_const(touched)) {
            if (code == ExOk)
                code = OutboxRun::exitCodeFor(entry);
        }
        QCoreApplication::exit(code);
    });
    return std::nullopt;
}

} // namespace remitente::cli
