// The device code flow against a scripted token endpoint: pending, slow_down, success, refusal, expiry.
#include "OAuthTestSupport.h"

#include "oauth/DeviceCodeFlow.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente::oauth;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

ScriptedHttpResponse deviceAnswer(int expiresIn = 900)
{
    return ScriptedHttpResponse::json(200,
                                      R"({"device_code":"secret-device","user_code":"ABCD-EFGH",
        "verification_uri":"https://microsoft.com/devicelogin","expires_in":)"
                                          + QByteArray::number(expiresIn) + R"(,"interval":5})");
}
ScriptedHttpResponse error(const char *code)
{
    return ScriptedHttpResponse::json(400, QByteArray(R"({"error":")") + code + R"("})");
}
const ScriptedHttpResponse Success = ScriptedHttpResponse::json(
    200,
    R"({"token_type":"Bearer","expires_in":3599,"access_token":"secret-access","refresh_token":"secret-refresh"})");

struct Harness {
    ScriptedHttpsServer server;
    std::unique_ptr<DeviceCodeFlow> flow;
    std::unique_ptr<QSignalSpy> userCode;
    std::unique_ptr<QSignalSpy> finished;
    QList<qint64> pollTimes; // ms since start, per request
    QElapsedTimer clock;

    explicit Harness(QList<ScriptedHttpResponse> script) : server(std::move(script))
    {
        EXPECT_TRUE(server.start());
        flow = std::make_unique<DeviceCodeFlow>(settingsFor(server));
        flow->setExtraCaCertificates(ScriptedHttpsServer::testCa());
        flow->setTokenTimeout(2s);
        flow->setPollTimingForTesting(100ms, 300ms);
        userCode = std::make_unique<QSignalSpy>(flow.get(), &DeviceCodeFlow::userCodeReady);
        finished = std::make_unique<QSignalSpy>(flow.get(), &DeviceCodeFlow::finished);
        clock.start();
        QObject::connect(&server, &ScriptedHttpsServer::requestReceived, &server,
                         [this] { pollTimes.append(clock.elapsed()); });
    }
    TokenResult result() const { return finished->value(0).value(0).value<TokenResult>(); }
    bool waitForFinished(int ms = 8000) { return !finished->isEmpty() || finished->wait(ms); }
};

} // namespace

TEST(DeviceCodeFlow, ShowsTheCodeThenPollsUntilSignedIn)
{
    Harness h({deviceAnswer(), error("authorization_pending"), error("authorization_pending"), Success});
    h.flow->start();
    ASSERT_TRUE(h.userCode->wait(5000));
    EXPECT_EQ(h.userCode->value(0).value(0).toUrl(), QUrl(QStringLiteral("https://microsoft.com/devicelogin")));
    EXPECT_EQ(h.userCode->value(0).value(1).toString(), QStringLiteral("ABCD-EFGH"));
    const QDateTime expiresAt = h.userCode->value(0).value(2).toDateTime();
    EXPECT_NEAR(QDateTime::currentDateTimeUtc().secsTo(expiresAt), 900, 5);
    EXPECT_EQ(h.flow->authorization().userCode, QStringLiteral("ABCD-EFGH"));
    ASSERT_TRUE(h.waitForFinished());
    ASSERT_TRUE(h.result().ok()) << h.result().error().message().toStdString();
    EXPECT_EQ(h.result().tokens().accessToken, QStringLiteral("secret-access"));
    EXPECT_EQ(h.server.requests().size(), 4);
    EXPECT_EQ(h.server.requests().value(3).form().value(QStringLiteral("device_code")),
              QStringLiteral("secret-device"));
}

TEST(DeviceCodeFlow, SlowDownWidensTheIntervalForGood)
{
    Harness h({deviceAnswer(), error("slow_down"), error("authorization_pending"), Success});
    h.flow->start();
    ASSERT_TRUE(h.waitForFinished());
    ASSERT_TRUE(h.result().ok());
    ASSERT_EQ(h.pollTimes.size(), 4);
    // 100 ms before the first poll; 100 + 300 ms after slow_down, and still so after the next pending.
    EXPECT_GE(h.pollTimes[2] - h.pollTimes[1], 380);
    EXPECT_GE(h.pollTimes[3] - h.pollTimes[2], 380);
}

TEST(DeviceCodeFlow, ARefusalEndsIt)
{
    Harness h({deviceAnswer(), error("authorization_pending"), error("access_denied")});
    h.flow->start();
    ASSERT_TRUE(h.waitForFinished());
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::AccessDenied);
    QTest::qWait(300);
    EXPECT_EQ(h.server.requests().size(), 3);
}

TEST(DeviceCodeFlow, AnExpiredCodeEndsIt)
{
    Harness h({deviceAnswer(), error("expired_token")});
    h.flow->start();
    ASSERT_TRUE(h.waitForFinished());
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::Expired);
}

TEST(DeviceCodeFlow, StopsPollingOnceTheCodeHasExpiredHere)
{
    QList<ScriptedHttpResponse> script{deviceAnswer(1)};
    for (int i = 0; i < 30; ++i)
        script.append(error("authorization_pending"));
    Harness h(script);
    h.flow->setPollTimingForTesting(300ms, 300ms);
    h.flow->start();
    ASSERT_TRUE(h.waitForFinished());
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::Expired);
    EXPECT_LE(h.server.requests().size(), 5);
}

TEST(DeviceCodeFlow, ATransientFailureIsRetriedButNotForever)
{
    Harness retried({deviceAnswer(), ScriptedHttpResponse::json(503, "busy"), Success});
    retried.flow->start();
    ASSERT_TRUE(retried.waitForFinished());
    EXPECT_TRUE(retried.result().ok());

    QList<ScriptedHttpResponse> failing{deviceAnswer()};
    for (int i = 0; i < 10; ++i)
        failing.append(ScriptedHttpResponse::json(500, "down"));
    Harness h(failing);
    h.flow->start();
    ASSERT_TRUE(h.waitForFinished());
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::Server);
    EXPECT_EQ(h.server.requests().size(), 1 + 4);
}

TEST(DeviceCodeFlow, AFailedStartIsReported)
{
    Harness h({ScriptedHttpResponse::json(400, R"({"error":"invalid_client","error_description":"AADSTS7000218"})")});
    h.flow->start();
    ASSERT_TRUE(h.waitForFinished());
    EXPECT_TRUE(h.userCode->isEmpty());
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::InvalidClient);
}

TEST(DeviceCodeFlow, CancelStopsThePolling)
{
    QList<ScriptedHttpResponse> script{deviceAnswer()};
    for (int i = 0; i < 30; ++i)
        script.append(error("authorization_pending"));
    Harness h(script);
    h.flow->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return h.server.requests().size() >= 2; }, 5000));
    h.flow->cancel();
    ASSERT_EQ(h.finished->size(), 1);
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::Cancelled);
    const qsizetype polls = h.server.requests().size();
    QTest::qWait(400);
    EXPECT_EQ(h.server.requests().size(), polls);
    EXPECT_EQ(h.finished->size(), 1);
}
