#pragma once

#include "QueueActions.h"

#include <memory>
#include <vector>

namespace remitente::cli {

// `remitente-cli queue list|retry|remove|run`: the outbox and sent log the app uses. One parser for every action
// (options may come before the action); the outbox is opened before the action runs.
class QueueCommand : public Command
{
    Q_OBJECT
public:
    QueueCommand();
    QString name() const override { return QStringLiteral("queue"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

protected:
    // `queue run --help` shows the help of run.
    QString helpFor(const QCommandLineParser &parser) const override;

private:
    QueueAction *find(const QString &action) const;

    QueueOptions m_options;
    QueueContext m_context;
    std::vector<std::unique_ptr<QueueAction>> m_actions;
};

} // namespace remitente::cli
