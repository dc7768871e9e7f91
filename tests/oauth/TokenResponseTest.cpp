// Token and device authorization answers read as pure functions, and what their errors tell a person.
#include "oauth/DeviceAuthorization.h"
#include "oauth/TokenResponse.h"

#include <gtest/gtest.h>

using namespace remitente::oauth;

namespace {
const QDateTime Now = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
}

TEST(TokenResponse, ReadsASuccess)
{
    const TokenResult result = parseTokenResponse(
        200, R"({"token_type":"Bearer","scope":"https://outlook.office.com/SMTP.Send offline_access",
        "expires_in":3599,"ext_expires_in":3599,"access_token":"EwA4A-access","refresh_token":"M.C5-refresh"})",
        Now);
    ASSERT_TRUE(result.ok());
    const Tokens &tokens = result.tokens();
    EXPECT_EQ(tokens.accessToken, QStringLiteral("EwA4A-access"));
    EXPECT_EQ(tokens.refreshToken, QStringLiteral("M.C5-refresh"));
    EXPECT_EQ(tokens.expiresAt, Now.addSecs(3599));
    EXPECT_EQ(tokens.expiresAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(tokens.scope,
              QStringList({QStringLiteral("https://outlook.office.com/SMTP.Send"), QStringLiteral("offline_access")}));
    EXPECT_EQ(tokens.tokenType, QStringLiteral("Bearer"));
}

TEST(TokenResponse, RefreshWithoutANewRefreshTokenKeepsTheOldOne)
{
    const TokenResult result = parseTokenResponse(
        200, R"({"access_token":"a2","token_type":"bearer","expires_in":"1800"})", Now, QStringLiteral("old-refresh"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.tokens().refreshToken, QStringLiteral("old-refresh"));
    EXPECT_EQ(result.tokens().expiresAt, Now.addSecs(1800)); // a quoted number counts too
    EXPECT_TRUE(result.tokens().scope.isEmpty());
}

TEST(TokenResponse, MissingLifetimeMeansAnHour)
{
    const TokenResult result = parseTokenResponse(200, R"({"access_token":"a","token_type":"BEARER"})", Now);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.tokens().expiresAt, Now.addSecs(3600));
}

TEST(TokenResponse, RefusesOtherTokenTypesAndMissingTokens)
{
    for (const QByteArray &body :
         {QByteArray(R"({"access_token":"a","token_type":"mac"})"), QByteArray(R"({"access_token":"a"})"),
          QByteArray(R"({"token_type":"Bearer"})"), QByteArray(R"({"access_token":"","token_type":"Bearer"})"),
          QByteArray(R"({"access_token":7,"token_type":"Bearer"})"),
          QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":-5})"),
          QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":"soon"})"),
          QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":1e300})"),
          QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":1.5})")}) {
        const TokenResult result = parseTokenResponse(200, body, Now);
        ASSERT_FALSE(result.ok()) << body.constData();
        EXPECT_EQ(result.error().kind, TokenErrorKind::Malformed) << body.constData();
        EXPECT_FALSE(result.error().message().contains(QStringLiteral("a\""))) << body.constData();
    }
}

TEST(TokenResponse, ReadsMicrosoftsErrorWithItsCodes)
{
    const TokenResult result = parseTokenResponse(400, R"({"error":"invalid_grant",
        "error_description":"AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.\r\nTrace ID: x",
        "error_codes":[70008, 50173],"timestamp":"2026-12-02 10:00:00Z"})",
                                                  Now);
    ASSERT_FALSE(result.ok());
    const TokenError &error = result.error();
    EXPECT_EQ(error.kind, TokenErrorKind::NeedsSignIn);
    EXPECT_EQ(error.code, QStringLiteral("invalid_grant"));
    EXPECT_EQ(error.errorCodes, QList<qint64>({70008, 50173}));
    EXPECT_EQ(error.httpStatus, 400);
    EXPECT_FALSE(error.description.contains(u'\r')); // control characters never reach a person's screen
    EXPECT_TRUE(error.description.startsWith(QStringLiteral("AADSTS70008")));
    EXPECT_TRUE(error.message().contains(QStringLiteral("Sign in again")));
    EXPECT_TRUE(error.message().contains(QStringLiteral("AADSTS70008")));
}

