#pragma once

#include "Command.h"
#include "SignInRun.h"

#include <QCommandLineOption>

namespace remitente::cli {

// `remitente-cli account login ACCOUNT [--no-browser] [--device]`: signs a saved account in with its provider
// (Sign in with Microsoft/Google) again, or for the first time.
class AccountLoginCommand : public Command
{
    Q_OBJECT
public:
    AccountLoginCommand();
    QString name() const override { return QStringLiteral("account login"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

    // The options `account add --sign-in oauth2` shares; an exit code (said) when one is wrong.
    static std::optional<int> readChoices(const QCommandLineParser &parser, SignInChoices &choices);
    static QList<QCommandLineOption> options();

private:
    SignInRun m_run;
};

} // namespace remitente::cli
