// Arbitrary bodies (and HTTP statuses) through the token and device authorization answer readers: they must never
// crash, a success must carry what callers rely on, and a person's message must never quote an access token.
#include "oauth/DeviceAuthorization.h"
#include "oauth/TokenResponse.h"

#include <cstdint>
#include <cstdlib>

using namespace remitente::oauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int statuses[] = {200, 201, 400, 401, 403, 429, 500, 503};
    const int status = statuses[data[0] % 8];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);

    const TokenResult tokens = parseTokenResponse(status, body, now, QStringLiteral("previous"));
    if (tokens.ok()) {
        const Tokens &t = tokens.tokens();
        if (status >= 300 || t.accessToken.isEmpty() || t.tokenType.compare(u"bearer", Qt::CaseInsensitive) != 0
            || !t.expiresAt.isValid() || t.expiresAt < now || t.refreshToken.isEmpty())
            std::abort();
    } else {
        const TokenError &e = tokens.error();
        const QString message = e.message();
        if (message.isEmpty() || e.description.size() > 301 || e.code.size() > 301)
            std::abort();
        for (const QChar c : e.description)
            if (c.unicode() < 0x20)
                std::abort();
    }

    const DeviceAuthorizationResult device = parseDeviceAuthorizationResponse(status, body, now);
    if (device.ok()) {
        const DeviceAuthorization &a = device.authorization();
        if (a.deviceCode.isEmpty() || a.userCode.isEmpty() || a.verificationUri.scheme() != u"https"
            || a.interval.count() < 1 || a.interval.count() > 300 || a.expiresAt <= now)
            std::abort();
        if (!a.verificationUriComplete.isEmpty() && a.verificationUriComplete.scheme() != u"https")
            std::abort();
    }
    return 0;
}
