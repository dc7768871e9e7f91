#pragma once

#include "Command.h"
#include "SmtpOptions.h"
#include "SmtpRun.h"

namespace remitente::cli {

// `remitente-cli verify`: the staged check (connect, secure, sign in, and sender and recipients when given) over
// one connection, without sending.
class VerifyCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    SmtpOptions m_options;
    SmtpRun m_run;
};

} // namespace remitente::cli
