#include "MimeParameters.h"

#include "HeaderEncoding.h"

#include <QList>

namespace remitente::mime {

namespace {
bool isAttrChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$&+-.^_`|~").contains(c);
}

bool isPlainQuotable(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return value.size() <= 60;
}
} // namespace

QList<QByteArray> rfc2231Pieces(const QString &value, qsizetype maxPiece)
{
    static const char hex[] = "0123456789ABCDEF";
    QList<QByteArray> pieces{"utf-8''"};
    for (const char c : value.toUtf8()) {
        QByteArray unit(1, c);
        if (!isAttrChar(c))
            unit = QByteArray("%") + hex[static_cast<unsigned char>(c) >> 4] + hex[static_cast<unsigned char>(c) & 15];
        if (pieces.last().size() + unit.size() > maxPiece)
            pieces.append(QByteArray());
        pieces.last() += unit;
    }
    return pieces;
}

QByteArray attachmentHeaders(const QString &mimeType, const QString &fileName)
{
    QByteArray type = "Content-Type: " + mimeType.toLatin1();
    QByteArray disposition = "Content-Disposition: attachment";
    if (isPlainQuotable(fileName)) {
        type += ";\r\n name=" + quotedString(fileName);
        disposition += ";\r\n filename=" + quotedString(fileName);
    } else {
        const QList<QByteArray> words = encodeWords(fileName, WordContext::Phrase, 60);
        type += ";\r\n name=\"" + words.join("\r\n ") + '"';
        const QList<QByteArray> pieces = rfc2231Pieces(fileName, 60);
        if (pieces.size() == 1) {
            disposition += ";\r\n filename*=" + pieces.first();
        } else {
            for (qsizetype i = 0; i < pieces.size(); ++i)
                disposition += ";\r\n filename*" + QByteArray::number(i) + "*=" + pieces[i];
        }
    }
    return type + "\r\n" + disposition + "\r\n";
}

} // namespace remitente::mime
