#include "Mailbox.h"

namespace remitente::mime {

QString Mailbox::toDisplayString() const
{
    if (name.isEmpty())
        return address;
    return name + QStringLiteral(" <") + address + u'>';
}

QString localPartOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? address : address.left(at);
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1);
}

} // namespace remitente::mime
