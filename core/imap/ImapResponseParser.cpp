#include "ImapResponseParser.h"

namespace remitente::imap {

namespace {

constexpr qsizetype MaxSummary = 1000;

bool isStatusWord(QByteArrayView word)
{
    for (const char *status : {"OK", "NO", "BAD", "BYE", "PREAUTH"}) {
        if (word.compare(QByteArrayView(status), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Walks one response line by line: a line ends at CRLF, and a literal {n} at the end of a line carries n bytes
// before the next line of the same response begins.
class Reader
{
public:
    Reader(QByteArrayView buffer, const ImapResponseLimits &limits) : m_buf(buffer), m_limits(limits) { }

    enum class Outcome { Ok, Incomplete, Error };

    // Makes [m_pos, m_lineEnd) the line starting at m_pos.
    Outcome beginLine()
    {
        const qsizetype lf = m_buf.indexOf('\n', m_pos);
        if (lf < 0) {
            if (m_buf.size() - m_pos > m_limits.maxLine)
                return fail(QStringLiteral("a line longer than %1 bytes").arg(m_limits.maxLine));
            return Outcome::Incomplete;
        }
        if (lf == m_pos || m_buf[lf - 1] != '\r')
            return fail(QStringLiteral("a line that does not end with CRLF"));
        if (lf - m_pos > m_limits.maxLine)
            return fail(QStringLiteral("a line longer than %1 bytes").arg(m_limits.maxLine));
        m_lineEnd = lf - 1;
        if (lf + 1 > m_limits.maxResponse)
            return fail(QStringLiteral("a response larger than %1 bytes").arg(m_limits.maxResponse));
        return Outcome::Ok;
    }

    bool atLineEnd() const { return m_pos >= m_lineEnd; }
    qsizetype position() const { return m_pos; }
    void rewind(qsizetype position) { m_pos = position; }
    char peek() const { return m_buf[m_pos]; }

    void skipSpaces()
    {
        while (m_pos < m_lineEnd && m_buf[m_pos] == ' ')
            ++m_pos;
    }

    // The rest of the line, up to CRLF; then the response is over.
    QByteArray restOfLine()
    {
        const QByteArray rest = m_buf.sliced(m_pos, m_lineEnd - m_pos).toByteArray();
        m_pos = m_lineEnd;
        return rest;
    }

    QByteArray word() // up to the next space
    {
        const qsizetype start = m_pos;
        while (m_pos < m_lineEnd && m_buf[m_pos] != ' ')
            ++m_pos;
        return m_buf.sliced(start, m_pos - start).toByteArray();
    }

    Outcome values(QList<ImapValue> &out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return fail(QStringLiteral("lists nested deeper than %1").arg(m_limits.maxDepth));
        for (;;) {
            skipSpaces();
            if (atLineEnd()) {
                if (depth > 0)
                    return fail(QStringLiteral("a list that is never closed"));
                return Outcome::Ok;
            }
            const char c = peek();
            if (c == ')') {
                if (depth == 0)
                    return fail(QStringLiteral("a \")\" without \"(\""));
                ++m_pos;
                return Outcome::Ok;
            }
            if (++m_valueCount > m_limits.maxValues)
                return fail(QStringLiteral("more than %1 values").arg(m_limits.maxValues));
            ImapValue value;
            Outcome outcome = Outcome::Ok;
            if (c == '(') {
                ++m_pos;
                value.kind = ImapValue::Kind::List;
                outcome = values(value.list, depth + 1);
            } else if (c == '"') {
                outcome = quoted(value);
            } else if (c == '{' || (c == '~' && m_pos + 1 < m_lineEnd && m_buf[m_pos + 1] == '{')) {
                outcome = literal(value);
            } else {
                outcome = atom(value);
            }
            if (outcome != Outcome::Ok)
                return outcome;
            out.append(std::move(value));
        }
    }

    Outcome finish(ImapParseResult &result)
    {
        m_summary += m_buf.sliced(m_lineStart, m_lineEnd - m_lineStart);
        result.status = ImapParseResult::Status::Complete;
        result.consumed = m_lineEnd + 2;
        result.response.summary = m_summary.left(MaxSummary);
        return Outcome::Ok;
    }

    Outcome fail(const QString &what)
    {
        m_error = what;
        return Outcome::Error;
    }
    const QString &error() const { return m_error; }

private:
    Outcome quoted(ImapValue &value)
    {
        value.kind = ImapValue::Kind::String;
        ++m_pos;
        while (m_pos < m_lineEnd) {
            const char c = m_buf[m_pos++];
            if (c == '"')
                return Outcome::Ok;
            if (c == '\\') {
                if (m_pos >= m_lineEnd)
                    break;
                value.text += m_buf[m_pos++];
                continue;
            }
            value.text += c;
        }
        return fail(QStringLiteral("a quoted string that is never closed"));
    }

    Outcome literal(ImapValue &value)
    {
        value.kind = ImapValue::Kind::String;
        if (m_buf[m_pos] == '~')
            ++m_pos;
        ++m_pos; // '{'
        qsizetype size = 0;
        qsizetype digits = 0;
        while (m_pos < m_lineEnd && m_buf[m_pos] >= '0' && m_buf[m_pos] <= '9') {
            size = size * 10 + (m_buf[m_pos++] - '0');
            if (++digits > 10 || size > m_limits.maxLiteral)
                return fail(QStringLiteral("a literal larger than %1 bytes").arg(m_limits.maxLiteral));
        }
        if (m_pos < m_lineEnd && m_buf[m_pos] == '+')
            ++m_pos;
        if (digits == 0 || m_pos >= m_lineEnd || m_buf[m_pos] != '}' || m_pos + 1 != m_lineEnd)
            return fail(QStringLiteral("a malformed literal"));
        const qsizetype dataStart = m_lineEnd + 2;
        if (dataStart + size > m_limits.maxResponse)
            return fail(QStringLiteral("a response larger than %1 bytes").arg(m_limits.maxResponse));
        if (m_buf.size() < dataStart + size)
            return Outcome::Incomplete;
        value.text = m_buf.sliced(dataStart, size).toByteArray();
        m_summary += m_buf.sliced(m_lineStart, m_pos - m_lineStart);
        m_summary += " bytes}";
        m_pos = dataStart + size;
        m_lineStart = m_pos;
        return beginLine();
    }

    Outcome atom(ImapValue &value)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_lineEnd) {
            const char c = m_buf[m_pos];
            if (c == ' ' || c == '(' || c == ')' || c == '"' || c == '{')
                break;
            ++m_pos;
            if (c == '[') { // BODY[HEADER], BODY[HEADER.FIELDS (A B)]: the section is part of the atom
                const qsizetype close = m_buf.sliced(0, m_lineEnd).indexOf(']', m_pos);
                if (close < 0)
                    return fail(QStringLiteral("a \"[\" without \"]\""));
                m_pos = close + 1;
            }
        }
        if (m_pos == start)
            return fail(QStringLiteral("an unexpected character (code %1)").arg(int(uchar(m_buf[m_pos]))));
        value.text = m_buf.sliced(start, m_pos - start).toByteArray();
        value.kind = value.text.compare("NIL", Qt::CaseInsensitive) == 0 ? ImapValue::Kind::Nil : ImapValue::Kind::Atom;
        return Outcome::Ok;
    }

    QByteArrayView m_buf;
    const ImapResponseLimits &m_limits;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    qsizetype m_lineEnd = 0;
    int m_valueCount = 0;
    QByteArray m_summary;
    QString m_error;
};

void readStatus(Reader &reader, ImapResponse &response, const QByteArray &status)
{
    response.status = status.toUpper();
    reader.skipSpaces();
    QByteArray rest = reader.restOfLine();
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close > 0) {
            for (const QByteArray &part : rest.mid(1, close - 1).split(' ')) {
                if (!part.isEmpty())
                    response.code.append(part);
            }
            rest = rest.mid(close + 1);
            if (rest.startsWith(' '))
                rest.remove(0, 1);
        }
    }
    response.text = rest;
}

} // namespace

ImapParseResult parseImapResponse(QByteArrayView buffer, const ImapResponseLimits &limits)
{
    ImapParseResult result;
    Reader reader(buffer, limits);
    auto settle = [&](Reader::Outcome outcome) {
        if (outcome == Reader::Outcome::Incomplete) {
            result.status = ImapParseResult::Status::Incomplete;
        } else if (outcome == Reader::Outcome::Error) {
            result.status = ImapParseResult::Status::Error;
            result.error = reader.error();
            result.response = {};
        }
        return result;
    };

    Reader::Outcome outcome = reader.beginLine();
    if (outcome != Reader::Outcome::Ok)
        return settle(outcome);
    ImapResponse &response = result.response;
    if (reader.atLineEnd())
        return settle(reader.fail(QStringLiteral("an empty line")));

    const QByteArray first = reader.word();
    if (first == "+") {
        response.kind = ImapResponse::Kind::Continuation;
        reader.skipSpaces();
        response.text = reader.restOfLine();
    } else if (first == "*") {
        response.kind = ImapResponse::Kind::Untagged;
        reader.skipSpaces();
        if (reader.atLineEnd())
            return settle(reader.fail(QStringLiteral("an untagged response with nothing in it")));
        // A status word is followed by free text, which is not made of IMAP values.
        const qsizetype start = reader.position();
        const QByteArray word = reader.word();
        if (isStatusWord(word)) {
            readStatus(reader, response, word);
        } else {
            reader.rewind(start);
            outcome = reader.values(response.values, 0);
            if (outcome != Reader::Outcome::Ok)
                return settle(outcome);
        }
    } else {
        response.kind = ImapResponse::Kind::Tagged;
        response.tag = first;
        for (char c : first) {
            if (uchar(c) <= 0x20 || uchar(c) >= 0x7f || c == '(' || c == ')' || c == '{' || c == '"' || c == '%'
                || c == '*' || c == '\\' || c == ']')
                return settle(reader.fail(QStringLiteral("a tag that is not an atom")));
        }
        reader.skipSpaces();
        const QByteArray word = reader.word();
        if (!isStatusWord(word))
            return settle(reader.fail(QStringLiteral("a tagged response without OK, NO or BAD")));
        readStatus(reader, response, word);
    }
    reader.finish(result);
    return result;
}

} // namespace remitente::imap
