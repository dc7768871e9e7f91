#include "TokenResponse.h"
#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace remitente::oauth {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::oauth::TokenResponse)
};
constexpr qint64 DefaultLifetime = 3600;        // RFC 6749 makes expires_in optional; an hour is what all give
constexpr qint64 MaxLifetime = 366 * 24 * 3600; // anything longer is nonsense, not a reason to overflow

TokenError malformed(int httpStatus, const QString &detail)
{
    TokenError error;
    error.kind = TokenErrorKind::Malformed;
    error.httpStatus = httpStatus;
    error.detail = detail;
    return error;
}
} // namespace

TokenError parseErrorResponse(int httpStatus, const QByteArray &body)
{
    TokenError error;
    error.httpStatus = httpStatus;
    if (body.size() > MaxTokenResponse)
        return malformed(httpStatus, Text::tr("the answer is too large"));
    const std::optional<QJsonObject> object = jsonObject(body);
    if (object) {
        error.code = cleanProviderText(stringField(*object, QLatin1StringView("error")));
        error.description = cleanProviderText(stringField(*object, QLatin1StringView("error_description")));
        const QJsonArray codes = object->value(QLatin1StringView("error_codes")).toArray();
        for (qsizetype i = 0; i < codes.size() && i < 16; ++i) {
            const double code = codes.at(i).toDouble(-1);
            if (code >= 0 && code < 1e12 && code == qint64(code))
                error.errorCodes.append(qint64(code));
        }
    }
    if (httpStatus >= 500) {
        error.kind = TokenErrorKind::Server;
        error.detail = Text::tr("HTTP status %1").arg(httpStatus);
    } else if (!error.code.isEmpty()) {
        error.kind = classifyTokenError(error.code);
    } else if (!object) {
        error.kind = TokenErrorKind::Server;
        error.detail = httpStatus ? Text::tr("HTTP status %1, and the answer is not JSON").arg(httpStatus)
                                  : Text::tr("the answer is not JSON");
    } else {
        error.kind = TokenErrorKind::Malformed;
        error.detail = Text::tr("HTTP status %1 without an error code").arg(httpStatus);
    }
    return error;
}

TokenResult parseTokenResponse(int httpStatus, const QByteArray &body, const QDateTime &now,
                               const QString &previousRefreshToken)
{
    if (body.size() > MaxTokenResponse)
        return malformed(httpStatus, Text::tr("the answer is too large"));
    const std::optional<QJsonObject> object = jsonObject(body);
    if (httpStatus < 200 || httpStatus > 299 || !object || object->contains(QLatin1StringView("error")))
        return parseErrorResponse(httpStatus, body);

    Tokens tokens;
    tokens.accessToken = stringField(*object, QLatin1StringView("access_token"));
    if (tokens.accessToken.isEmpty())
        return malformed(httpStatus, Text::tr("no access token in the answer"));
    tokens.tokenType = stringField(*object, QLatin1StringView("token_type"));
    if (tokens.tokenType.compare(u"Bearer", Qt::CaseInsensitive) != 0)
        return malformed(httpStatus, Text::tr("the token is not of type Bearer"));
    const std::optional<qint64> lifetime
        = secondsField(*object, QLatin1StringView("expires_in"), DefaultLifetime, MaxLifetime);
    if (!lifetime)
        return malformed(httpStatus, Text::tr("the token's lifetime is not a number of seconds"));
    tokens.expiresAt = now.toUTC().addSecs(*lifetime);
    tokens.refreshToken = stringField(*object, QLatin1StringView("refresh_token"));
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = previousRefreshToken;
    tokens.scope = stringField(*object, QLatin1StringView("scope")).split(u' ', Qt::SkipEmptyParts);
    return tokens;
}

} // namespace remitente::oauth
