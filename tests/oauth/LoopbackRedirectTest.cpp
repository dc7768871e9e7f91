// The loopback listener driven by real HTTP clients: a browser's GETs, and clients that misbehave.
#include "OAuthTestSupport.h"

#include "oauth/LoopbackRedirect.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente::oauth;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

struct Listener {
    LoopbackRedirect redirect;
    std::unique_ptr<QSignalSpy> received;

    Listener()
    {
        redirect.setPageChooser([](const RedirectParameters &parameters) {
            return RedirectPage{parameters.isError() ? QStringLiteral("Not signed in") : QStringLiteral("Signed in"),
                                QStringLiteral("You can close this tab & go back to <Remitente>")};
        });
        EXPECT_TRUE(redirect.listen()) << redirect.errorString().toStdString();
        received = std::make_unique<QSignalSpy>(&redirect, &LoopbackRedirect::received);
    }
    QUrl at(const QByteArray &pathAndQuery) const
    {
        return QUrl::fromEncoded(redirect.redirectUri().toEncoded().chopped(1) + pathAndQuery);
    }
    RedirectParameters parameters(int i = 0) const { return received->at(i).at(0).value<RedirectParameters>(); }
};

// A raw client for what no browser sends; it runs the event loop while it waits (the listener is on this thread).
QByteArray rawExchange(quint16 port, const QByteArray &request, int waitMs = 3000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 2000))
        return "not connected";
    socket.write(request);
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() != QAbstractSocket::ConnectedState;
        },
        waitMs);
    return answer + socket.readAll();
}

} // namespace

