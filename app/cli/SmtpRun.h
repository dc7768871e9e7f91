#pragma once

#include "MessageSources.h"
#include "SessionReport.h"

#include "accounts/SecretStore.h"
#include "smtp/SmtpSession.h"

#include <QObject>

#include <memory>

namespace remitente::cli {

// What one `send` or `verify` connection does.
struct SmtpPlan {
    QString command; // "send" or "verify", for the report
    smtp::SessionOptions options;
    smtp::Credentials credentials;
    smtp::Envelope envelope;
    MessageBatch messages;
    bool verifyRecipients = false; // verify: sender and recipients checked without sending
    bool json = false;
    bool transcript = false;
    QString accountId;  // a saved account, whose verified-at is updated on success
    QString providerId; // the account's catalogue entry, for the diagnosis
};

// One connection, the staged check, and the messages of the plan, reported as it goes; exits the application with
// the report's code.
class SmtpRun : public QObject
{
    Q_OBJECT
public:
    // secretFromKeychain: the saved account's password is read from the system keychain first.
    void start(SmtpPlan plan, bool secretFromKeychain);

private:
    void launch();
    static void recordVerified(const QString &accountId);

    SmtpPlan m_plan;
    std::unique_ptr<accounts::SecretStore> m_secrets;
    std::unique_ptr<smtp::SmtpSession> m_session;
    std::unique_ptr<SessionReport> m_report;
};

} // namespace remitente::cli
