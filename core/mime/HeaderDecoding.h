#pragma once

#include <QByteArrayView>
#include <QString>

namespace remitente::mime {

// Reads header text another program wrote, for showing it: RFC 2047 encoded-words (B and Q, in UTF-8, Latin-1,
// ASCII or any charset Qt knows) become text, whitespace between adjacent encoded-words is dropped, and bytes that
// are not valid UTF-8 are read as Latin-1. Words in an unknown charset stay as written. At most maxLength characters
// come out, so a huge header cannot make a huge label.
QString decodeHeaderText(QByteArrayView value, qsizetype maxLength = 1000);

} // namespace remitente::mime
