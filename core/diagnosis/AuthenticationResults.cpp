#include "AuthenticationResults.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

namespace remitente::diagnosis {

namespace {

constexpr int MaxCommentDepth = 8;

QString clean(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes.first(std::min(bytes.size(), MaxAuthResultValue)));
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
    return text;
}

// The value with its comments removed and its quoted strings kept intact (quotes included), whitespace around "="
// removed: "spf = pass (sender ok) smtp.mailfrom=a" -> "spf=pass  smtp.mailfrom=a". Each ';' outside quotes
// becomes the separator '\x1f'.
QByteArray normalise(QByteArrayView value)
{
    QByteArray out;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (quoted) {
            out += c;
            if (c == '\\' && i + 1 < value.size())
                out += value[++i];
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (depth > 0) {
            if (c == '\\')
                ++i;
            else if (c == '(')
                depth = std::min(depth + 1, MaxCommentDepth);
            else if (c == ')')
                --depth;
            continue;
        }
        switch (c) {
        case '(':
            depth = 1;
            out += ' ';
            break;
        case '"':
            quoted = true;
            out += c;
            break;
        case ';':
            out += '\x1f';
            break;
        case '\t':
        case '\r':
        case '\n':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    // "a = b" -> "a=b"
    QByteArray tight;
    quoted = false;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char c = out[i];
        if (c == '"')
            quoted = !quoted;
        if (!quoted && c == ' ') {
            const bool beforeEquals = [&] {
                qsizetype j = i;
                while (j < out.size() && out[j] == ' ')
                    ++j;
                return j < out.size() && out[j] == '=';
            }();
            if (beforeEquals || tight.endsWith('='))
                continue;
        }
        tight += c;
    }
    return tight;
}

// Words separated by spaces, a quoted string staying one word (unquoted).
QList<QByteArray> words(QByteArrayView part)
{
    QList<QByteArray> out;
    QByteArray word;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char c = part[i];
        if (quoted) {
            if (c == '\\' && i + 1 < part.size())
                word += part[++i];
            else if (c == '"')
                quoted = false;
            else
                word += c;
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ' ') {
            if (any || !word.isEmpty())
                out.append(word);
            word.clear();
            any = false;
        } else {
            word += c;
        }
    }
    if (any || !word.isEmpty())
        out.append(word);
    return out;
}

QString domainOf(const QString &value)
{
    const qsizetype at = value.lastIndexOf(u'@');
    return (at >= 0 ? value.mid(at + 1) : value).toLower();
}

} // namespace

QString AuthMethodResult::property(const char *ptype, const char *name) const
{
    for (const AuthResultProperty &p : properties) {
        if (p.ptype == QLatin1String(ptype) && p.property == QLatin1String(name))
            return p.value;
    }
    return {};
}

QString AuthMethodResult::domain() const
{
    if (method == u"dkim") {
        if (const QString d = property("header", "d"); !d.isEmpty())
            return d.toLower();
        if (const QString i = property("header", "i"); !i.isEmpty())
            return domainOf(i);
    } else if (method == u"spf") {
        if (const QString from = property("smtp", "mailfrom"); !from.isEmpty())
            return domainOf(from);
        if (const QString helo = property("smtp", "helo"); !helo.isEmpty())
            return helo.toLower();
    } else if (method == u"dmarc") {
        if (const QString from = property("header", "from"); !from.isEmpty())
            return domainOf(from);
    }
    return {};
}

const AuthMethodResult *AuthenticationResults::find(const char *method) const
{
    for (const AuthMethodResult &r : results) {
        if (r.method == QLatin1String(method))
            return &r;
    }
    return nullptr;
}

std::optional<AuthenticationResults> parseAuthenticationResults(QByteArrayView value)
{
    const QList<QByteArray> parts = normalise(value.first(std::min(value.size(), MaxAuthResultsBytes))).split('\x1f');
    qsizetype index = 0;
    // ARC-Authentication-Results begins with its instance, "i=1".
    static const QRegularExpression instance(QStringLiteral("^\\s*i=[0-9]{1,2}\\s*$"));
    if (!parts.isEmpty() && instance.match(QString::fromLatin1(parts.first())).hasMatch())
        ++index;
    if (index >= parts.size())
        return std::nullopt;
    const QList<QByteArray> head = words(parts[index].trimmed());
    AuthenticationResults results;
    if (!head.isEmpty() && !head.first().isEmpty() && !head.first().contains('=')) {
        results.authservId = clean(head.first()).toLower();
        ++index;
    } // else Microsoft's way: no authserv-id, the results at once
    for (; index < parts.size() && results.results.size() < MaxAuthResults; ++index) {
        const QList<QByteArray> items = words(parts[index].trimmed());
        if (items.isEmpty())
            continue;
        const QByteArray &spec = items.first();
        const qsizetype equals = spec.indexOf('=');
        if (equals <= 0) // "none", or garbage
            continue;
        AuthMethodResult result;
        result.method = clean(spec.first(equals).split('/').first()).toLower();
        result.result = clean(spec.mid(equals + 1)).toLower();
        if (result.method.isEmpty() || result.result.isEmpty())
            continue;
        for (qsizetype k = 1; k < items.size(); ++k) {
            const QByteArray &item = items[k];
            const qsizetype eq = item.indexOf('=');
            if (eq <= 0)
                continue;
            const QByteArray key = item.first(eq).toLower();
            const QString val = clean(item.mid(eq + 1));
            if (key == "reason") {
                result.reason = val;
                continue;
            }
            const qsizetype dot = key.indexOf('.');
            if (dot <= 0 || result.properties.size() >= MaxAuthResultProperties)
                continue;
            result.properties.append({clean(key.first(dot)), clean(key.mid(dot + 1)), val});
        }
        results.results.append(std::move(result));
    }
    if (results.authservId.isEmpty() && results.results.isEmpty())
        return std::nullopt;
    return results;
}

} // namespace remitente::diagnosis
