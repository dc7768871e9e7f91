#include "ImapResponse.h"

namespace remitente::imap {

bool ImapValue::isAtom(const char *upperCase) const
{
    return kind == Kind::Atom && text.compare(QByteArrayView(upperCase), Qt::CaseInsensitive) == 0;
}

} // namespace remitente::imap
