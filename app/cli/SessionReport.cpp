#include "SessionReport.h"

#include "ExitCode.h"

#include "text/TerminalText.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace remitente::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::SessionReport)
};

// Whatever the server (or its certificate) said, and what quotes it, goes through here before the terminal.
QString safe(const QString &text)
{
    return text::terminalSafe(text);
}
} // namespace

SessionReport::SessionReport(smtp::SmtpSession &session, bool json, bool transcript, const QString &providerId)
    : m_session(session), m_json(json), m_transcript(transcript), m_providerId(providerId),
      m_diagnoser(diagnosis::Diagnoser::builtIn()), m_out(stdout), m_err(stderr)
{
    QObject::connect(
        &session, &smtp::SmtpSession::stageFinished, &session,
        [this](smtp::Stage stage, bool ok, qint64 ms, const QString &detail) { onStage(stage, ok, ms, detail); });
    QObject::connect(&session, &smtp::SmtpSession::transactionFinished, &session,
                     [this](const smtp::TransactionResult &result) { onTransaction(result); });
}

void SessionReport::onStage(smtp::Stage stage, bool ok, qint64 elapsedMs, const QString &detail)
{
    if (m_json) {
        m_stages.append(QJsonObject{{QStringLiteral("stage"), smtp::stageName(stage)},
                                    {QStringLiteral("ok"), ok},
                                    {QStringLiteral("ms"), elapsedMs},
                                    {QStringLiteral("detail"), detail}});
        return;
    }
    // Stage names and ok/failed are fixed words for scripts; the detail is for people.
    m_out << QStringLiteral("%1 %2 %3 ms  %4")
                 .arg(smtp::stageName(stage).leftJustified(9), ok ? QStringLiteral("ok    ") : QStringLiteral("failed"),
                      QString::number(elapsedMs).rightJustified(5), safe(detail.simplified()))
          << Qt::endl;
}

QJsonObject SessionReport::replyJson(const smtp::Reply &reply)
{
    return {{QStringLiteral("code"), reply.code},
            {QStringLiteral("enhanced"), reply.enhanced.toString()},
            {QStringLiteral("text"), reply.text()}};
}

diagnosis::Diagnosis SessionReport::diagnose(const smtp::SmtpError &error) const
{
    const smtp::SessionOptions &options = m_session.options();
    return m_diagnoser.diagnose({error, options.host, options.port, options.security, m_providerId});
}

QJsonObject SessionReport::errorJson(const smtp::SmtpError &error) const
{
    const diagnosis::Diagnosis diagnosis = diagnose(error);
    QJsonObject object{{QStringLiteral("stage"), smtp::stageName(error.stage)},
                       {QStringLiteral("kind"), smtp::errorKindName(error.kind)},
                       {QStringLiteral("transient"), error.transient},
                       {QStringLiteral("message"), error.message}};
    if (error.reply)
        object.insert(QStringLiteral("reply"), replyJson(*error.reply));
    if (error.tls) {
        const smtp::CertificateSummary &c = error.tls->certificate;
        QJsonArray problems;
        for (smtp::CertificateProblem problem : error.tls->problems)
            problems.append(smtp::certificateProblemName(problem));
        object.insert(QStringLiteral("tls"),
                      QJsonObject{{QStringLiteral("problems"), problems},
                                  {QStringLiteral("details"), QJsonArray::fromStringList(error.tls->details)},
                                  {QStringLiteral("subject"), c.subject},
                                  {QStringLiteral("issuer"), c.issuer},
                                  {QStringLiteral("notBefore"), c.notBefore.toString(Qt::ISODate)},
                                  {QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate)},
                                  {QStringLiteral("sha256"), c.fingerprint()},
                                  {QStringLiteral("names"), QJsonArray::fromStringList(c.names)},
                                  {QStringLiteral("expectedHostName"), error.tls->expectedHostName}});
    }
    object.insert(QStringLiteral("diagnosis"),
                  QJsonObject{{QStringLiteral("id"), diagnosis.id},
                              {QStringLiteral("category"), diagnosis.category},
                              {QStringLiteral("transient"), diagnosis.transient},
                              {QStringLiteral("title"), diagnosis.title},
                              {QStringLiteral("explanation"), diagnosis.explanation},
                              {QStringLiteral("steps"), QJsonArray::fromStringList(diagnosis.steps)},
                              {QStringLiteral("link"), diagnosis.link},
                              {QStringLiteral("actions"),
                               QJsonArray::fromStringList(diagnosis::diagnosisActionNames(diagnosis.actions))}});
    return object;
}

