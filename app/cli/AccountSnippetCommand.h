#pragma once

#include "Command.h"

namespace remitente::cli {

// `remitente-cli account snippet ACCOUNT --for python|php|node|curl|msmtp`: a runnable program (an msmtprc block
// for msmtp) that sends one test message with the account's settings; the relay's for an OAuth2 account.
class AccountSnippetCommand : public Command
{
    Q_OBJECT
public:
    AccountSnippetCommand();
    QString name() const override { return QStringLiteral("account snippet"); }
    QString summary() const override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    QCommandLineOption m_for;
    QCommandLineOption m_relayUser;
};

} // namespace remitente::cli
