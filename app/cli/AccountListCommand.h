#pragma once

#include "Command.h"

namespace remitente::cli {

// `remitente-cli account list`: one line per saved account, or all of them as JSON.
class AccountListCommand : public Command
{
    Q_OBJECT
public:
    AccountListCommand();
    QString name() const override { return QStringLiteral("account list"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_json;
};

} // namespace remitente::cli
