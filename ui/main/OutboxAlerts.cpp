#include "OutboxAlerts.h"

#include "AccountStatus.h"

#include <QLocale>

namespace remitente::ui {

OutboxSnapshot OutboxSnapshot::take(const AppServices &services, const QDateTime &now)
{
    OutboxSnapshot snapshot;
    if (services.outboxStore) {
        using State = outbox::MessageState;
        for (const outbox::OutboxEntry &entry : services.outboxStore->entries({State::Failed}))
            snapshot.failed.append({entry.id, entry.accountId, entry.message.subject});
        snapshot.waiting = int(services.outboxStore->entries({State::Queued, State::Sending, State::Retrying}).size());
    }
    if (!services.store)
        return snapshot;
    for (const accounts::Account &account : services.store->accounts()) {
        if (services.planner && services.planner->needsSignIn(account))
            snapshot.needsSignIn.insert(account.id, account.address);
        else if (const auto paused = services.outboxStore ? services.outboxStore->pause(account.id, now) : std::nullopt)
            snapshot.paused.insert(account.id,
                                   OutboxAlerts::tr("Sending from %1 is paused until %2: %3")
                                       .arg(account.address,
                                            QLocale().toString(paused->first.toLocalTime(), QLocale::ShortFormat),
                                            paused->second));
    }
    return snapshot;
}

void OutboxAlerts::update(const OutboxSnapshot &snapshot, bool windowSeen)
{
    const bool tell = m_started && !windowSeen;
    if (tell) {
        QList<OutboxSnapshot::Failure> fresh;
        for (const OutboxSnapshot::Failure &failure : snapshot.failed) {
            if (!m_knownFailures.contains(failure.id))
                fresh.append(failure);
        }
        if (fresh.size() == 1) {
            const QString subject = fresh.first().subject.isEmpty() ? tr("(no subject)") : fresh.first().subject;
            Q_EMIT alert({Alert::Place::Outbox, fresh.first().accountId, tr("A message could not be sent"),
                          tr("\"%1\" could not be sent. Open the outbox to see why and what to do.").arg(subject)});
        } else if (fresh.size() > 1) {
            Q_EMIT alert({Alert::Place::Outbox,
                          {},
                          messagesCouldNotBeSent(int(fresh.size())),
                          tr("Open the outbox to see why and what to do.")});
        }
        for (auto it = snapshot.needsSignIn.cbegin(); it != snapshot.needsSignIn.cend(); ++it) {
            if (!m_last.needsSignIn.contains(it.key()))
                Q_EMIT alert({Alert::Place::Account, it.key(), tr("Sign in again to send from %1").arg(it.value()),
                              tr("Its provider ended the sign-in. Its messages wait until you sign in again.")});
        }
        for (auto it = snapshot.paused.cbegin(); it != snapshot.paused.cend(); ++it) {
            if (!m_last.paused.contains(it.key()))
                Q_EMIT alert({Alert::Place::Account, it.key(), tr("Sending is paused"), it.value()});
        }
    }
    m_knownFailures.clear();
    for (const OutboxSnapshot::Failure &failure : snapshot.failed)
        m_knownFailures.insert(failure.id);
    const QString before = summary();
    m_last = snapshot;
    m_started = true;
    if (summary() != before)
        Q_EMIT summaryChanged();
}

QString OutboxAlerts::summary() const
{
    QStringList lines;
    if (m_last.waiting == 0)
        lines << tr("Nothing waiting to be sent");
    else
        lines << (m_last.waiting == 1 ? tr("Sending 1 message…") : tr("Sending %n messages…", nullptr, m_last.waiting));
    if (!m_last.failed.isEmpty())
        lines << messagesCouldNotBeSent(int(m_last.failed.size()));
    for (const QString &address : m_last.needsSignIn)
        lines << tr("%1 must sign in again").arg(address);
    for (const QString &pause : m_last.paused)
        lines << pause;
    return lines.join(u'\n');
}

} // namespace remitente::ui
