#include "Message.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QUrl>

namespace remitente::mime {

void Message::fixIdentity(const QDateTime &now)
{
    if (!date.isValid())
        date = now;
    if (messageId.isEmpty())
        messageId = newMessageId(from.address);
}

QByteArray newMessageId(const QString &fromAddress)
{
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 4);
    const QByteArray domain = QUrl::toAce(domainOf(fromAddress));
    return random.toHex() + '@' + (domain.isEmpty() ? QByteArray("localhost") : domain);
}

QByteArray rfc5322Date(const QDateTime &when)
{
    const QDateTime local = when.isValid() ? when : QDateTime::currentDateTime();
    const int offset = local.offsetFromUtc() / 60;
    const QByteArray zone = (offset < 0 ? "-" : "+") + QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0')
        + QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0');
    return QLocale::c().toString(local, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + ' ' + zone;
}

QStringList Message::envelopeRecipients() const
{
    QStringList recipients;
    for (const QList<Mailbox> *list : {&to, &cc, &bcc}) {
        for (const Mailbox &mailbox : *list) {
            if (!recipients.contains(mailbox.address, Qt::CaseInsensitive))
                recipients.append(mailbox.address);
        }
    }
    return recipients;
}

} // namespace remitente::mime
