#pragma once

#include <QByteArray>
#include <QString>

namespace remitente::mime {

enum class TransferEncoding { SevenBit, EightBit, QuotedPrintable, Base64 };

QByteArray transferEncodingName(TransferEncoding encoding); // "7bit", "8bit", "quoted-printable", "base64"

// Text as UTF-8 with CRLF line ends (CR, LF and CRLF in the input all become CRLF).
QByteArray toCrlfUtf8(const QString &text);

// 7bit for ASCII with lines of at most 78 octets; else 8bit when the server takes it and every line fits in 998
// octets; else quoted-printable.
TransferEncoding chooseTextEncoding(QByteArrayView crlfText, bool eightBitAllowed);

// RFC 2045 6.7: lines of at most 76 characters with soft breaks, "=" and non-ASCII as =XX, whitespace at a line's
// end encoded so no transport can strip it.
QByteArray encodeQuotedPrintable(QByteArrayView crlfText);

// Base64 in lines of 76 characters, fed piece by piece (an attachment is never held whole).
class Base64LineEncoder
{
public:
    static constexpr qsizetype BytesPerLine = 57; // 57 bytes -> 76 characters
    QByteArray encode(QByteArrayView bytes);
    QByteArray finish();
    // The exact encoded size of n bytes, CRLFs included.
    static qint64 encodedSize(qint64 n);

private:
    QByteArray m_pending;
};

} // namespace remitente::mime
