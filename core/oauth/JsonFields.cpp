#include "JsonFields.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace remitente::oauth {

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString stringField(const QJsonObject &object, QLatin1StringView name)
{
    return object.value(name).toString();
}

std::optional<qint64> secondsField(const QJsonObject &object, QLatin1StringView name, qint64 fallback, qint64 limit)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return fallback;
    double seconds = -1;
    if (value.isDouble()) {
        seconds = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > 12
            || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return std::nullopt;
        seconds = text.toDouble();
    }
    if (!std::isfinite(seconds) || seconds < 0 || seconds > double(limit) || seconds != std::floor(seconds))
        return std::nullopt;
    return qint64(seconds);
}

} // namespace remitente::oauth