TEST(LoopbackRedirect, ListensOnAnEphemeralLoopbackPort)
{
    Listener listener;
    const QUrl uri = listener.redirect.redirectUri();
    EXPECT_EQ(uri.scheme(), QStringLiteral("http"));
    EXPECT_EQ(uri.host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(uri.port(), 1023);
    EXPECT_EQ(uri.path(), QStringLiteral("/"));
    Listener other;
    EXPECT_NE(other.redirect.redirectUri().port(), uri.port());
}

TEST(LoopbackRedirect, AnswersTheRedirectWithTheCallersPageThenStopsListening)
{
    Listener listener;
    const QUrl redirect = listener.redirect.redirectUri();
    const HttpAnswer answer = httpGet(listener.at("/?code=the-code&state=st"));
    EXPECT_EQ(answer.status, 200);
    EXPECT_TRUE(answer.body.contains("<title>Signed in</title>")) << answer.body.constData();
    EXPECT_TRUE(answer.body.contains("You can close this tab &amp; go back to &lt;Remitente&gt;"));
    EXPECT_TRUE(answer.body.contains("charset=\"utf-8\""));
    ASSERT_EQ(listener.received->size(), 1);
    EXPECT_EQ(listener.parameters().code, QStringLiteral("the-code"));
    EXPECT_EQ(listener.parameters().state, QStringLiteral("st"));
    EXPECT_FALSE(listener.redirect.isListening());
    // A second redirect finds nobody listening.
    const HttpAnswer late = httpGet(redirect.resolved(QUrl(QStringLiteral("/?code=other&state=st"))));
    EXPECT_EQ(late.error, QNetworkReply::ConnectionRefusedError);
    EXPECT_EQ(listener.received->size(), 1);
}

TEST(LoopbackRedirect, AnswersAnErrorRedirect)
{
    Listener listener;
    const HttpAnswer answer
        = httpGet(listener.at("/?error=access_denied&error_description=The%20user%20declined.&state=st"));
    EXPECT_EQ(answer.status, 200);
    EXPECT_TRUE(answer.body.contains("Not signed in"));
    ASSERT_EQ(listener.received->size(), 1);
    EXPECT_EQ(listener.parameters().error, QStringLiteral("access_denied"));
    EXPECT_EQ(listener.parameters().errorDescription, QStringLiteral("The user declined."));
}

TEST(LoopbackRedirect, FaviconFirstGets404AndTheRedirectStillWorks)
{
    Listener listener;
    EXPECT_EQ(httpGet(listener.at("/favicon.ico")).status, 404);
    EXPECT_EQ(httpGet(listener.at("/")).status, 404);
    EXPECT_TRUE(listener.received->isEmpty());
    EXPECT_TRUE(listener.redirect.isListening());
    EXPECT_EQ(httpGet(listener.at("/?code=c&state=s")).status, 200);
    EXPECT_EQ(listener.received->size(), 1);
}

TEST(LoopbackRedirect, AMalformedRedirectIsReportedWithA400)
{
    Listener listener;
    const HttpAnswer answer = httpGet(listener.at("/?code=a&code=b&state=s"));
    EXPECT_EQ(answer.status, 400);
    ASSERT_EQ(listener.received->size(), 1);
    EXPECT_EQ(listener.parameters().kind, RedirectParameters::Kind::Malformed);
}

TEST(LoopbackRedirect, GarbageAndOtherMethodsAreRefusedWithoutEndingTheWait)
{
    Listener listener;
    const quint16 port = quint16(listener.redirect.redirectUri().port());
    EXPECT_TRUE(rawExchange(port, QByteArray("\x00\xff\x16\x03\x01 junk\r\n\r\n", 15)).startsWith("HTTP/1.1 400"));
    EXPECT_TRUE(rawExchange(port, "POST /?code=c&state=s HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 405"));
    EXPECT_TRUE(rawExchange(port, "GET /?code=c&state=s SPDY/3\r\n\r\n").startsWith("HTTP/1.1 400"));
    EXPECT_TRUE(listener.received->isEmpty());
    EXPECT_TRUE(
        rawExchange(port, "GET /?code=c&state=s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").startsWith("HTTP/1.1 200"));
    EXPECT_EQ(listener.received->size(), 1);
}

TEST(LoopbackRedirect, AnOversizeRequestIsRefused)
{
    Listener listener;
    const quint16 port = quint16(listener.redirect.redirectUri().port());
    const QByteArray huge = "GET /?code=c&state=s HTTP/1.1\r\nX-Filler: " + QByteArray(9000, 'x') + "\r\n\r\n";
    EXPECT_TRUE(rawExchange(port, huge).startsWith("HTTP/1.1 431"));
    const QByteArray endless = "GET /?code=c&state=s HTTP/1.1\r\n" + QByteArray(64 * 1024, 'x');
    EXPECT_TRUE(rawExchange(port, endless).startsWith("HTTP/1.1 431"));
    EXPECT_TRUE(listener.received->isEmpty());
    EXPECT_TRUE(listener.redirect.isListening());
}

TEST(LoopbackRedirect, ASlowClientIsDroppedAfterItsTime)
{
    Listener listener;
    listener.redirect.setConnectionTimeout(300ms);
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, quint16(listener.redirect.redirectUri().port()));
    ASSERT_TRUE(slow.waitForConnected(2000));
    slow.write("GET /?code=c&sta");
    QElapsedTimer clock;
    clock.start();
    QSignalSpy closed(&slow, &QTcpSocket::disconnected);
    ASSERT_TRUE(closed.wait(3000));
    EXPECT_GE(clock.elapsed(), 200);
    EXPECT_TRUE(listener.received->isEmpty());
    // Others are still served.
    EXPECT_EQ(httpGet(listener.at("/?code=c&state=s")).status, 200);
}

TEST(LoopbackRedirect, CloseStopsListeningAndReportsNothing)
{
    Listener listener;
    const QUrl uri = listener.at("/?code=c&state=s");
    listener.redirect.close();
    EXPECT_FALSE(listener.redirect.isListening());
    EXPECT_EQ(httpGet(uri).error, QNetworkReply::ConnectionRefusedError);
    EXPECT_TRUE(listener.received->isEmpty());
}

TEST(RedirectPage, EscapesEverything)
{
    const QByteArray html = redirectPageHtml({QStringLiteral("<script>"), QStringLiteral("\"a\" & 'b' ñ")});
    EXPECT_FALSE(html.contains("<script>"));
    EXPECT_TRUE(html.contains("&lt;script&gt;"));
    EXPECT_TRUE(html.contains("&quot;a&quot; &amp;"));
    EXPECT_TRUE(html.contains("\xc3\xb1"));
}
