#include "FormEncoding.h"

namespace remitente::oauth {

QByteArray formEncode(const FormFields &fields)
{
    QByteArray encoded;
    for (const auto &[name, value] : fields) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

QUrl withQueryItems(const QUrl &url, const FormFields &fields)
{
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty() && !fields.isEmpty())
        query += '&';
    query += formEncode(fields);
    QUrl result = url;
    result.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return result;
}

} // namespace remitente::oauth
