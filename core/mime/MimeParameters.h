#pragma once

#include <QByteArray>
#include <QString>

namespace remitente::mime {

// Content-Type and Content-Disposition for an attachment. A non-ASCII file name goes as RFC 2231
// (filename*=utf-8''..., in continuations when long) plus an RFC 2047 name= for older readers.
QByteArray attachmentHeaders(const QString &mimeType, const QString &fileName);

// RFC 2231 parameter value: utf-8''percent-encoded, cut into pieces of at most maxPiece characters that never
// split a %XX.
QList<QByteArray> rfc2231Pieces(const QString &value, qsizetype maxPiece);

} // namespace remitente::mime
