#pragma once

#include "Command.h"
#include "RelayRun.h"

#include <memory>
#include <vector>

namespace remitente::cli {

// `remitente-cli relay [--listen 127.0.0.1:2525] [--account A]`: other programs send through Remitente's accounts
// over SMTP; this process also sends what they hand in. `relay client add|list|remove` manage who may use it.
class RelayCommand : public Command
{
    Q_OBJECT
public:
    RelayCommand();
    QString name() const override { return QStringLiteral("relay"); }
    QString summary() const override;
    std::optional<int> execute(const QStringList &arguments) override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    std::vector<std::unique_ptr<Command>> m_clientActions;
    OutboxRun m_outbox;
    RelayRun m_run;
};

} // namespace remitente::cli
