#include "QueueCommand.h"

#include "AccountCommand.h"
#include "CommandLine.h"
#include "ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QTextStream>

namespace remitente::cli {

std::optional<int> QueueCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The outbox and sent log the app uses.\n"
           "  list            messages with their state: queued, sending, sent, retrying, failed, uncertain\n"
           "  retry ID|--all  send failed, retrying or uncertain messages again (now)\n"
           "  remove ID       delete a message that is not being sent, with its attachment copies\n"
           "  run             send everything that is due now, then exit"));
    const QCommandLineOption state(QStringLiteral("state"), tr("Only messages in this state (repeatable)."),
                                   tr("state"));
    const QCommandLineOption account(QStringLiteral("account"), tr("Only this account's messages (id or address)."),
                                     tr("account"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only messages whose subject or recipients contain this."), tr("text"));
    const QCommandLineOption all(QStringLiteral("all"), tr("With retry: every failed and retrying message."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("Also trust the certificate authorities in this PEM file."), tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document for programs."));
    parser.addOptions({state, account, search, all, caFile, json});
    parser.addPositionalArgument(tr("action"), tr("list, retry, remove or run"), tr("list|retry|remove|run"));
    parser.addHelpOption();
    if (const std::optional<int> done = parseArguments(parser, arguments))
        return done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    if (const std::optional<int> failed =
            m_outbox.open(QSslCertificate::fromPath(parser.value(caFile), QSsl::Pem)))
        return failed;
    outbox::OutboxStore &store = m_outbox.store();
    QString accountId;
    if (parser.isSet(account)) {
        const std::optional<accounts::Account> found = m_outbox.accounts().find(parser.value(account));
        if (!found)
            return noSavedAccount(parser.value(account), m_outbox.accounts());
        accountId = found->id;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (action == u"list") {
        QList<outbox::MessageState> states;
        for (const QString &name : parser.values(state)) {
            const std::optional<outbox::MessageState> known = outbox::messageStateFromName(name);
            if (!known)
                return usageError(
                    tr("Unknown state \"%1\": use queued, sending, sent, retrying, failed or uncertain.").arg(name));
            states.append(*known);
        }
        OutboxRun::print(store.entries(states, accountId, parser.value(search)), parser.isSet(json));
        return ExOk;
    }
    if (action == u"retry") {
        QList<qint64> ids;
        if (parser.isSet(all)) {
            for (const outbox::OutboxEntry &entry :
                 store.entries({outbox::MessageState::Failed, outbox::MessageState::Retrying}, accountId))
                ids.append(entry.id);
        } else {
            bool ok = false;
            ids.append(positional.value(1).toLongLong(&ok));
            if (!ok)
                return usageError(tr("queue retry needs a message id (see queue list) or --all."));
        }
        for (const qint64 id : std::as_const(ids)) {
            if (!store.retry(id, now))
                return failWith(ExDataErr, tr("Message %1 cannot be retried: it is not in the outbox, or it is being "
                                              "sent or already sent.").arg(id));
            QTextStream(stdout) << id << QStringLiteral(" queued") << Qt::endl;
        }
        return ExOk;
    }
    if (action == u"remove") {
        bool ok = false;
        const qint64 id = positional.value(1).toLongLong(&ok);
        if (!ok)
            return usageError(tr("queue remove needs a message id (see queue list)."));
        if (!store.remove(id))
            return failWith(ExDataErr,
                            tr("Message %1 cannot be removed: it is not in the outbox, or it is being sent.").arg(id));
        QTextStream(stdout) << id << QStringLiteral(" removed") << Qt::endl;
        return ExOk;
    }
    if (action == u"run") {
        const bool asJson = parser.isSet(json);
        const QDateTime started = now;
        m_outbox.run([this, asJson, started] {
            // What this run touched, oldest first.
            QList<outbox::OutboxEntry> touched;
            for (const outbox::OutboxEntry &entry : m_outbox.store().entries({}, {}, {}, 1000000)) {
                if (entry.updatedAt >= started)
                    touched.prepend(entry);
            }
            OutboxRun::print(touched, asJson);
            int code = ExOk;
            for (const outbox::OutboxEntry &entry : std::as_const(touched)) {
                if (code == ExOk)
                    code = OutboxRun::exitCodeFor(entry);
            }
            QCoreApplication::exit(code);
        });
        return std::nullopt;
    }
    return usageError(tr("Unknown queue action \"%1\": use list, retry, remove or run.").arg(action));
}

} // namespace remitente::cli
