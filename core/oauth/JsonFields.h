#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace remitente::oauth {

// The top-level object of a JSON answer; nullopt when the body is not one JSON object.
std::optional<QJsonObject> jsonObject(const QByteArray &body);

// A string field; empty when missing or not a string.
QString stringField(const QJsonObject &object, QLatin1StringView name);

// A number of seconds as a JSON number or a string of digits (some providers quote it). Missing: fallback.
// nullopt when present but not a whole number of seconds between 0 and limit.
std::optional<qint64> secondsField(const QJsonObject &object, QLatin1StringView name, qint64 fallback, qint64 limit);

} // namespace remitente::oauth
