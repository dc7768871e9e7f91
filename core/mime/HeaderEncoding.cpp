#include "HeaderEncoding.h"

#include <QTextBoundaryFinder>
#include <QUrl>

namespace remitente::mime {

namespace {

bool isAsciiPrintableText(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool qLiteral(char c, WordContext context)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    if (context == WordContext::Phrase)
        return c == '!' || c == '*' || c == '+' || c == '-' || c == '/';
    return c > 0x20 && c < 0x7f && c != '=' && c != '?' && c != '_' && c != '(' && c != ')' && c != '"';
}

qsizetype qLength(QByteArrayView bytes, WordContext context)
{
    qsizetype length = 0;
    for (const char c : bytes)
        length += (c == ' ' || qLiteral(c, context)) ? 1 : 3;
    return length;
}

qsizetype bLength(qsizetype bytes)
{
    return (bytes + 2) / 3 * 4;
}

QByteArray qEncode(QByteArrayView bytes, WordContext context)
{
    QByteArray out;
    for (const char c : bytes) {
        if (c == ' ')
            out += '_';
        else if (qLiteral(c, context))
            out += c;
        else
            out += '=' + QByteArray(1, c).toHex().toUpper();
    }
    return out;
}

// The text cut into grapheme clusters (what a person sees as one character), as UTF-8.
QList<QByteArray> characters(const QString &text)
{
    QList<QByteArray> pieces;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        pieces.append(text.mid(start, end - start).toUtf8());
        start = end;
    }
    return pieces;
}

// Joins tokens with spaces after "Name:", moving a token to a new line (CRLF SP) when the line would pass the
// fold column. Tokens are never broken.
QByteArray fold(QByteArrayView name, const QList<QByteArray> &tokens)
{
    QByteArray out = name.toByteArray() + ':';
    qsizetype lineLength = out.size();
    bool lineHasToken = false;
    for (const QByteArray &token : tokens) {
        if (lineHasToken && !token.isEmpty() && lineLength + 1 + token.size() > FoldColumn) {
            out += "\r\n";
            lineLength = 0;
        }
        out += ' ' + token;
        lineLength += 1 + token.size();
        lineHasToken = true;
    }
    return out + "\r\n";
}

bool needsQuoting(const QString &name)
{
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    for (const QChar c : name) {
        if (specials.contains(c))
            return true;
    }
    return false;
}

// A display name as RFC 5322 words: atoms where possible, each word quoted on its own when it has specials (so
// long names can still fold), encoded-words when it is not ASCII or a word is too long to fold.
QList<QByteArray> phraseTokens(const QString &name, qsizetype firstWordMax)
{
    if (!isAsciiPrintableText(name) || name.startsWith(QStringLiteral("=?")))
        return encodeWords(name, WordContext::Phrase, firstWordMax);
    QList<QByteArray> tokens;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        tokens.append(needsQuoting(word) ? quotedString(word) : word.toLatin1());
        if (tokens.last().size() > firstWordMax)
            return encodeWords(name, WordContext::Phrase, firstWordMax);
    }
    return tokens;
}

} // namespace

QList<QByteArray> encodeWords(const QString &text, WordContext context, qsizetype firstWordMax)
{
    const QByteArray utf8 = text.toUtf8();
    const bool useB = bLength(utf8.size()) < qLength(utf8, context);
    const QByteArray prefix = useB ? "=?utf-8?B?" : "=?utf-8?Q?";
    const qsizetype overhead = prefix.size() + 2;

    QList<QByteArray> words;
    QByteArray pending;
    auto wordLength
        = [&](QByteArrayView bytes) { return overhead + (useB ? bLength(bytes.size()) : qLength(bytes, context)); };
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        words.append(prefix + (useB ? pending.toBase64() : qEncode(pending, context)) + "?=");
        pending.clear();
    };
    auto limit = [&] { return words.isEmpty() ? std::max<qsizetype>(firstWordMax, overhead + 12) : MaxEncodedWord; };
    for (const QByteArray &character : characters(text)) {
        if (!pending.isEmpty() && wordLength(pending + character) > limit())
            flush();
        if (wordLength(character) <= limit()) {
            pending += character;
            continue;
        }
        // A cluster too long for one word (long emoji sequences): split it between code points.
        for (const QChar c : QString::fromUtf8(character)) {
            const QByteArray unit = QString(c).toUtf8();
            if (c.isLowSurrogate() && !pending.isEmpty()) {
                pending += unit;
                continue;
            }
            if (!pending.isEmpty() && wordLength(pending + unit) > limit())
                flush();
            pending += unit;
        }
    }
    flush();
    return words;
}

QByteArray unstructuredHeader(QByteArrayView name, const QString &value)
{
    const QList<QByteArray> words = value.toLatin1().split(' ');
    bool plain = isAsciiPrintableText(value) && !value.contains(QStringLiteral("=?"));
    for (const QByteArray &word : words)
        plain = plain && name.size() + 2 + word.size() <= FoldColumn;
    if (plain)
        return fold(name, words);
    return fold(name, encodeWords(value, WordContext::Text, 76 - name.size() - 2));
}

QByteArray headerAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString domain = address.mid(at + 1);
    QByteArray ace = isAsciiPrintableText(domain) ? domain.toLatin1() : QUrl::toAce(domain);
    if (ace.isEmpty())
        ace = domain.toUtf8();
    return address.left(at).toUtf8() + '@' + ace;
}

QByteArray addressHeader(QByteArrayView name, const QList<Mailbox> &mailboxes)
{
    QList<QByteArray> tokens;
    for (qsizetype i = 0; i < mailboxes.size(); ++i) {
        const Mailbox &mailbox = mailboxes[i];
        const QByteArray address = headerAddress(mailbox.address);
        QByteArray last;
        if (mailbox.name.trimmed().isEmpty()) {
            last = address;
        } else {
            const qsizetype room = tokens.isEmpty() ? 76 - name.size() - 2 : MaxEncodedWord;
            tokens += phraseTokens(mailbox.name.simplified(), room);
            last = '<' + address + '>';
        }
        if (i + 1 < mailboxes.size())
            last += ',';
        tokens.append(last);
    }
    return fold(name, tokens);
}

QByteArray plainHeader(QByteArrayView name, QByteArrayView value)
{
    return fold(name, value.toByteArray().split(' '));
}

QByteArray quotedString(const QString &ascii)
{
    QByteArray quoted = "\"";
    for (const QChar c : ascii) {
        if (c == u'"' || c == u'\\')
            quoted += '\\';
        quoted += char(c.unicode());
    }
    return quoted + '"';
}

bool isSafeHeaderValue(const QString &value)
{
    return !value.contains(u'\r') && !value.contains(u'\n') && !value.contains(QChar(0));
}

} // namespace remitente::mime
