#include "Mailbox.h"

namespace remitente::mime {

QString Mailbox::toDisplayString() const
{
    if (name.isEmpty())
        return address;
    return name + QStringLiteral(" <") + address + u'>';
}

} // namespace remitente::mime
