#include "OAuthChallenge.h"

#include "text/TerminalText.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace remitente::smtp {

namespace {
constexpr qsizetype MaxFieldLength = 256;
constexpr qsizetype MaxTextLength = 1024;

QString bounded(const QString &text, qsizetype limit)
{
    const QString safe = text::terminalSafe(text);
    return safe.size() > limit ? safe.left(limit) + u'…' : safe;
}

// Servers write the status as a string; a number is accepted too.
QString field(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return bounded(value.toString(), MaxFieldLength);
}
} // namespace

OAuthChallenge parseOAuthChallenge(QByteArrayView decoded)
{
    OAuthChallenge challenge;
    const QByteArrayView kept = decoded.first(std::min(decoded.size(), MaxOAuthChallengeBytes));
    challenge.text = bounded(QString::fromUtf8(kept).trimmed(), MaxTextLength);
    if (decoded.size() > MaxOAuthChallengeBytes)
        return challenge;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.toByteArray());
    if (!document.isObject())
        return challenge;
    const QJsonObject object = document.object();
    challenge.status = field(object, u"status");
    challenge.schemes = field(object, u"schemes");
    challenge.scope = field(object, u"scope");
    return challenge;
}

} // namespace remitente::smtp
