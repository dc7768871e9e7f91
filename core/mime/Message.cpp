#include "Message.h"

namespace remitente::mime {

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
