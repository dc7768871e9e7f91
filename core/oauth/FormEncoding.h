#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace remitente::oauth {

using FormFields = QList<std::pair<QString, QString>>;

// name=value&... with every byte but RFC 3986's unreserved characters percent-encoded, so a '+', '&', '=', '/' or
// space in a value can never be read as anything else (valid both as a query and as
// application/x-www-form-urlencoded).
QByteArray formEncode(const FormFields &fields);

// The URL with the fields appended to whatever query it already has.
QUrl withQueryItems(const QUrl &url, const FormFields &fields);

} // namespace remitente::oauth