void SessionReport::printError(const smtp::SmtpError &error)
{
    m_err << Text::tr("error: %1").arg(safe(error.message)) << Qt::endl;
    if (error.reply)
        m_err << Text::tr("server said: %1").arg(safe(error.reply->toString())) << Qt::endl;
    if (error.tls && !error.tls->certificate.isNull()) {
        const smtp::CertificateSummary &c = error.tls->certificate;
        QStringList problems;
        for (smtp::CertificateProblem problem : error.tls->problems)
            problems << smtp::certificateProblemName(problem);
        m_err << Text::tr("certificate check failed: %1").arg(problems.join(u", ")) << Qt::endl
              << Text::tr("  subject:    %1").arg(safe(c.subject)) << Qt::endl
              << Text::tr("  issuer:     %1").arg(safe(c.issuer)) << Qt::endl
              << Text::tr("  valid:      %1 to %2")
                     .arg(c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate))
              << Qt::endl
              << Text::tr("  valid for:  %1").arg(safe(c.names.join(u", "))) << Qt::endl
              << Text::tr("  SHA-256:    %1").arg(c.fingerprint()) << Qt::endl;
    }
    const diagnosis::Diagnosis diagnosis = diagnose(error);
    // A diagnosis may quote the server ("the server said ...").
    m_err << Qt::endl << safe(diagnosis.title) << Qt::endl << safe(diagnosis.explanation) << Qt::endl;
    for (qsizetype i = 0; i < diagnosis.steps.size(); ++i)
        m_err << QStringLiteral("  %1. %2").arg(i + 1).arg(safe(diagnosis.steps.at(i))) << Qt::endl;
    if (!diagnosis.link.isEmpty())
        m_err << Text::tr("More: %1").arg(safe(diagnosis.link)) << Qt::endl;
}

void SessionReport::onTransaction(const smtp::TransactionResult &result)
{
    const QString name = m_messageNames.value(m_results.size());
    m_results.append(result);
    if (m_json) {
        QJsonArray recipients;
        for (const smtp::RecipientResult &recipient : result.recipients) {
            QJsonObject object{{QStringLiteral("address"), recipient.address},
                               {QStringLiteral("accepted"), recipient.accepted}};
            if (recipient.reply.code)
                object.insert(QStringLiteral("reply"), replyJson(recipient.reply));
            recipients.append(object);
        }
        QJsonObject message{{QStringLiteral("outcome"), smtp::outcomeName(result.outcome)},
                            {QStringLiteral("recipients"), recipients},
                            {QStringLiteral("size"), result.messageSize},
                            {QStringLiteral("exitCode"), exitCodeFor(result)}};
        if (!name.isEmpty())
            message.insert(QStringLiteral("message"), name);
        if (result.finalReply)
            message.insert(QStringLiteral("reply"), replyJson(*result.finalReply));
        if (result.error)
            message.insert(QStringLiteral("error"), errorJson(*result.error));
        m_messages.append(message);
        return;
    }
    QString line = smtp::outcomeName(result.outcome);
    if (!name.isEmpty())
        line += u' ' + safe(name);
    if (result.finalReply)
        line += QStringLiteral(": ") + safe(result.finalReply->toString());
    else if (result.error)
        line += QStringLiteral(": ") + smtp::stageName(result.error->stage) + u' '
            + smtp::errorKindName(result.error->kind);
    m_out << line << Qt::endl;
    for (const smtp::RecipientResult &recipient : result.recipients) {
        if (!recipient.accepted && recipient.reply.code)
            m_out << Text::tr("refused %1: %2").arg(safe(recipient.address), safe(recipient.reply.toString()))
                  << Qt::endl;
    }
    if (result.outcome == smtp::Outcome::Uncertain)
        m_err << Text::tr("The connection was lost after the message was sent and before the server confirmed "
                          "it: it may have been delivered. It was not sent again; check the recipient's inbox "
                          "before sending it once more.")
              << Qt::endl;
    else if (result.error)
        printError(*result.error);
}

int SessionReport::finish(const QString &command, QJsonObject *handedBack)
{
    const smtp::SessionOptions &options = m_session.options();
    int exitCode = ExOk;
    for (const smtp::TransactionResult &result : std::as_const(m_results)) {
        if (exitCode == ExOk)
            exitCode = exitCodeFor(result);
    }
    const std::optional<smtp::SmtpError> &sessionError = m_session.error();
    if (exitCode == ExOk && sessionError)
        exitCode = exitCodeFor(*sessionError);

    if (m_json) {
        QJsonObject document{
            {QStringLiteral("command"), command},   {QStringLiteral("host"), options.host},
            {QStringLiteral("port"), options.port}, {QStringLiteral("security"), smtp::securityName(options.security)},
            {QStringLiteral("stages"), m_stages},   {QStringLiteral("messages"), m_messages},
            {QStringLiteral("exitCode"), exitCode}};
        if (sessionError)
            document.insert(QStringLiteral("error"), errorJson(*sessionError));
        if (m_transcript)
            document.insert(
                QStringLiteral("transcript"),
                QJsonArray::fromStringList(m_session.transcript().toText().split(u'\n', Qt::SkipEmptyParts)));
        if (handedBack) {
            *handedBack = document;
            return exitCode;
        }
        m_out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        m_out.flush();
        return exitCode;
    }
    if (sessionError && m_results.isEmpty())
        printError(*sessionError);
    if (m_transcript)
        m_err << Qt::endl << text::terminalSafeLines(m_session.transcript().toText());
    m_out.flush();
    m_err.flush();
    return exitCode;
}

} // namespace remitente::cli
