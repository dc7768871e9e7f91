#pragma once

#include "Mailbox.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace remitente::mime {

// Where an encoded-word stands: unstructured text (Subject) or a phrase (a display name), which allows fewer
// literal characters in Q encoding (RFC 2047 5).
enum class WordContext { Text, Phrase };

// Lines are folded at 78 columns; no line with an encoded-word goes over 76 (RFC 2047 2).
constexpr qsizetype FoldColumn = 78;
constexpr qsizetype MaxEncodedWord = 75;

// RFC 2047 encoded-words for text: UTF-8, B or Q, whichever is shorter for the whole text; each word at most
// MaxEncodedWord characters (the first at most firstWordMax) and never split inside a character.
QList<QByteArray> encodeWords(const QString &text, WordContext context, qsizetype firstWordMax = MaxEncodedWord);

// Complete header fields, folded, ending with CRLF. The values must have passed isSafeHeaderValue().
QByteArray unstructuredHeader(QByteArrayView name, const QString &value);
QByteArray addressHeader(QByteArrayView name, const QList<Mailbox> &mailboxes);
// A header whose value is ASCII the writer made itself (Date, Message-ID, Content-Type, ...): folded only.
QByteArray plainHeader(QByteArrayView name, QByteArrayView value);

// The address as written in a header: the domain as IDNA A-labels; a non-ASCII local part stays UTF-8 (it then
// needs SMTPUTF8, which the session checks).
QByteArray headerAddress(const QString &address);

// An RFC 5322 quoted-string of printable ASCII text, with " and \ escaped.
QByteArray quotedString(const QString &ascii);

// False when the value has a CR, LF or NUL, which could end the header early and inject another.
bool isSafeHeaderValue(const QString &value);

} // namespace remitente::mime
