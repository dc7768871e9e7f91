#include "SnippetTemplate.h"

#include <QRegularExpression>

namespace remitente::guides {

namespace {

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    // C0, DEL and C1 controls, the line and paragraph separators, and the bidirectional overrides and isolates.
    return u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e)
        || (u >= 0x2066 && u <= 0x2069);
}

QString doubleQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == u'\\' || c == u'"') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c == u'\r') {
            out += QStringLiteral("\\r");
        } else if (c == u'\t') {
            out += QStringLiteral("\\t");
        } else if (isControl(c)) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
        } else {
            out += c;
        }
    }
    return out + u'"';
}

QString singleQuotedPhp(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

QString shell(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

QString configQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (isControl(c))
            continue;
        if (c == u'\\' || c == u'"')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

QString substitute(const QString &text, const SnippetValues &values, Literal kind)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{(\w+)(\|sh)?\}\})"));
    QString out;
    qsizetype at = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        out += text.mid(at, match.capturedStart() - at);
        at = match.capturedEnd();
        const QString name = match.captured(1);
        if (values.raw.contains(name)) {
            out += values.raw.value(name);
            continue;
        }
        QString value = values.text.value(name);
        if (kind == Literal::ConfigQuoted) // the whole file is read by lines, comments too
            value.removeIf([](QChar c) { return isControl(c); });
        out += literal(value, match.captured(2).isEmpty() ? kind : Literal::Shell);
    }
    return out + text.mid(at);
}

QString renderSections(const QString &text, const SnippetValues &values, Literal kind)
{
    static const QRegularExpression opening(QStringLiteral(R"(\{\{([#^])(\w+)\}\})"));
    const QRegularExpressionMatch open = opening.match(text);
    if (!open.hasMatch())
        return substitute(text, values, kind);
    const QString closing = QStringLiteral("{{/%1}}").arg(open.captured(2));
    const qsizetype close = text.indexOf(closing, open.capturedEnd());
    if (close < 0) // a template error: shown, not hidden
        return substitute(text, values, kind);
    const bool wanted = values.flags.contains(open.captured(2)) == (open.captured(1) == u"#");
    const QString body = text.mid(open.capturedEnd(), close - open.capturedEnd());
    return substitute(text.left(open.capturedStart()), values, kind)
        + (wanted ? renderSections(body, values, kind) : QString())
        + renderSections(text.mid(close + closing.size()), values, kind);
}

} // namespace

QString literal(const QString &value, Literal kind)
{
    switch (kind) {
    case Literal::DoubleQuoted:
        return doubleQuoted(value);
    case Literal::SingleQuotedPhp:
        return singleQuotedPhp(value);
    case Literal::Shell:
        return shell(value);
    case Literal::ConfigQuoted:
        return configQuoted(value);
    }
    return {};
}

QString renderSnippet(const QString &templateText, const SnippetValues &values, Literal kind)
{
    // A section tag alone on its line goes with the line.
    static const QRegularExpression tagLine(QStringLiteral(R"(^[ \t]*(\{\{[#^/]\w+\}\})[ \t]*\n)"),
                                            QRegularExpression::MultilineOption);
    QString text = templateText;
    text.replace(tagLine, QStringLiteral("\\1"));
    return renderSections(text, values, kind);
}

} // namespace remitente::guides
