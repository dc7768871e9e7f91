#pragma once

#include "smtp/SmtpSession.h"

#include <QList>
#include <QString>

namespace remitente::testing {

// Runs an SmtpSession to its end inside a test and keeps everything it reported.
struct StageEvent {
    smtp::Stage stage;
    bool ok;
    QString detail;
};

class SessionRecorder
{
public:
    explicit SessionRecorder(smtp::SmtpSession &session);
    // Spins the event loop until the session has finished; false on timeout.
    bool waitUntilFinished(int timeoutMs = 10000);

    QList<StageEvent> stages;
    QList<smtp::TransactionResult> results;
    bool readyEmitted = false;
    bool finished = false;

    bool stageSucceeded(smtp::Stage stage) const;
    bool stageFailed(smtp::Stage stage) const;

private:
    smtp::SmtpSession &m_session;
};

} // namespace remitente::testing
