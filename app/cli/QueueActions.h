#pragma once

#include "Command.h"
#include "OutboxRun.h"
#include "RelayRun.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDateTime>

namespace remitente::cli {

// The options of `remitente-cli queue`, accepted whatever the action; each action's --help shows the ones it uses.
struct QueueOptions {
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::QueueOptions)
public:
    QueueOptions();
    QCommandLineOption state, account, search, all, caFile, json, watch, noRelay, background;
};

// What the actions work on, prepared by QueueCommand before one runs: the opened outbox, the --account filter as an
// account id, and the time the command started.
struct QueueContext {
    OutboxRun outbox;
    QString accountId;
    QDateTime now;
};

// An action of `remitente-cli queue`, run by QueueCommand with the arguments it parsed.
class QueueAction : public Command
{
    Q_OBJECT
public:
    QueueAction(const QueueOptions &options, QueueContext &context) : m_options(options), m_context(context) { }

protected:
    const QueueOptions &m_options;
    QueueContext &m_context;
};

// `queue list`: the messages with their state, filtered by state, account or text.
class QueueListAction : public QueueAction
{
    Q_OBJECT
public:
    using QueueAction::QueueAction;
    QString name() const override { return QStringLiteral("queue list"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;
};

// `queue retry ID|--all`: failed, retrying or uncertain messages queued again, for now.
class QueueRetryAction : public QueueAction
{
    Q_OBJECT
public:
    using QueueAction::QueueAction;
    QString name() const override { return QStringLiteral("queue retry"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;
};

// `queue remove ID`: a message that is not being sent, deleted with its attachment copies.
class QueueRemoveAction : public QueueAction
{
    Q_OBJECT
public:
    using QueueAction::QueueAction;
    QString name() const override { return QStringLiteral("queue remove"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;
};

// `queue run`: everything due now is sent, then what this run touched is printed.
class QueueRunAction : public QueueAction
{
    Q_OBJECT
public:
    using QueueAction::QueueAction;
    QString name() const override { return QStringLiteral("queue run"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    RelayRun m_relay; // with --watch
};

} // namespace remitente::cli
