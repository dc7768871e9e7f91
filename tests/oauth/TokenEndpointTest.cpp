// The token endpoint client against a scripted HTTPS server with the test CA.
#include "OAuthTestSupport.h"

#include "oauth/TokenEndpoint.h"

#include <QTest>

#include <gtest/gtest.h>

#include <optional>

using namespace remitente::oauth;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

const QByteArray Success =
    R"({"token_type":"Bearer","expires_in":3599,"access_token":"secret-access","refresh_token":"secret-refresh",
        "scope":"https://outlook.office.com/SMTP.Send offline_access"})";

struct Harness {
    ScriptedHttpsServer server;
    std::unique_ptr<TokenEndpoint> endpoint;

    explicit Harness(QList<ScriptedHttpResponse> script, bool trustTestCa = true) : server(std::move(script))
    {
        EXPECT_TRUE(server.start());
        endpoint = std::make_unique<TokenEndpoint>(settingsFor(server));
        if (trustTestCa)
            endpoint->setExtraCaCertificates(ScriptedHttpsServer::testCa());
        endpoint->setTimeout(3s);
    }
    explicit Harness(OAuthSettings settings) { endpoint = std::make_unique<TokenEndpoint>(std::move(settings)); }
};

// Runs one call and waits for its answer, checking it comes once and never from inside the call.
template<typename Result, typename Call> std::optional<Result> answerOf(Call call, int timeoutMs = 5000)
{
    std::optional<Result> result;
    int answers = 0;
    bool inside = true;
    bool answeredInside = false;
    call([&](const Result &r) {
        ++answers;
        answeredInside = answeredInside || inside;
        result = r;
    });
    inside = false;
    (void)QTest::qWaitFor([&] { return answers > 0; }, timeoutMs);
    QTest::qWait(50); // a second answer would come now
    EXPECT_EQ(answers, 1);
    EXPECT_FALSE(answeredInside);
    return result;
}

std::optional<TokenResult> tokenAnswer(const std::function<void(TokenEndpoint::TokenCallback)> &call)
{
    return answerOf<TokenResult>(call);
}

} // namespace