TEST(TokenResponse, ClassifiesErrorCodes)
{
    const std::pair<const char *, TokenErrorKind> cases[] = {
        {"invalid_grant", TokenErrorKind::NeedsSignIn},
        {"interaction_required", TokenErrorKind::NeedsSignIn},
        {"access_denied", TokenErrorKind::AccessDenied},
        {"authorization_declined", TokenErrorKind::AccessDenied},
        {"invalid_client", TokenErrorKind::InvalidClient},
        {"unauthorized_client", TokenErrorKind::InvalidClient},
        {"invalid_scope", TokenErrorKind::InvalidClient},
        {"authorization_pending", TokenErrorKind::AuthorizationPending},
        {"slow_down", TokenErrorKind::SlowDown},
        {"expired_token", TokenErrorKind::Expired},
        {"temporarily_unavailable", TokenErrorKind::Server},
        {"something_new", TokenErrorKind::Rejected},
    };
    for (const auto &[code, kind] : cases) {
        const TokenResult result = parseTokenResponse(400, QByteArray(R"({"error":")") + code + R"("})", Now);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind, kind) << code;
        EXPECT_FALSE(tokenErrorKindName(kind).isEmpty());
    }
    EXPECT_EQ(classifyRedirectError(QStringLiteral("access_denied")), TokenErrorKind::AccessDenied);
    EXPECT_EQ(classifyRedirectError(QStringLiteral("consent_required")), TokenErrorKind::AccessDenied);
    EXPECT_EQ(classifyRedirectError(QStringLiteral("server_error")), TokenErrorKind::Server);
    EXPECT_EQ(classifyRedirectError(QStringLiteral("invalid_scope")), TokenErrorKind::InvalidClient);
    EXPECT_EQ(classifyRedirectError(QStringLiteral("unsupported_response_type")), TokenErrorKind::InvalidClient);
}

TEST(TokenResponse, ServerErrorsAndNonJsonAreServerTrouble)
{
    const TokenResult html = parseTokenResponse(200, "<html>Sign in</html>", Now);
    ASSERT_FALSE(html.ok());
    EXPECT_EQ(html.error().kind, TokenErrorKind::Server);
    const TokenResult down = parseTokenResponse(503, R"({"error":"temporarily_unavailable"})", Now);
    ASSERT_FALSE(down.ok());
    EXPECT_EQ(down.error().kind, TokenErrorKind::Server);
    EXPECT_EQ(down.error().code, QStringLiteral("temporarily_unavailable"));
    const TokenResult crash = parseTokenResponse(500, "oops", Now);
    ASSERT_FALSE(crash.ok());
    EXPECT_EQ(crash.error().kind, TokenErrorKind::Server);
    EXPECT_EQ(crash.error().httpStatus, 500);
    const TokenResult array = parseTokenResponse(200, "[1,2]", Now);
    ASSERT_FALSE(array.ok());
    EXPECT_EQ(array.error().kind, TokenErrorKind::Server);
    const TokenResult bare = parseTokenResponse(400, "{}", Now);
    ASSERT_FALSE(bare.ok());
    EXPECT_EQ(bare.error().kind, TokenErrorKind::Malformed);
}

TEST(TokenResponse, AnErrorOnA200IsStillAnError)
{
    const TokenResult result = parseTokenResponse(200, R"({"error":"invalid_grant","access_token":"a"})", Now);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, TokenErrorKind::NeedsSignIn);
}

TEST(TokenResponse, OversizeAnswersAreMalformedAndNeverQuoted)
{
    QByteArray body = R"({"access_token":")" + QByteArray(MaxTokenResponse, 'x') + R"(","token_type":"Bearer"})";
    const TokenResult result = parseTokenResponse(200, body, Now);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, TokenErrorKind::Malformed);
    EXPECT_FALSE(result.error().message().contains(QStringLiteral("xxxx")));
}

