#pragma once

#include "OutboxRun.h"
#include "SessionReport.h"

#include "accounts/SecretStore.h"
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
    struct Plan {
        smtp::SessionOptions options;
        smtp::Credentials credentials;
        smtp::Envelope envelope;
        QList<std::shared_ptr<smtp::MessageSource>> messages;
        QStringList messageNames;
        bool json = false;
        bool transcript = false;
        QString accountId; // a saved account, whose verified-at is updated on success
        QString providerId; // the account's catalogue entry, for the diagnosis
    };

    QString name() const;
    void launch();
    static void recordVerified(const QString &accountId);
    // send --queue: into the outbox first, then sent from there; exits with the message's state.
    std::optional<int> sendThroughOutbox(const QString &accountId, const mime::Message &message,
                                         const QList<QSslCertificate> &extraCa, bool json, bool later);

    Mode m_mode;
    std::unique_ptr<smtp::SmtpSession> m_session;
    std::unique_ptr<SessionReport> m_report;
    std::unique_ptr<QTemporaryFile> m_stdinSpool; // a message read from standard input
    std::unique_ptr<accounts::SecretStore> m_secrets;
    std::unique_ptr<OutboxRun> m_outbox;
    Plan m_plan;
};

} // namespace remitente::cli
