#pragma once

#include "Command.h"

#include "accounts/Account.h"

namespace remitente::cli {

// `remitente-cli account snippet ACCOUNT --for python|php|node|curl|msmtp|odoo`: a runnable program (an msmtprc
// block for msmtp) that sends one test message with the account's settings, or a program's own field names with
// the account's values (resources/guides.json); the relay's for an OAuth2 account.
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
    // The program's own field names with this account's values, one "name: value" line each.
    int printGuide(const QString &id, const accounts::Account &account, bool throughRelay);

    QCommandLineOption m_for;
    QCommandLineOption m_relayUser;
};

} // namespace remitente::cli
