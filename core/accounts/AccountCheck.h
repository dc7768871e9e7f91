#pragma once

#include "SessionPlanner.h"

#include "mime/Message.h"
#include "smtp/SmtpSession.h"

#include <QObject>

#include <memory>
#include <optional>

namespace remitente::accounts {

// The staged check people see as a checklist: find the server, connect, secure the connection, sign in, and
// (when asked) send a test email. One SmtpSession underneath; its stages are folded into these five steps.
class AccountCheck : public QObject
{
    Q_OBJECT
public:
    enum class Step { FindServer, Connect, Secure, SignIn, SendTest };
    enum class StepState { Pending, Running, Passed, Failed, Skipped };
    static constexpr int StepCount = 5;

    struct Request {
        SessionPlan session; // from SessionPlanner
        QString fromAddress;
        QString fromName;
        QString testRecipient; // empty: check without sending
        QByteArray messageId;  // the test email's, chosen before sending so its arrival can be looked for; empty: any
    };

    struct Outcome {
        bool ok = false;
        std::optional<smtp::SmtpError> error;
        QString transcript;         // AUTH redacted
        QString finalReply;         // the server's answer to the test email (often names the queue id)
        qint64 serverSizeLimit = 0; // the largest message the server takes (EHLO SIZE); 0 when it did not say
    };

    using QObject::QObject;
    ~AccountCheck() override;

    void start(const Request &request);
    void cancel();
    bool isRunning() const { return m_session != nullptr; }

Q_SIGNALS:
    void stepChanged(remitente::accounts::AccountCheck::Step step, remitente::accounts::AccountCheck::StepState state,
                     qint64 elapsedMs, const QString &detail);
    void finished(const remitente::accounts::AccountCheck::Outcome &outcome);

private:
    void setStep(Step step, StepState state, qint64 elapsedMs, const QString &detail);
    void startSession(const Request &request);
    void finish();

    std::unique_ptr<smtp::SmtpSession> m_session;
    std::optional<smtp::TransactionResult> m_result;
    StepState m_states[StepCount] = {};
    qint64 m_elapsed[StepCount] = {};
    bool m_sending = false;
};

// The test email: who it is from and to, in the person's language, saying which settings worked.
mime::Message testMessage(const AccountCheck::Request &request);

} // namespace remitente::accounts

Q_DECLARE_METATYPE(remitente::accounts::AccountCheck::Outcome)
