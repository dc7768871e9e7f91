#pragma once

#include "SessionReport.h"

#include "smtp/SmtpSession.h"

#include <QObject>
#include <QTemporaryFile>

#include <memory>
#include <optional>

namespace remitente::cli {

// `remitente-cli send` and `remitente-cli verify`: one connection, the staged check, and for send the messages.
class SmtpCommand : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Send, Verify };
    explicit SmtpCommand(Mode mode, QObject *parent = nullptr);
    ~SmtpCommand() override;

    // Starts the command. Returns an exit code when it ended before any network work (bad usage, unreadable
    // files); otherwise the application exits with the code when the session finishes.
    std::optional<int> start(const QStringList &arguments);

private:
    QString name() const;

    Mode m_mode;
    std::unique_ptr<smtp::SmtpSession> m_session;
    std::unique_ptr<SessionReport> m_report;
    std::unique_ptr<QTemporaryFile> m_stdinSpool; // a message read from standard input
};

} // namespace remitente::cli