TEST(TokenResponse, ProviderTextIsCleanedAndCapped)
{
    const TokenResult result = parseTokenResponse(
        400,
        R"({"error":"access_denied","error_description":"\u001b[2Jbad\u202etext )" + QByteArray(600, 'y') + R"("})",
        Now);
    ASSERT_FALSE(result.ok());
    const QString description = result.error().description;
    EXPECT_FALSE(description.contains(QChar(0x1b)));
    EXPECT_FALSE(description.contains(QChar(0x202e)));
    EXPECT_LE(description.size(), 301);
}

TEST(DeviceAuthorization, ReadsMicrosoftsAnswer)
{
    const DeviceAuthorizationResult result = parseDeviceAuthorizationResponse(200, R"({"user_code":"ABCD-EFGH",
        "device_code":"DAQABAAEAAAD-device","verification_uri":"https://microsoft.com/devicelogin",
        "expires_in":900,"interval":5,"message":"To sign in, use a web browser..."})",
                                                                              Now);
    ASSERT_TRUE(result.ok());
    const DeviceAuthorization &a = result.authorization();
    EXPECT_EQ(a.deviceCode, QStringLiteral("DAQABAAEAAAD-device"));
    EXPECT_EQ(a.userCode, QStringLiteral("ABCD-EFGH"));
    EXPECT_EQ(a.verificationUri, QUrl(QStringLiteral("https://microsoft.com/devicelogin")));
    EXPECT_TRUE(a.verificationUriComplete.isEmpty());
    EXPECT_EQ(a.expiresAt, Now.addSecs(900));
    EXPECT_EQ(a.interval, std::chrono::seconds(5));
}

TEST(DeviceAuthorization, ReadsGooglesNamesAndDefaultsTheInterval)
{
    const DeviceAuthorizationResult result = parseDeviceAuthorizationResponse(200, R"({"device_code":"d",
        "user_code":"GQVQ-JKEC","verification_url":"https://www.google.com/device","expires_in":"1800",
        "verification_uri_complete":"https://www.google.com/device?user_code=GQVQ-JKEC"})",
                                                                              Now);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.authorization().verificationUri, QUrl(QStringLiteral("https://www.google.com/device")));
    EXPECT_EQ(result.authorization().verificationUriComplete,
              QUrl(QStringLiteral("https://www.google.com/device?user_code=GQVQ-JKEC")));
    EXPECT_EQ(result.authorization().interval, std::chrono::seconds(5));
}

TEST(DeviceAuthorization, RefusesWhatCannotBeShownOrUsed)
{
    const QByteArray bad[] = {
        R"({"device_code":"d","user_code":"U","verification_uri":"http://example.com/device","expires_in":900})",
        R"j({"device_code":"d","user_code":"U","verification_uri":"javascript:alert(1)","expires_in":900})j",
        R"({"device_code":"d","user_code":"U","verification_uri":"https://example.com/device"})",
        R"({"device_code":"d","user_code":"U","verification_uri":"https://example.com/device","expires_in":0})",
        R"({"user_code":"U","verification_uri":"https://example.com/device","expires_in":900})",
        R"({"device_code":"d","user_code":"U\u001b[2J","verification_uri":"https://example.com/d","expires_in":9})",
        R"({"device_code":"d","user_code":"U","verification_uri":"https://example.com/d","expires_in":9,"interval":"x"})",
    };
    for (const QByteArray &body : bad) {
        const DeviceAuthorizationResult result = parseDeviceAuthorizationResponse(200, body, Now);
        ASSERT_FALSE(result.ok()) << body.constData();
        EXPECT_EQ(result.error().kind, TokenErrorKind::Malformed) << body.constData();
    }
    const DeviceAuthorizationResult sneaky = parseDeviceAuthorizationResponse(
        200,
        R"({"device_code":"d","user_code":"U","verification_uri":"https://example.com/d","expires_in":9,
            "verification_uri_complete":"http://evil.test/","interval":0})",
        Now);
    ASSERT_TRUE(sneaky.ok());
    EXPECT_TRUE(sneaky.authorization().verificationUriComplete.isEmpty());
    EXPECT_EQ(sneaky.authorization().interval, std::chrono::seconds(1));
}

TEST(DeviceAuthorization, ReadsErrors)
{
    const DeviceAuthorizationResult result = parseDeviceAuthorizationResponse(
        400, R"({"error":"invalid_scope","error_description":"Not allowed for device flow"})", Now);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, TokenErrorKind::InvalidClient);
    EXPECT_EQ(result.error().description, QStringLiteral("Not allowed for device flow"));
    const DeviceAuthorizationResult big
        = parseDeviceAuthorizationResponse(200, QByteArray(MaxTokenResponse + 1, ' '), Now);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().kind, TokenErrorKind::Malformed);
}
