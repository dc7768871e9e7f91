#pragma once

#include "Command.h"
#include "OutboxRun.h"

#include "relay/SendmailArguments.h"

#include <memory>

namespace remitente::cli {

// `remitente-cli sendmail` and `remitente-sendmail` (the same binary under that name): sendmail(1) for programs
// that call it (PHP's mail(), cron, git send-email, mutt). The message on standard input goes into the outbox of
// the default account (or --account) and this returns at once, a background `queue run` sending it; --wait stays
// until it is sent. Exit codes are sysexits(3), as sendmail's callers expect: 0 queued (or sent, with --wait),
// 64 bad options, 65 a message that cannot be sent as it is, 75 try again later, 77 a From the account may not use,
// 78 no account.
class SendmailCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("sendmail"); }
    QString summary() const override;
    // Sendmail's options are its own (-t, -oi, -f addr, -Fname ...): parsed here, not by QCommandLineParser.
    std::optional<int> execute(const QStringList &arguments) override;
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    std::optional<int> queue(const relay::SendmailArguments &arguments);
    std::unique_ptr<OutboxRun> m_outbox;
};

} // namespace remitente::cli
