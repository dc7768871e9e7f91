#include "QueuedSend.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SendingWarningsOutput.h"

#include "outbox/SendingWarningsFor.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace remitente::cli {

std::optional<int> QueuedSend::start(const QString &accountId, const mime::Message &message,
                                     const QList<QSslCertificate> &extraCa, bool json, bool later)
{
    m_outbox = std::make_unique<OutboxRun>();
    if (const std::optional<int> failed = m_outbox->open(extraCa))
        return failed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const std::optional<accounts::Account> account = m_outbox->accounts().find(accountId))
        printSendingWarnings(
            outbox::sendingWarningsFor(*account, m_outbox->foundation().catalogue(), &m_outbox->store(), message, now));
    QString error;
    const std::optional<qint64> id = m_outbox->store().enqueue(accountId, message, now, &error);
    if (!id)
        return failWith(ExIoErr, error);
    if (!json || later)
        QTextStream(stdout) << *id << QStringLiteral(" queued") << Qt::endl;
    if (later)
        return ExOk;
    m_outbox->run(
        [this, id = *id, json] {
            const std::optional<outbox::OutboxEntry> entry = m_outbox->store().entry(id);
            if (!entry) {
                QCoreApplication::exit(ExSoftware);
                return;
            }
            OutboxRun::print({*entry}, json, &m_outbox->accounts());
            const bool held = entry->state == outbox::MessageState::Queued && m_outbox->needsSignIn(entry->accountId);
            QCoreApplication::exit(held ? ExNoPerm : OutboxRun::exitCodeFor(*entry));
        },
        *id);
    return std::nullopt;
}

} // namespace remitente::cli
