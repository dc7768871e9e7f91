#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace remitente::cli {

// `remitente-cli account add|list|show|set|login|remove`: the saved accounts the app and the CLI share. The word after
// "account" picks the action, which parses the rest.
class AccountCommand : public Command
{
    Q_OBJECT
public:
    AccountCommand();
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override;
    std::optional<int> execute(const QStringList &arguments) override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    std::vector<std::unique_ptr<Command>> m_actions;
};

} // namespace remitente::cli
