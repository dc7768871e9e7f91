#pragma once

#include "diagnosis/Diagnoser.h"
#include "smtp/SmtpSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace remitente::cli {

// Prints what a session does: one line per stage as it happens (or one JSON document at the end, with --json),
// then each message's outcome and, on failure, the specific reason with its diagnosis (what happened, what to do).
class SessionReport
{
public:
    SessionReport(smtp::SmtpSession &session, bool json, bool transcript, const QString &providerId = {});

    void setMessageNames(const QStringList &names) { m_messageNames = names; }
    // Prints the end of the report and returns the exit code. With --json and `document`, the JSON document is
    // handed back there instead of printed (for a command that adds to it: test-email).
    int finish(const QString &command, QJsonObject *document = nullptr);

private:
    void onStage(smtp::Stage stage, bool ok, qint64 elapsedMs, const QString &detail);
    void onTransaction(const smtp::TransactionResult &result);
    static QJsonObject replyJson(const smtp::Reply &reply);
    QJsonObject errorJson(const smtp::SmtpError &error) const;
    void printError(const smtp::SmtpError &error);
    diagnosis::Diagnosis diagnose(const smtp::SmtpError &error) const;

    smtp::SmtpSession &m_session;
    bool m_json;
    bool m_transcript;
    QString m_providerId;
    const diagnosis::Diagnoser &m_diagnoser;
    QTextStream m_out;
    QTextStream m_err;
    QStringList m_messageNames;
    QJsonArray m_stages;
    QJsonArray m_messages;
    QList<smtp::TransactionResult> m_results;
};

} // namespace remitente::cli
