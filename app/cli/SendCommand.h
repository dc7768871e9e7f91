#pragma once

#include "Command.h"
#include "ComposeOptions.h"
#include "QueuedSend.h"
#include "SmtpOptions.h"
#include "SmtpRun.h"
#include "StdinCopy.h"

#include <memory>

namespace remitente::cli {

// `remitente-cli send`: messages from files, standard input or their parts (--subject, --body, ...), over one
// connection after the staged check; with --queue, through the outbox.
class SendCommand : public Command
{
    Q_OBJECT
public:
    SendCommand();
    QString name() const override { return QStringLiteral("send"); }
    QString summary() const override;

protected:
    void describe(QCommandLineParser &parser) const override;
    std::optional<int> run(const QCommandLineParser &parser) override;

private:
    // Each returns an exit code when refused or done at once; nullopt once sending has started.
    std::optional<int> sendComposed(const QCommandLineParser &parser, const Connection &connection,
                                    const QString &sender, SmtpPlan plan);
    std::optional<int> sendQueued(const QCommandLineParser &parser, const Connection &connection,
                                  const mime::Message &message);
    std::optional<int> sendFiles(const QCommandLineParser &parser, const Connection &connection, SmtpPlan plan);

    SmtpOptions m_options;
    ComposeOptions m_compose;
    QCommandLineOption m_queue, m_later;
    std::unique_ptr<StdinCopy> m_stdinCopy;
    std::unique_ptr<QueuedSend> m_queued;
    SmtpRun m_run;
};

} // namespace remitente::cli
