#include "HeaderDecoding.h"

#include <QStringDecoder>

#include <optional>

namespace remitente::mime {

namespace {

QString bytesAsText(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQ(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out += char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

// "=?charset?B?text?=" (the charset may carry a *language, RFC 2231): the decoded text, or nullopt when the word is
// not one or its charset is unknown.
std::optional<QString> decodeWord(QByteArrayView word)
{
    if (word.size() < 8 || !word.startsWith("=?") || !word.endsWith("?="))
        return std::nullopt;
    const QByteArrayView inner = word.sliced(2, word.size() - 4);
    const qsizetype first = inner.indexOf('?');
    if (first <= 0 || first + 2 >= inner.size() || inner[first + 2] != '?')
        return std::nullopt;
    QByteArray charset = inner.first(first).toByteArray();
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset.truncate(star);
    const char encoding = inner[first + 1];
    const QByteArrayView text = inner.sliced(first + 3);
    QByteArray bytes;
    if (encoding == 'B' || encoding == 'b') {
        const auto decoded
            = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        bytes = decoded.decoded;
    } else if (encoding == 'Q' || encoding == 'q') {
        bytes = decodeQ(text);
    } else {
        return std::nullopt;
    }
    const QByteArray name = charset.toLower();
    if (name == "utf-8" || name == "utf8" || name == "us-ascii")
        return bytesAsText(bytes);
    if (name == "iso-8859-1" || name == "latin1")
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return std::nullopt;
    return QString(decoder(bytes));
}

bool isBlank(QByteArrayView text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

} // namespace

QString decodeHeaderText(QByteArrayView value, qsizetype maxLength)
{
    QString out;
    qsizetype at = 0;
    bool lastWasEncoded = false;
    while (at < value.size() && out.size() < maxLength) {
        const qsizetype start = value.indexOf("=?", at);
        if (start < 0) {
            out += bytesAsText(value.sliced(at));
            break;
        }
        // An encoded-word has no whitespace in it and ends at the first "?=" after its charset and encoding.
        qsizetype end = -1;
        qsizetype questionMarks = 0;
        for (qsizetype i = start + 2; i + 1 < value.size(); ++i) {
            const char c = value[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                break;
            if (c == '?') {
                ++questionMarks;
                if (questionMarks >= 3 && value[i + 1] == '=') {
                    end = i + 2;
                    break;
                }
            }
        }
        const std::optional<QString> word = end < 0 ? std::nullopt : decodeWord(value.sliced(start, end - start));
        const QByteArrayView before = value.sliced(at, start - at);
        if (!word) {
            out += bytesAsText(value.sliced(at, start + 2 - at));
            at = start + 2;
            lastWasEncoded = false;
            continue;
        }
        if (!(lastWasEncoded && isBlank(before)))
            out += bytesAsText(before);
        out += *word;
        at = end;
        lastWasEncoded = true;
    }
    out.replace(u'\r', u' ').replace(u'\n', u' ');
    return out.left(maxLength);
}

} // namespace remitente::mime
