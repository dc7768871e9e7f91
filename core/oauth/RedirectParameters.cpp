#include "RedirectParameters.h"

#include <QList>
#include <QStringDecoder>

#include <optional>

namespace remitente::oauth {

namespace {
constexpr qsizetype MaxTarget = 8 * 1024;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Form decoding: '+' is a space, %XX a byte; anything else malformed (a lone '%', bad hex, or not UTF-8).
std::optional<QString> formDecode(QByteArrayView encoded)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '+') {
            bytes += ' ';
        } else if (c == '%') {
            if (i + 2 >= encoded.size())
                return std::nullopt;
            const int high = hexValue(encoded[i + 1]);
            const int low = hexValue(encoded[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            bytes += char(high * 16 + low);
            i += 2;
        } else {
            bytes += c;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError())
        return std::nullopt;
    return text;
}
} // namespace

RedirectParameters parseRedirectTarget(const QByteArray &requestTarget)
{
    RedirectParameters result;
    QByteArrayView target(requestTarget);
    if (target.size() > MaxTarget) {
        result.kind = RedirectParameters::Kind::Malformed;
        return result;
    }
    if (target.startsWith("http://")) { // absolute form: drop the scheme and authority
        const qsizetype slash = target.indexOf('/', 7);
        target = slash < 0 ? QByteArrayView("/") : target.sliced(slash);
    }
    if (const qsizetype hash = target.indexOf('#'); hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    const QByteArrayView path = question < 0 ? target : target.first(question);
    if (path != "/")
        return result;
    const QByteArrayView query = question < 0 ? QByteArrayView() : target.sliced(question + 1);

    struct Field {
        QByteArrayView name;
        QString *value;
        bool seen = false;
    };
    Field fields[] = {{"code", &result.code},
                      {"state", &result.state},
                      {"iss", &result.iss},
                      {"error", &result.error},
                      {"error_description", &result.errorDescription}};
    bool malformed = false;
    for (const QByteArray &pair : query.toByteArray().split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView name = equals < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(equals);
        for (Field &field : fields) {
            if (name != field.name)
                continue;
            const std::optional<QString> value
                = formDecode(equals < 0 ? QByteArrayView() : QByteArrayView(pair).sliced(equals + 1));
            if (field.seen || !value) // RFC 6749 3.1: parameters must not be included more than once
                malformed = true;
            else
                *field.value = *value;
            field.seen = true;
        }
    }
    const bool hasCode = !result.code.isEmpty();
    const bool hasError = !result.error.isEmpty();
    if (malformed || (hasCode && hasError)) {
        result = {};
        result.kind = RedirectParameters::Kind::Malformed;
    } else if (hasCode || hasError) {
        result.kind = RedirectParameters::Kind::Answer;
    } else {
        result = {};
    }
    return result;
}

} // namespace remitente::oauth
