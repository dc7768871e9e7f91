// The whole browser sign-in: the test plays the browser (it follows the authorize URL's redirect_uri with a code
// and state, as the provider would send it there) against the real listener and a scripted token endpoint.
#include "OAuthTestSupport.h"

#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/Pkce.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente::oauth;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

const QByteArray Success
    = R"({"token_type":"Bearer","expires_in":3599,"access_token":"secret-access","refresh_token":"secret-refresh"})";

struct Harness {
    ScriptedHttpsServer server;
    std::unique_ptr<AuthorizationCodeFlow> flow;
    std::unique_ptr<QSignalSpy> urlReady;
    std::unique_ptr<QSignalSpy> finished;

    explicit Harness(QList<ScriptedHttpResponse> script) : server(std::move(script))
    {
        EXPECT_TRUE(server.start());
        flow = std::make_unique<AuthorizationCodeFlow>(settingsFor(server));
        flow->setExtraCaCertificates(ScriptedHttpsServer::testCa());
        flow->setTokenTimeout(3s);
        flow->setLoginHint(QStringLiteral("ana@outlook.test"));
        urlReady = std::make_unique<QSignalSpy>(flow.get(), &AuthorizationCodeFlow::authorizationUrlReady);
        finished = std::make_unique<QSignalSpy>(flow.get(), &AuthorizationCodeFlow::finished);
    }
    QUrl authorizeUrl() const { return urlReady->value(0).value(0).toUrl(); }
    // Where the provider would send the browser back, with these query parameters.
    QUrl redirectWith(const QByteArray &query) const
    {
        return QUrl::fromEncoded(queryValue(authorizeUrl(), QStringLiteral("redirect_uri")).toLatin1() + '?' + query);
    }
    QByteArray state() const { return queryValue(authorizeUrl(), QStringLiteral("state")).toLatin1(); }
    TokenResult result() const { return finished->value(0).value(0).value<TokenResult>(); }
    bool waitForFinished(int ms = 5000) { return !finished->isEmpty() || finished->wait(ms); }
};

} // namespace

TEST(AuthorizationCodeFlow, SignsInThroughTheBrowserAndExchangesTheCode)
{
    Harness h({ScriptedHttpResponse::json(200, Success)});
    h.flow->start();
    ASSERT_EQ(h.urlReady->size(), 1);
    const QUrl url = h.authorizeUrl();
    EXPECT_TRUE(
        url.toString().startsWith(QStringLiteral("https://login.example.test/consumers/oauth2/v2.0/authorize?")));
    EXPECT_EQ(queryValue(url, QStringLiteral("login_hint")), QStringLiteral("ana@outlook.test"));
    EXPECT_TRUE(queryValue(url, QStringLiteral("redirect_uri")).startsWith(QStringLiteral("http://127.0.0.1:")));

    const HttpAnswer page = httpGet(h.redirectWith("code=the-code&state=" + h.state()));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("You can close this tab and go back to Remitente.")) << page.body.constData();
    ASSERT_TRUE(h.waitForFinished());
    ASSERT_TRUE(h.result().ok()) << h.result().error().message().toStdString();
    EXPECT_EQ(h.result().tokens().accessToken, QStringLiteral("secret-access"));
    EXPECT_EQ(h.result().tokens().refreshToken, QStringLiteral("secret-refresh"));

    const QMap<QString, QString> form = h.server.requests().value(0).form();
    EXPECT_EQ(form.value(QStringLiteral("code")), QStringLiteral("the-code"));
    EXPECT_EQ(form.value(QStringLiteral("redirect_uri")), queryValue(url, QStringLiteral("redirect_uri")));
    // The verifier sent matches the challenge the browser carried.
    EXPECT_EQ(Pkce::fromVerifier(form.value(QStringLiteral("code_verifier")).toLatin1()).challenge,
              queryValue(url, QStringLiteral("code_challenge")).toLatin1());
    EXPECT_FALSE(h.flow->isRunning());
    QTest::qWait(50);
    EXPECT_EQ(h.finished->size(), 1);
}

