#include "MessageProgress.h"

#include <QLocale>
#include <QTimer>

namespace remitente::ui {

namespace {
// The problem as one finished sentence, whatever the server's words ended with.
QString sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || trimmed.endsWith(u'.') || trimmed.endsWith(u'!') || trimmed.endsWith(u'?')
        ? trimmed
        : trimmed + u'.';
}
} // namespace

MessageProgress::MessageProgress(outbox::OutboxStore &store, outbox::Outbox *outbox, qint64 id, QObject *parent)
    : QObject(parent), m_store(store), m_id(id)
{
    if (outbox)
        connect(outbox, &outbox::Outbox::changed, this, [this](qint64 changed) {
            if (changed == m_id || changed == 0)
                look();
        });
    QTimer::singleShot(0, this, &MessageProgress::look); // once whoever listens is connected
}

QString MessageProgress::describe(const outbox::OutboxEntry &entry)
{
    using State = outbox::MessageState;
    switch (entry.state) {
    case State::Queued:
        return entry.lastError.isEmpty() ? tr("The message is in the outbox and on its way.")
                                         : tr("The message waits in the outbox: %1").arg(entry.lastError);
    case State::Sending:
        return tr("Sending the message…");
    case State::Sent:
        return entry.refused.isEmpty() ? tr("The message was sent.")
                                       : tr("The message was sent, but not to everyone: see the Sent tab.");
    case State::Retrying:
        return tr("The message could not be sent yet: %1 Remitente tries again at %2.")
            .arg(sentence(entry.lastError),
                 QLocale().toString(entry.nextAttemptAt.toLocalTime().time(), QLocale::ShortFormat));
    case State::Failed:
        return tr("The message could not be sent: %1 Open the Outbox to edit it and send it again.")
            .arg(sentence(entry.lastError));
    case State::Uncertain:
        return tr("The message may or may not have arrived: %1").arg(entry.lastError);
    }
    return {};
}

void MessageProgress::look()
{
    const std::optional<outbox::OutboxEntry> entry = m_store.entry(m_id);
    if (!entry) { // deleted meanwhile
        deleteLater();
        return;
    }
    if (const QString text = describe(*entry); text != m_text) {
        m_text = text;
        Q_EMIT textChanged(text);
    }
    using State = outbox::MessageState;
    if (entry->state == State::Sent || entry->state == State::Failed || entry->state == State::Uncertain)
        deleteLater();
}

} // namespace remitente::ui
