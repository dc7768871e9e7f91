#include "Message.h"

#include <QRandomGenerator>
#include <QUrl>

namespace remitente::mime {

void Message::fixIdentity(const QDateTime &now)
{
    if (!date.isValid())
        date = now;
    if (messageId.isEmpty()) {
        // 128 random bits @ the sender's domain (as punycode), as RFC 5322 3.6.4 suggests.
        QByteArray random(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 4);
        const QByteArray domain = QUrl::toAce(domainOf(from.address));
        messageId = random.toHex() + '@' + (domain.isEmpty() ? QByteArray("localhost") : domain);
    }
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
