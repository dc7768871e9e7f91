#include "AccountCheck.h"

#include "mime/MessageWriter.h"

#include <QCoreApplication>

namespace remitente::accounts {

namespace {
AccountCheck::Step stepFor(smtp::Stage stage, smtp::Security security)
{
    using Step = AccountCheck::Step;
    switch (stage) {
    case smtp::Stage::Resolve:
        return Step::FindServer;
    case smtp::Stage::Connect:
        return Step::Connect;
    case smtp::Stage::Tls:
    case smtp::Stage::StartTls:
        return Step::Secure;
    // With implicit TLS the greeting and EHLO come over the secured connection; with STARTTLS, before it.
    case smtp::Stage::Greeting:
    case smtp::Stage::Ehlo:
        return security == smtp::Security::ImplicitTls ? Step::Secure : Step::Connect;
    case smtp::Stage::Auth:
        return Step::SignIn;
    default:
        return Step::SendTest;
    }
}
} // namespace

AccountCheck::~AccountCheck() = default;

mime::Message testMessage(const AccountCheck::Request &request)
{
    mime::Message message;
    message.from = {request.fromName, request.fromAddress};
    message.to = {{QString(), request.testRecipient}};
    message.messageId = request.messageId;
    message.subject = QCoreApplication::translate("remitente::accounts::AccountCheck", "Remitente test email");
    message.text = QCoreApplication::translate(
                       "remitente::accounts::AccountCheck",
                       "Hello,\n\nThis is a test email sent by Remitente from %1 through %2 (port %3).\n"
                       "If you can read it, these settings work: other programs can send from your address with "
                       "them too.\n")
                       .arg(request.fromAddress, request.session.options.host)
                       .arg(request.session.options.port);
    return message;
}

void AccountCheck::start(const Request &request)
{
    cancel();
    m_result.reset();
    for (int i = 0; i < StepCount; ++i) {
        m_states[i] = StepState::Pending;
        m_elapsed[i] = 0;
    }
    m_sending = !request.testRecipient.isEmpty();
    startSession(request);
}

void AccountCheck::startSession(const Request &request)
{
    m_session = std::make_unique<smtp::SmtpSession>(request.session.options);
    m_session->setCredentials(request.session.credentials);
    const smtp::Security security = request.session.options.security;
    connect(m_session.get(), &smtp::SmtpSession::stageStarted, this, [this, security](smtp::Stage stage) {
        const Step step = stepFor(stage, security);
        if (stage != smtp::Stage::Reset && stage != smtp::Stage::Quit)
            setStep(step, StepState::Running, m_elapsed[int(step)], {});
    });
    connect(m_session.get(), &smtp::SmtpSession::stageFinished, this,
            [this, security](smtp::Stage stage, bool ok, qint64 ms, const QString &detail) {
                const Step step = stepFor(stage, security);
                if (stage == smtp::Stage::Reset || stage == smtp::Stage::Quit)
                    return;
                // A step made of several stages passes when its last one does; its time is their sum.
                setStep(step, ok ? StepState::Passed : StepState::Failed, m_elapsed[int(step)] + ms, detail);
            });
    connect(m_session.get(), &smtp::SmtpSession::transactionFinished, this,
            [this](const smtp::TransactionResult &result) { m_result = result; });
    connect(m_session.get(), &smtp::SmtpSession::finished, this, &AccountCheck::finish);

    m_session->open();
    if (m_sending) {
        // The test message is ours and simple; a writer can only be refused for the addresses (checked earlier).
        QString error;
        std::shared_ptr<smtp::MessageSource> writer = mime::MessageWriter::create(testMessage(request), &error);
        if (writer)
            m_session->send({request.fromAddress, {request.testRecipient}}, writer);
    }
    m_session->quit();
}

void AccountCheck::cancel()
{
    if (!m_session)
        return;
    std::unique_ptr<smtp::SmtpSession> session = std::move(m_session);
    session->disconnect(this);
    session->cancel();
    session.release()->deleteLater();
}

void AccountCheck::setStep(Step step, StepState state, qint64 elapsedMs, const QString &detail)
{
    m_states[int(step)] = state;
    m_elapsed[int(step)] = elapsedMs;
    Q_EMIT stepChanged(step, state, elapsedMs, detail);
}

void AccountCheck::finish()
{
    Outcome outcome;
    outcome.transcript = m_session->transcript().toText();
    outcome.error = m_session->error();
    if (const smtp::Capabilities &caps = m_session->capabilities(); caps.sizeAdvertised)
        outcome.serverSizeLimit = caps.maxSize;
    if (m_result) {
        if (m_result->error && !outcome.error)
            outcome.error = m_result->error;
        if (m_result->finalReply)
            outcome.finalReply = m_result->finalReply->toString();
    }
    const bool sent = !m_sending || (m_result && m_result->outcome == smtp::Outcome::Sent);
    outcome.ok = !outcome.error && sent;
    if (outcome.ok && !m_sending)
        setStep(Step::SendTest, StepState::Skipped, 0, {});
    for (int i = 0; i < StepCount; ++i) {
        if (m_states[i] == StepState::Pending || m_states[i] == StepState::Running)
            setStep(Step(i), outcome.ok || m_states[i] == StepState::Pending ? StepState::Skipped : StepState::Failed,
                    m_elapsed[i], {});
    }
    std::unique_ptr<smtp::SmtpSession> session = std::move(m_session);
    session->disconnect(this);
    session.release()->deleteLater();
    Q_EMIT finished(outcome);
}

} // namespace remitente::accounts
