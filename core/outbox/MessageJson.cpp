#include "MessageJson.h"

#include <QJsonArray>

namespace remitente::outbox {

namespace {
QJsonArray mailboxes(const QList<mime::Mailbox> &list)
{
    QJsonArray array;
    for (const mime::Mailbox &mailbox : list)
        array.append(QJsonObject{{QStringLiteral("name"), mailbox.name}, {QStringLiteral("address"), mailbox.address}});
    return array;
}

mime::Mailbox mailbox(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("address")).toString()};
}

QList<mime::Mailbox> mailboxes(const QJsonValue &value)
{
    QList<mime::Mailbox> list;
    for (const QJsonValue &item : value.toArray())
        list.append(mailbox(item));
    return list;
}
} // namespace

QJsonObject messageToJson(const mime::Message &message)
{
    QJsonArray attachments;
    for (const mime::Attachment &attachment : message.attachments)
        attachments.append(QJsonObject{{QStringLiteral("path"), attachment.path},
                                       {QStringLiteral("fileName"), attachment.fileName},
                                       {QStringLiteral("mimeType"), attachment.mimeType}});
    QJsonObject object{{QStringLiteral("from"), mailboxes({message.from}).first()},
                       {QStringLiteral("replyTo"), mailboxes(message.replyTo)},
                       {QStringLiteral("to"), mailboxes(message.to)},
                       {QStringLiteral("cc"), mailboxes(message.cc)},
                       {QStringLiteral("bcc"), mailboxes(message.bcc)},
                       {QStringLiteral("subject"), message.subject},
                       {QStringLiteral("text"), message.text},
                       {QStringLiteral("html"), message.html},
                       {QStringLiteral("attachments"), attachments},
                       {QStringLiteral("date"), message.date.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("messageId"), QString::fromLatin1(message.messageId)}};
    if (message.listUnsubscribe)
        object.insert(QStringLiteral("listUnsubscribe"),
                      QJsonObject{{QStringLiteral("address"), message.listUnsubscribe->address},
                                  {QStringLiteral("url"), message.listUnsubscribe->url}});
    return object;
}

mime::Message messageFromJson(const QJsonObject &object)
{
    mime::Message message;
    message.from = mailbox(object.value(QStringLiteral("from")));
    message.replyTo = mailboxes(object.value(QStringLiteral("replyTo")));
    message.to = mailboxes(object.value(QStringLiteral("to")));
    message.cc = mailboxes(object.value(QStringLiteral("cc")));
    message.bcc = mailboxes(object.value(QStringLiteral("bcc")));
    message.subject = object.value(QStringLiteral("subject")).toString();
    message.text = object.value(QStringLiteral("text")).toString();
    message.html = object.value(QStringLiteral("html")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject attachment = value.toObject();
        message.attachments.append({attachment.value(QStringLiteral("path")).toString(),
                                    attachment.value(QStringLiteral("fileName")).toString(),
                                    attachment.value(QStringLiteral("mimeType")).toString()});
    }
    message.date = QDateTime::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODateWithMs);
    message.messageId = object.value(QStringLiteral("messageId")).toString().toLatin1();
    if (const QJsonValue unsubscribe = object.value(QStringLiteral("listUnsubscribe")); unsubscribe.isObject())
        message.listUnsubscribe = mime::ListUnsubscribe{unsubscribe[QStringLiteral("address")].toString(),
                                                        unsubscribe[QStringLiteral("url")].toString()};
    return message;
}

} // namespace remitente::outbox