TEST(TokenEndpoint, ExchangesACodeWithAFormPost)
{
    Harness h({ScriptedHttpResponse::json(200, Success)});
    const auto result = tokenAnswer([&](auto done) {
        h.endpoint->exchangeCode(QStringLiteral("the/code+1"), "verifier-43",
                                 QUrl(QStringLiteral("http://127.0.0.1:5555/")), done);
    });
    ASSERT_TRUE(result && result->ok());
    EXPECT_EQ(result->tokens().accessToken, QStringLiteral("secret-access"));
    EXPECT_EQ(result->tokens().refreshToken, QStringLiteral("secret-refresh"));
    ASSERT_EQ(h.server.requests().size(), 1);
    const RecordedHttpRequest request = h.server.requests().first();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.target, "/token");
    EXPECT_EQ(request.headers.value("content-type"), "application/x-www-form-urlencoded");
    EXPECT_EQ(request.headers.value("accept"), "application/json");
    EXPECT_FALSE(request.headers.contains("cookie"));
    const QMap<QString, QString> form = request.form();
    EXPECT_EQ(form.value(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    EXPECT_EQ(form.value(QStringLiteral("code")), QStringLiteral("the/code+1"));
    EXPECT_EQ(form.value(QStringLiteral("code_verifier")), QStringLiteral("verifier-43"));
    EXPECT_EQ(form.value(QStringLiteral("redirect_uri")), QStringLiteral("http://127.0.0.1:5555/"));
    EXPECT_EQ(form.value(QStringLiteral("client_id")), QStringLiteral("client-123"));
    EXPECT_FALSE(form.contains(QStringLiteral("client_secret")));
    EXPECT_TRUE(request.body.contains("code=the%2Fcode%2B1"));
}

TEST(TokenEndpoint, SendsTheClientSecretWhenThereIsOne)
{
    ScriptedHttpsServer server({ScriptedHttpResponse::json(200, Success)});
    ASSERT_TRUE(server.start());
    OAuthSettings settings = settingsFor(server);
    settings.clientSecret = QStringLiteral("GOCSPX-not-secret");
    TokenEndpoint endpoint(settings);
    endpoint.setExtraCaCertificates(ScriptedHttpsServer::testCa());
    const auto result = tokenAnswer([&](auto done) { endpoint.refresh(QStringLiteral("r1"), done); });
    ASSERT_TRUE(result && result->ok());
    EXPECT_EQ(server.requests().value(0).form().value(QStringLiteral("client_secret")),
              QStringLiteral("GOCSPX-not-secret"));
}

TEST(TokenEndpoint, RefreshSendsTheScopesAndKeepsTheOldRefreshToken)
{
    Harness h({ScriptedHttpResponse::json(200, R"({"token_type":"Bearer","expires_in":3599,"access_token":"a2"})")});
    const auto result = tokenAnswer([&](auto done) { h.endpoint->refresh(QStringLiteral("old-refresh"), done); });
    ASSERT_TRUE(result && result->ok());
    EXPECT_EQ(result->tokens().accessToken, QStringLiteral("a2"));
    EXPECT_EQ(result->tokens().refreshToken, QStringLiteral("old-refresh"));
    const QMap<QString, QString> form = h.server.requests().value(0).form();
    EXPECT_EQ(form.value(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    EXPECT_EQ(form.value(QStringLiteral("refresh_token")), QStringLiteral("old-refresh"));
    EXPECT_EQ(form.value(QStringLiteral("scope")),
              QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));
}

TEST(TokenEndpoint, InvalidGrantMeansSignInAgain)
{
    Harness h({ScriptedHttpResponse::json(400, R"({"error":"invalid_grant","error_description":"AADSTS70008: expired.",
                                                   "error_codes":[70008]})")});
    const auto result = tokenAnswer([&](auto done) { h.endpoint->refresh(QStringLiteral("secret-refresh"), done); });
    ASSERT_TRUE(result && !result->ok());
    EXPECT_EQ(result->error().kind, TokenErrorKind::NeedsSignIn);
    EXPECT_EQ(result->error().errorCodes, QList<qint64>{70008});
    EXPECT_EQ(result->error().httpStatus, 400);
    EXPECT_FALSE(result->error().message().contains(QStringLiteral("secret-refresh")));
}

TEST(TokenEndpoint, A500IsServerTrouble)
{
    Harness h({ScriptedHttpResponse{500, "<html>Internal error</html>", "text/html"}});
    const auto result = tokenAnswer([&](auto done) { h.endpoint->refresh(QStringLiteral("r"), done); });
    ASSERT_TRUE(result && !result->ok());
    EXPECT_EQ(result->error().kind, TokenErrorKind::Server);
    EXPECT_EQ(result->error().httpStatus, 500);
}

TEST(TokenEndpoint, AnOversizeAnswerIsCutOff)
{
    Harness h({ScriptedHttpResponse::json(200, R"({"access_token":")" + QByteArray(200 * 1024, 'x') + R"("})")});
    const auto result = tokenAnswer([&](auto done) { h.endpoint->refresh(QStringLiteral("r"), done); });
    ASSERT_TRUE(result && !result->ok());
    EXPECT_EQ(result->error().kind, TokenErrorKind::Malformed);
    EXPECT_FALSE(result->error().message().contains(QStringLiteral("xxx")));
}

TEST(TokenEndpoint, AHangingServerTimesOut)
{
    ScriptedHttpResponse hang;
    hang.hang = true;
    Harness h({hang});
    h.endpoint->setTimeout(300ms);
    const auto result = tokenAnswer([&](auto done) { h.endpoint->refresh(QStringLiteral("r"), done); });
    ASSERT_TRUE(result && !result->ok());
    EXPECT_EQ(result->error().kind, TokenErrorKind::Timeout);
}

TEST(TokenEndpoint, AnUntrustedCertificateIsANetworkFailure)
{
    Harness h({ScriptedHttpResponse::json(200, Success)}, false);
    const auto result = tokenAnswer([&](auto done) { h.endpoint->refresh(QStringLiteral("r"), done); });
    ASSERT_TRUE(result && !result->ok());
    EXPECT_EQ(result->error().kind, TokenErrorKind::Network);
    EXPECT_TRUE(result->error().detail.contains(QStringLiteral("certificate"))) << result->error().detail.toStdString();
    EXPECT_TRUE(h.server.requests().isEmpty());
}

TEST(TokenEndpoint, RefusesPlainHttpWithoutConnecting)
{
    ScriptedHttpsServer server;
    ASSERT_TRUE(server.start());
    OAuthSettings settings = settingsFor(server);
    settings.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(server.serverPort()));
    Harness h(settings);
    const auto result = tokenAnswer([&](auto done) { h.endpoint->refresh(QStringLiteral("r"), done); });
    ASSERT_TRUE(result && !result->ok());
    EXPECT_EQ(result->error().kind, TokenErrorKind::InvalidClient);
    EXPECT_TRUE(result->error().message().contains(QStringLiteral("https://")));
    QTest::qWait(100);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST(TokenEndpoint, RefusesWithoutAClientId)
{
    ScriptedHttpsServer server;
    ASSERT_TRUE(server.start());
    OAuthSettings settings = settingsFor(server);
    settings.clientId.clear();
    Harness h(settings);
    const auto result = tokenAnswer([&](auto done) { h.endpoint->refresh(QStringLiteral("r"), done); });
    ASSERT_TRUE(result && !result->ok());
    EXPECT_EQ(result->error().kind, TokenErrorKind::InvalidClient);
}

TEST(TokenEndpoint, CancelAllAnswersCancelled)
{
    ScriptedHttpResponse hang;
    hang.hang = true;
    Harness h({hang});
    std::optional<TokenResult> result;
    int answers = 0;
    h.endpoint->refresh(QStringLiteral("r"), [&](const TokenResult &r) {
        ++answers;
        result = r;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !h.server.requests().isEmpty(); }, 5000));
    h.endpoint->cancelAll();
    EXPECT_FALSE(result); // answered from the event loop
    ASSERT_TRUE(QTest::qWaitFor([&] { return answers > 0; }, 2000));
    ASSERT_TRUE(result && !result->ok());
    EXPECT_EQ(result->error().kind, TokenErrorKind::Cancelled);
    QTest::qWait(100);
    EXPECT_EQ(answers, 1);
}

TEST(TokenEndpoint, DestroyingTheEndpointDropsCallsSilently)
{
    ScriptedHttpResponse slow = ScriptedHttpResponse::json(200, Success);
    slow.delay = 200ms;
    Harness h({slow});
    int answers = 0;
    h.endpoint->refresh(QStringLiteral("r"), [&](const TokenResult &) { ++answers; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !h.server.requests().isEmpty(); }, 5000));
    h.endpoint.reset();
    QTest::qWait(400);
    EXPECT_EQ(answers, 0);
}

TEST(TokenEndpoint, StartsADeviceAuthorizationAndPolls)
{
    Harness h({ScriptedHttpResponse::json(200, R"({"device_code":"secret-device","user_code":"ABCD-EFGH",
                   "verification_uri":"https://microsoft.com/devicelogin","expires_in":900,"interval":5})"),
               ScriptedHttpResponse::json(400, R"({"error":"authorization_pending"})")});
    const auto device = answerOf<DeviceAuthorizationResult>(
        [&](TokenEndpoint::DeviceCallback done) { h.endpoint->startDeviceAuthorization(done); });
    ASSERT_TRUE(device && device->ok());
    EXPECT_EQ(device->authorization().userCode, QStringLiteral("ABCD-EFGH"));
    const QMap<QString, QString> start = h.server.requests().value(0).form();
    EXPECT_EQ(h.server.requests().value(0).target, "/devicecode");
    EXPECT_EQ(start.value(QStringLiteral("client_id")), QStringLiteral("client-123"));
    EXPECT_EQ(start.value(QStringLiteral("scope")),
              QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));

    const auto poll = tokenAnswer([&](auto done) { h.endpoint->pollDevice(device->authorization().deviceCode, done); });
    ASSERT_TRUE(poll && !poll->ok());
    EXPECT_EQ(poll->error().kind, TokenErrorKind::AuthorizationPending);
    const QMap<QString, QString> form = h.server.requests().value(1).form();
    EXPECT_EQ(form.value(QStringLiteral("grant_type")), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    EXPECT_EQ(form.value(QStringLiteral("device_code")), QStringLiteral("secret-device"));
    EXPECT_EQ(form.value(QStringLiteral("client_id")), QStringLiteral("client-123"));
}

TEST(TokenEndpoint, NoDeviceEndpointMeansNoDeviceFlow)
{
    ScriptedHttpsServer server;
    ASSERT_TRUE(server.start());
    OAuthSettings settings = settingsFor(server);
    settings.deviceCodeUrl.clear();
    Harness h(settings);
    const auto device = answerOf<DeviceAuthorizationResult>(
        [&](TokenEndpoint::DeviceCallback done) { h.endpoint->startDeviceAuthorization(done); });
    ASSERT_TRUE(device && !device->ok());
    EXPECT_EQ(device->error().kind, TokenErrorKind::InvalidClient);
}
