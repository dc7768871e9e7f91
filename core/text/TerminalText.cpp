#include "TerminalText.h"

namespace remitente::text {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

void appendEscaped(QString &out, char16_t c)
{
    switch (c) {
    case u'\r':
        out += QLatin1StringView("\\r");
        return;
    case u'\n':
        out += QLatin1StringView("\\n");
        return;
    case u'\t':
        out += QLatin1StringView("\\t");
        return;
    default:
        break;
    }
    if (c <= 0xFF)
        out += QLatin1StringView("\\x") + QString::number(c, 16).toUpper().rightJustified(2, u'0');
    else
        out += QLatin1StringView("\\u") + QString::number(c, 16).toUpper().rightJustified(4, u'0');
}

QString escape(QStringView text, bool keepLineFeeds)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (keepLineFeeds && c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            continue; // CRLF: the LF that follows is the line end
        if (!needsEscape(c) || (keepLineFeeds && c == u'\n'))
            out += QChar(c);
        else
            appendEscaped(out, c);
    }
    return out;
}

} // namespace

QString terminalSafe(QStringView text)
{
    return escape(text, false);
}

QString terminalSafeLines(QStringView text)
{
    return escape(text, true);
}

} // namespace remitente::text
