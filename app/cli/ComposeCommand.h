#pragma once

#include "Command.h"
#include "ComposeOptions.h"

namespace remitente::cli {

// `remitente-cli compose ... --output FILE`: writes the message a send would send, without sending it.
class ComposeCommand : public Command
{
    Q_OBJECT
public:
    ComposeCommand();
    QString name() const override { return QStringLiteral("compose"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_from, m_to, m_output;
    ComposeOptions m_compose;
};

} // namespace remitente::cli
