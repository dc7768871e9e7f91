#include "Reply.h"

namespace remitente::smtp {

QString EnhancedStatusCode::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(klass).arg(subject).arg(detail);
}

namespace {
// Reads 1..3 digits at pos; returns -1 when there are none.
int readNumber(QStringView text, qsizetype &pos)
{
    int value = 0;
    const qsizetype start = pos;
    while (pos < text.size() && pos - start < 3 && text[pos].isDigit()) {
        value = value * 10 + text[pos].digitValue();
        ++pos;
    }
    return pos == start ? -1 : value;
}
} // namespace

EnhancedStatusCode EnhancedStatusCode::parse(QStringView text)
{
    qsizetype pos = 0;
    const int klass = readNumber(text, pos);
    if (klass != 2 && klass != 4 && klass != 5)
        return {};
    if (pos >= text.size() || text[pos] != u'.')
        return {};
    ++pos;
    const int subject = readNumber(text, pos);
    if (subject < 0 || pos >= text.size() || text[pos] != u'.')
        return {};
    ++pos;
    const int detail = readNumber(text, pos);
    if (detail < 0)
        return {};
    if (pos < text.size() && !text[pos].isSpace())
        return {};
    return {klass, subject, detail};
}

QString Reply::text() const
{
    return lines.join(u' ');
}

QString Reply::toString() const
{
    return QString::number(code) + u' ' + text();
}

} // namespace remitente::smtp
