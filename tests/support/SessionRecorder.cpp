#include "SessionRecorder.h"

#include <QTest>

namespace remitente::testing {

SessionRecorder::SessionRecorder(smtp::SmtpSession &session) : m_session(session)
{
    QObject::connect(&session, &smtp::SmtpSession::stageFinished, &session,
                     [this](smtp::Stage stage, bool ok, qint64, const QString &detail) {
                         stages.append({stage, ok, detail});
                     });
    QObject::connect(&session, &smtp::SmtpSession::transactionFinished, &session,
                     [this](const smtp::TransactionResult &result) { results.append(result); });
    QObject::connect(&session, &smtp::SmtpSession::ready, &session, [this] { readyEmitted = true; });
    QObject::connect(&session, &smtp::SmtpSession::finished, &session, [this] { finished = true; });
}

bool SessionRecorder::waitUntilFinished(int timeoutMs)
{
    return QTest::qWaitFor([this] { return finished; }, timeoutMs);
}

bool SessionRecorder::stageSucceeded(smtp::Stage stage) const
{
    for (const StageEvent &event : stages) {
        if (event.stage == stage && event.ok)
            return true;
    }
    return false;
}

bool SessionRecorder::stageFailed(smtp::Stage stage) const
{
    for (const StageEvent &event : stages) {
        if (event.stage == stage && !event.ok)
            return true;
    }
    return false;
}

} // namespace remitente::testing