TEST(AuthorizationCodeFlow, AWrongStateEndsTheFlowWithoutAnExchange)
{
    Harness h({ScriptedHttpResponse::json(200, Success)});
    h.flow->start();
    const HttpAnswer page = httpGet(h.redirectWith("code=the-code&state=forged"));
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("does not belong to the sign-in Remitente started")) << page.body.constData();
    ASSERT_TRUE(h.waitForFinished());
    ASSERT_FALSE(h.result().ok());
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::WrongState);
    QTest::qWait(100);
    EXPECT_TRUE(h.server.requests().isEmpty());
}

TEST(AuthorizationCodeFlow, AnErrorWithTheRightStateIsAccessDenied)
{
    Harness h({});
    h.flow->start();
    const HttpAnswer page = httpGet(h.redirectWith(
        "error=access_denied&error_description=AADSTS65004%3A+User+declined+to+consent.&state=" + h.state()));
    EXPECT_TRUE(page.body.contains("The provider did not sign you in."));
    ASSERT_TRUE(h.waitForFinished());
    ASSERT_FALSE(h.result().ok());
    const TokenError error = h.result().error();
    EXPECT_EQ(error.kind, TokenErrorKind::AccessDenied);
    EXPECT_EQ(error.code, QStringLiteral("access_denied"));
    EXPECT_EQ(error.description, QStringLiteral("AADSTS65004: User declined to consent."));
    EXPECT_TRUE(error.message().contains(QStringLiteral("User declined to consent.")));
    EXPECT_TRUE(h.server.requests().isEmpty());
}

TEST(AuthorizationCodeFlow, AnErrorWithAWrongStateIsWrongState)
{
    Harness h({});
    h.flow->start();
    httpGet(h.redirectWith("error=access_denied&state=forged"));
    ASSERT_TRUE(h.waitForFinished());
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::WrongState);
}

TEST(AuthorizationCodeFlow, TheFaviconDoesNotEndTheWait)
{
    Harness h({ScriptedHttpResponse::json(200, Success)});
    h.flow->start();
    const QUrl listener(queryValue(h.authorizeUrl(), QStringLiteral("redirect_uri")));
    EXPECT_EQ(httpGet(listener.resolved(QUrl(QStringLiteral("/favicon.ico")))).status, 404);
    EXPECT_TRUE(h.finished->isEmpty());
    httpGet(h.redirectWith("code=c&state=" + h.state()));
    ASSERT_TRUE(h.waitForFinished());
    EXPECT_TRUE(h.result().ok());
}

TEST(AuthorizationCodeFlow, AFailedExchangeIsReported)
{
    Harness h(
        {ScriptedHttpResponse::json(400, R"({"error":"invalid_grant","error_description":"AADSTS54005: used"})")});
    h.flow->start();
    httpGet(h.redirectWith("code=c&state=" + h.state()));
    ASSERT_TRUE(h.waitForFinished());
    ASSERT_FALSE(h.result().ok());
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::NeedsSignIn);
}

TEST(AuthorizationCodeFlow, TimesOutWhenNobodyComesBack)
{
    Harness h({});
    h.flow->setTimeout(200ms);
    h.flow->start();
    const QUrl redirect = h.redirectWith("code=c&state=" + h.state());
    ASSERT_TRUE(h.waitForFinished());
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::Timeout);
    EXPECT_EQ(httpGet(redirect).error, QNetworkReply::ConnectionRefusedError); // the listener is gone
}

TEST(AuthorizationCodeFlow, CancelEndsItOnce)
{
    Harness h({});
    h.flow->start();
    const QUrl redirect = h.redirectWith("code=c&state=" + h.state());
    h.flow->cancel();
    ASSERT_EQ(h.finished->size(), 1);
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::Cancelled);
    h.flow->cancel();
    EXPECT_EQ(httpGet(redirect).error, QNetworkReply::ConnectionRefusedError);
    EXPECT_EQ(h.finished->size(), 1);
}

