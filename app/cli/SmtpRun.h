#pragma once

#include "ConnectionOptions.h"
#include "MessageSources.h"
#include "SessionReport.h"

#include "smtp/SmtpSession.h"
#include "startup/Foundation.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

#include <memory>

namespace remitente::cli {

// What one `send` or `verify` connection does.
struct SmtpPlan {
    QString command; // "send" or "verify", for the report
    Connection connection;
    smtp::Envelope envelope;
    MessageBatch messages;
    // When set, called with the exit code (and, with json, the report's JSON document, not yet printed) instead
    // of exiting the application: the command goes on (test-email).
    std::function<void(int exitCode, const QJsonObject &document)> then;
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
    // What the connection signed in with, once it has (test-email's mailbox check signs in the same way).
    const std::optional<accounts::SessionPlan> &sessionPlan() const { return m_sessionPlan; }

private:
    void launch(const accounts::SessionPlan &session);
    static void recordVerified(const QString &accountId, qint64 serverSizeLimit);

    SmtpPlan m_plan;
    std::optional<accounts::SessionPlan> m_sessionPlan;
    std::unique_ptr<startup::Foundation> m_foundation;
    std::unique_ptr<smtp::SmtpSession> m_session;
    std::unique_ptr<SessionReport> m_report;
};

} // namespace remitente::cli
