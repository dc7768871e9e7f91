#include "DeviceAuthorization.h"
#include "JsonFields.h"
#include "TokenResponse.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace remitente::oauth {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::oauth::DeviceAuthorization)
};
constexpr qint64 DefaultInterval = 5; // RFC 8628 3.2
constexpr qint64 MaxInterval = 300;
constexpr qint64 MaxLifetime = 24 * 3600;
constexpr qsizetype MaxUserCode = 64; // shown to the person: real ones are 8 to 12 characters

TokenError malformed(int httpStatus, const QString &detail)
{
    TokenError error;
    error.kind = TokenErrorKind::Malformed;
    error.httpStatus = httpStatus;
    error.detail = detail;
    return error;
}

// Only an https address with a host is shown to the person or opened.
QUrl httpsUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    return url;
}
} // namespace

DeviceAuthorizationResult parseDeviceAuthorizationResponse(int httpStatus, const QByteArray &body, const QDateTime &now)
{
    if (body.size() > MaxTokenResponse)
        return malformed(httpStatus, Text::tr("the answer is too large"));
    const std::optional<QJsonObject> object = jsonObject(body);
    if (httpStatus < 200 || httpStatus > 299 || !object || object->contains(QLatin1StringView("error")))
        return parseErrorResponse(httpStatus, body);

    DeviceAuthorization authorization;
    authorization.deviceCode = stringField(*object, QLatin1StringView("device_code"));
    authorization.userCode = stringField(*object, QLatin1StringView("user_code"));
    if (authorization.deviceCode.isEmpty() || authorization.userCode.isEmpty())
        return malformed(httpStatus, Text::tr("no device code or user code in the answer"));
    if (authorization.userCode.size() > MaxUserCode
        || authorization.userCode != cleanProviderText(authorization.userCode))
        return malformed(httpStatus, Text::tr("the user code is not something a person can type"));
    QString uri = stringField(*object, QLatin1StringView("verification_uri"));
    if (uri.isEmpty())
        uri = stringField(*object, QLatin1StringView("verification_url")); // Google's name for it
    authorization.verificationUri = httpsUrl(uri);
    if (authorization.verificationUri.isEmpty())
        return malformed(httpStatus, Text::tr("no https address to sign in at in the answer"));
    authorization.verificationUriComplete
        = httpsUrl(stringField(*object, QLatin1StringView("verification_uri_complete")));
    const std::optional<qint64> lifetime = secondsField(*object, QLatin1StringView("expires_in"), -1, MaxLifetime);
    if (!lifetime || *lifetime <= 0)
        return malformed(httpStatus, Text::tr("the code's lifetime is missing or not a number of seconds"));
    authorization.expiresAt = now.toUTC().addSecs(*lifetime);
    const std::optional<qint64> interval
        = secondsField(*object, QLatin1StringView("interval"), DefaultInterval, std::numeric_limits<qint32>::max());
    if (!interval)
        return malformed(httpStatus, Text::tr("the polling interval is not a number of seconds"));
    authorization.interval = std::chrono::seconds(std::clamp<qint64>(*interval, 1, MaxInterval));
    return authorization;
}

} // namespace remitente::oauth
