#include "BodyEncoding.h"

#include <algorithm>

namespace remitente::mime {

QByteArray transferEncodingName(TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::SevenBit:
        return "7bit";
    case TransferEncoding::EightBit:
        return "8bit";
    case TransferEncoding::QuotedPrintable:
        return "quoted-printable";
    case TransferEncoding::Base64:
        return "base64";
    }
    return {};
}

QByteArray toCrlfUtf8(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(u'\r', u'\n');
    normalised.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return normalised.toUtf8();
}

TransferEncoding chooseTextEncoding(QByteArrayView crlfText, bool eightBitAllowed)
{
    bool ascii = true;
    bool controls = false;
    qsizetype longest = 0;
    qsizetype line = 0;
    for (qsizetype i = 0; i < crlfText.size(); ++i) {
        const auto c = static_cast<unsigned char>(crlfText[i]);
        if (c == '\r' && i + 1 < crlfText.size() && crlfText[i + 1] == '\n') {
            longest = std::max(longest, line);
            line = 0;
            ++i;
            continue;
        }
        ++line;
        ascii = ascii && c < 0x80;
        controls = controls || c == 0 || c == '\r' || c == '\n';
    }
    longest = std::max(longest, line);
    if (controls)
        return TransferEncoding::QuotedPrintable;
    if (ascii && longest <= 78)
        return TransferEncoding::SevenBit;
    if (eightBitAllowed && longest <= 998)
        return TransferEncoding::EightBit;
    return TransferEncoding::QuotedPrintable;
}

QByteArray encodeQuotedPrintable(QByteArrayView crlfText)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(crlfText.size() * 11 / 10 + 16);
    qsizetype column = 0;
    auto put = [&](QByteArrayView token) {
        if (column + token.size() > 75) { // room for the "=" of a soft break
            out += "=\r\n";
            column = 0;
        }
        out += token;
        column += token.size();
    };
    for (qsizetype i = 0; i < crlfText.size(); ++i) {
        const auto c = static_cast<unsigned char>(crlfText[i]);
        const bool lineEnd = c == '\r' && i + 1 < crlfText.size() && crlfText[i + 1] == '\n';
        if (lineEnd) {
            out += "\r\n";
            column = 0;
            ++i;
            continue;
        }
        const bool atLineEnd = i + 1 == crlfText.size()
            || (crlfText[i + 1] == '\r' && i + 2 < crlfText.size() && crlfText[i + 2] == '\n');
        const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !atLineEnd);
        if (literal) {
            const char ch = char(c);
            put(QByteArrayView(&ch, 1));
        } else {
            const char escaped[3] = {'=', hex[c >> 4], hex[c & 15]};
            put(QByteArrayView(escaped, 3));
        }
    }
    return out;
}

QByteArray Base64LineEncoder::encode(QByteArrayView bytes)
{
    m_pending.append(bytes.data(), bytes.size());
    const qsizetype whole = m_pending.size() / BytesPerLine * BytesPerLine;
    // Whole lines are a multiple of 3 bytes, so one base64 run cut every 76 characters gives the same lines.
    const QByteArray encoded = QByteArray::fromRawData(m_pending.constData(), whole).toBase64();
    QByteArray out(encoded.size() / 76 * 78, Qt::Uninitialized);
    char *target = out.data();
    for (qsizetype pos = 0; pos < encoded.size(); pos += 76) {
        std::copy_n(encoded.constData() + pos, 76, target);
        target[76] = '\r';
        target[77] = '\n';
        target += 78;
    }
    m_pending.remove(0, whole);
    return out;
}

QByteArray Base64LineEncoder::finish()
{
    if (m_pending.isEmpty())
        return {};
    QByteArray out = m_pending.toBase64() + "\r\n";
    m_pending.clear();
    return out;
}

qint64 Base64LineEncoder::encodedSize(qint64 n)
{
    const qint64 fullLines = n / BytesPerLine;
    const qint64 rest = n % BytesPerLine;
    return fullLines * 78 + (rest ? (rest + 2) / 3 * 4 + 2 : 0);
}

} // namespace remitente::mime