TEST(AuthorizationCodeFlow, CancelDuringTheExchange)
{
    ScriptedHttpResponse hang;
    hang.hang = true;
    Harness h({hang});
    h.flow->start();
    httpGet(h.redirectWith("code=c&state=" + h.state()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !h.server.requests().isEmpty(); }, 5000));
    h.flow->cancel();
    ASSERT_EQ(h.finished->size(), 1);
    EXPECT_EQ(h.result().error().kind, TokenErrorKind::Cancelled);
    QTest::qWait(100);
    EXPECT_EQ(h.finished->size(), 1);
}

TEST(AuthorizationCodeFlow, WithoutAClientIdItFailsBeforeTheBrowser)
{
    ScriptedHttpsServer server;
    OAuthSettings settings = settingsFor(server);
    settings.clientId.clear();
    AuthorizationCodeFlow flow(settings);
    QSignalSpy urlReady(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    flow.start();
    EXPECT_TRUE(finished.isEmpty()); // never from inside start()
    ASSERT_TRUE(finished.wait(2000));
    EXPECT_TRUE(urlReady.isEmpty());
    EXPECT_EQ(finished.value(0).value(0).value<TokenResult>().error().kind, TokenErrorKind::InvalidClient);
}

TEST(AuthorizationCodeFlow, SeveralFlowsRunSideBySide)
{
    Harness first({ScriptedHttpResponse::json(200, R"({"token_type":"Bearer","access_token":"first"})")});
    Harness second({ScriptedHttpResponse::json(200, R"({"token_type":"Bearer","access_token":"second"})")});
    first.flow->start();
    second.flow->start();
    EXPECT_NE(first.redirectWith(""), second.redirectWith(""));
    EXPECT_NE(first.state(), second.state());
    // The first flow's state sent to the second listener is refused there.
    httpGet(second.redirectWith("code=c&state=" + first.state()));
    httpGet(first.redirectWith("code=c&state=" + first.state()));
    ASSERT_TRUE(first.waitForFinished());
    ASSERT_TRUE(second.waitForFinished());
    ASSERT_TRUE(first.result().ok());
    EXPECT_EQ(first.result().tokens().accessToken, QStringLiteral("first"));
    EXPECT_EQ(second.result().error().kind, TokenErrorKind::WrongState);
}

TEST(AuthorizationCodeFlow, CanStartAgainAfterFinishing)
{
    Harness h({ScriptedHttpResponse::json(200, Success)});
    h.flow->start();
    const QByteArray oldState = h.state();
    h.flow->cancel();
    h.flow->start();
    ASSERT_EQ(h.urlReady->size(), 2);
    const QUrl url = h.urlReady->value(1).value(0).toUrl();
    EXPECT_NE(queryValue(url, QStringLiteral("state")).toLatin1(), oldState);
    const QUrl redirect = QUrl::fromEncoded(queryValue(url, QStringLiteral("redirect_uri")).toLatin1()
                                            + "?code=c&state=" + queryValue(url, QStringLiteral("state")).toLatin1());
    httpGet(redirect);
    ASSERT_TRUE(h.finished->size() == 2 || h.finished->wait(5000));
    EXPECT_TRUE(h.finished->value(1).value(0).value<TokenResult>().ok());
}

TEST(AuthorizationCodeFlow, TheCallerMayDeleteTheFlowWhenItFinishes)
{
    for (const bool cancelled : {false, true}) {
        Harness h({ScriptedHttpResponse::json(200, Success)});
        bool finished = false;
        QObject::connect(h.flow.get(), &AuthorizationCodeFlow::finished, h.flow.get(), [&] {
            finished = true;
            h.flow.reset();
        });
        h.flow->start();
        if (cancelled) {
            h.flow->cancel();
        } else {
            httpGet(h.redirectWith("code=c&state=" + h.state()));
            ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 5000));
        }
        EXPECT_TRUE(finished);
        EXPECT_FALSE(h.flow);
        QTest::qWait(50);
    }
}
