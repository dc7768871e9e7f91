#include "SmtpRun.h"

#include "ExitCode.h"

#include "accounts/AccountStore.h"
#include "system/SecretWipe.h"
#include "text/TerminalText.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

void SmtpRun::start(SmtpPlan plan)
{
    m_plan = std::move(plan);
    const Connection &connection = m_plan.connection;
    accounts::SessionPlanner::Settings planning;
    planning.timeouts = connection.options.timeouts;
    planning.extraCaCertificates = connection.options.extraCaCertificates;
    m_foundation = std::make_unique<startup::Foundation>(planning);
    if (const std::optional<startup::StartFailure> failure = m_foundation->open()) {
        QTextStream(stderr) << failure->message << Qt::endl;
        QCoreApplication::exit(ExSoftware);
        return;
    }
    auto planned = [this](const accounts::SessionPlanResult &result) {
        if (!result.plan) {
            const accounts::SignInFailure &failure = *result.failure;
            QTextStream(stderr) << text::terminalSafe(failure.message) << Qt::endl;
            QCoreApplication::exit(failure.transient ? ExTempFail : ExNoPerm);
            return;
        }
        launch(*result.plan);
    };
    const accounts::Account account = connection.effectiveAccount();
    if (connection.secretFromKeychain) {
        m_foundation->planner().prepare(account, planned);
    } else {
        m_foundation->planner().prepareWith(account, connection.credentials.secret, planned);
        // Handed over: the plan holds the copy the session takes.
        system::wipeSecret(m_plan.connection.credentials.secret);
    }
}

void SmtpRun::launch(const accounts::SessionPlan &session)
{
    const SmtpPlan &plan = m_plan;
    if (plan.then)
        m_sessionPlan = session; // the command goes on and may need it
    smtp::SessionOptions options = session.options;
    options.clientName = plan.connection.options.clientName;
    m_session = std::make_unique<smtp::SmtpSession>(options);
    m_session->setCredentials(session.credentials);
    const std::optional<accounts::Account> &saved = plan.connection.account;
    m_report = std::make_unique<SessionReport>(*m_session, plan.json, plan.transcript,
                                               saved ? saved->providerId : QString());
    m_report->setMessageNames(plan.messages.names);
    connect(m_session.get(), &smtp::SmtpSession::finished, this, [this] {
        QJsonObject document;
        const int code = m_report->finish(m_plan.command, m_plan.then ? &document : nullptr);
        if (code == ExOk && m_plan.connection.account)
            recordVerified(m_plan.connection.account->id,
                           m_session->capabilities().sizeAdvertised ? m_session->capabilities().maxSize : 0);
        if (m_plan.then)
            m_plan.then(code, document);
        else
            QCoreApplication::exit(code);
    });
    m_session->open();
    for (const auto &message : plan.messages.sources)
        m_session->send(plan.envelope, message);
    if (plan.verifyRecipients && !plan.envelope.recipients.isEmpty())
        m_session->verify(plan.envelope);
    m_session->quit();
}

void SmtpRun::recordVerified(const QString &accountId, qint64 serverSizeLimit)
{
    accounts::AccountStore store;
    store.load(); // damaged entries elsewhere in the list are kept as they are by save()
    std::optional<accounts::Account> account = store.find(accountId);
    if (!account)
        return;
    account->verifiedAt = QDateTime::currentDateTimeUtc();
    account->serverSizeLimit = serverSizeLimit;
    store.upsert(*account);
    QString error;
    if (!store.save(&error))
        QTextStream(stderr) << error << Qt::endl;
}

} // namespace remitente::cli
