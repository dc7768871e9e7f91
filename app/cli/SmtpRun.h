#pragma once

#include "ConnectionOptions.h"
#include "MessageSources.h"
#include "SessionReport.h"

#include "accounts/KeychainSecretStore.h"
#include "accounts/SessionPlanner.h"
#include "providers/ProviderCatalogue.h"
#include "smtp/SmtpSession.h"

#include <QObject>

#include <memory>

namespace remitente::cli {

// What one `send` or `verify` connection does.
struct SmtpPlan {
    QString command; // "send" or "verify", for the report
    Connection connection;
    smtp::Envelope envelope;
    MessageBatch messages;
    bool verifyRecipients = false; // verify: sender and recipients checked without sending
    bool json = false;
    bool transcript = false;
};

// One connection, the staged check, and the messages of the plan, reported as it goes; exits the application with
// the report's code.
class SmtpRun : public QObject
{
    Q_OBJECT
public:
    void start(SmtpPlan plan);

private:
    void launch(const accounts::SessionPlan &session);
    static void recordVerified(const QString &accountId, qint64 serverSizeLimit);

    SmtpPlan m_plan;
    std::optional<providers::ProviderCatalogue> m_catalogue;
    accounts::KeychainSecretStore m_secrets;
    std::unique_ptr<accounts::SessionPlanner> m_planner;
    std::unique_ptr<smtp::SmtpSession> m_session;
    std::unique_ptr<SessionReport> m_report;
};

} // namespace remitente::cli
