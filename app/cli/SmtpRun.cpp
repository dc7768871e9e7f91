#include "SmtpRun.h"

#include "ExitCode.h"

#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"
#include "system/SecretWipe.h"
#include "text/TerminalText.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

void SmtpRun::start(SmtpPlan plan, bool secretFromKeychain)
{
    m_plan = std::move(plan);
    if (!secretFromKeychain) {
        launch();
        return;
    }
    // The keychain answers through the event loop.
    m_secrets = std::make_unique<accounts::KeychainSecretStore>();
    m_secrets->read(m_plan.accountId, [this](const accounts::SecretStore::Result &result) {
        if (result.status != accounts::SecretStore::Status::Ok) {
            QTextStream(stderr) << tr("The password for this account could not be read from the system keychain: %1")
                                       .arg(text::terminalSafe(result.message))
                                << Qt::endl;
            QCoreApplication::exit(result.status == accounts::SecretStore::Status::NotFound ? ExNoPerm : ExTempFail);
            return;
        }
        m_plan.credentials.secret = result.secret;
        launch();
    });
}

void SmtpRun::launch()
{
    const SmtpPlan &plan = m_plan;
    m_session = std::make_unique<smtp::SmtpSession>(plan.options);
    m_session->setCredentials(plan.credentials);
    // Handed over: the session holds the one copy and wipes it once signed in.
    system::wipeSecret(m_plan.credentials.secret);
    m_report = std::make_unique<SessionReport>(*m_session, plan.json, plan.transcript, plan.providerId);
    m_report->setMessageNames(plan.messages.names);
    connect(m_session.get(), &smtp::SmtpSession::finished, this, [this] {
        const int code = m_report->finish(m_plan.command);
        if (code == ExOk && !m_plan.accountId.isEmpty())
            recordVerified(m_plan.accountId);
        QCoreApplication::exit(code);
    });
    m_session->open();
    for (const auto &message : plan.messages.sources)
        m_session->send(plan.envelope, message);
    if (plan.verifyRecipients && !plan.envelope.recipients.isEmpty())
        m_session->verify(plan.envelope);
    m_session->quit();
}

void SmtpRun::recordVerified(const QString &accountId)
{
    accounts::AccountStore store;
    store.load(); // damaged entries elsewhere in the list are kept as they are by save()
    std::optional<accounts::Account> account = store.find(accountId);
    if (!account)
        return;
    account->verifiedAt = QDateTime::currentDateTimeUtc();
    store.upsert(*account);
    QString error;
    if (!store.save(&error))
        QTextStream(stderr) << error << Qt::endl;
}

} // namespace remitente::cli
