#pragma once

#include "outbox/Outbox.h"

#include <QObject>

namespace remitente::ui {

// Follows one queued message until the server took it or refused it, and says where it is in words that stay
// true: on its way, sent, will be tried again (and why), could not be sent (and why). Goes away by itself once
// the message has settled.
class MessageProgress : public QObject
{
    Q_OBJECT
public:
    MessageProgress(outbox::OutboxStore &store, outbox::Outbox *outbox, qint64 id, QObject *parent = nullptr);
    static QString describe(const outbox::OutboxEntry &entry); // translated, one sentence or two

Q_SIGNALS:
    void textChanged(const QString &text);

private:
    void look();

    outbox::OutboxStore &m_store;
    qint64 m_id;
    QString m_text;
};

} // namespace remitente::ui
