// Signing in with an OAuth2 token against the scripted fake server: the exact bytes of XOAUTH2 and OAUTHBEARER,
// the servers' error challenge, tokens longer than any line limit, and no token in any transcript.
#include "ScriptedSmtpServer.h"
#include "SessionRecorder.h"

#include "smtp/SmtpSession.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace remitente::smtp;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

const QString User = QStringLiteral("ana@example.test");
const QString Token = QStringLiteral("ya29.a0AfB_byC-Token.With~All+Allowed/Characters==");
const QByteArray GoogleChallenge = R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})";

struct Harness {
    std::unique_ptr<ScriptedSmtpServer> server;
    std::unique_ptr<SmtpSession> session;
    std::unique_ptr<SessionRecorder> recorder;

    const SmtpError &error() const { return *session->error(); }
    QString transcript() const { return session->transcript().toText(); }
};

Harness run(const QStringList &script, const Credentials &credentials)
{
    Harness h;
    h.server = std::make_unique<ScriptedSmtpServer>(script, ScriptedSmtpServer::Transport::ImplicitTls);
    EXPECT_TRUE(h.server->start());
    SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = h.server->serverPort();
    options.security = Security::ImplicitTls;
    options.clientName = QStringLiteral("client.test");
    options.extraCaCertificates = QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")));
    options.timeouts = {2000ms, 2000ms, 2000ms, 2000ms, 2000ms};
    h.session = std::make_unique<SmtpSession>(options);
    h.session->setCredentials(credentials);
    h.recorder = std::make_unique<SessionRecorder>(*h.session);
    h.session->open();
    h.session->quit();
    EXPECT_TRUE(h.recorder->waitUntilFinished(15000)) << "the session never finished";
    (void)QTest::qWaitFor([&] { return h.server->clientClosed(); }, 2000);
    return h;
}

Credentials tokenCredentials(const QString &token = Token)
{
    return {User, token, CredentialKind::BearerToken};
}

QStringList greeting(const char *auth)
{
    return {QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO client.test"),
            QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250 AUTH ") + QString::fromLatin1(auth)};
}

QByteArray xoauth2(const QString &token = Token)
{
    return "user=" + User.toUtf8()
        + "\x01"
          "auth=Bearer "
        + token.toUtf8() + "\x01\x01";
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Neither the token, nor any long piece of it, nor the base64 of what carried it, is anywhere a person can copy.
void expectTokenAbsent(const Harness &h, const QString &token, const QByteArray &initialResponse)
{
    QStringList places = {h.transcript(), h.session->error() ? h.session->error()->message : QString()};
    for (const StageEvent &event : h.recorder->stages)
        places << event.detail;
    for (const QString &text : places) {
        EXPECT_FALSE(text.contains(token));
        EXPECT_FALSE(text.contains(token.left(24)));
        EXPECT_FALSE(text.contains(base64(initialResponse)));
        EXPECT_FALSE(text.contains(base64(initialResponse).mid(8, 40)));
    }
}

QString longToken(qsizetype length)
{
    const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/");
    QString result;
    for (qsizetype i = 0; result.size() < length; ++i)
        result.append(alphabet.at((i * 11 + i / 7) % alphabet.size()));
    return result;
}

} // namespace

TEST(SmtpOAuthSession, XOAuth2SignsInWithTheExactInitialResponse)
{
    const QStringList script = greeting("PLAIN LOGIN XOAUTH2 OAUTHBEARER")
        + QStringList{QStringLiteral("C: AUTH XOAUTH2 ") + base64(xoauth2()), QStringLiteral("S: 235 2.7.0 Accepted"),
                      QStringLiteral("C: QUIT")};
    const Harness h = run(script, tokenCredentials());
    EXPECT_EQ(h.server->scriptError(), QString());
    EXPECT_TRUE(h.server->scriptCompleted());
    EXPECT_FALSE(h.session->error().has_value());
    EXPECT_TRUE(h.recorder->stageSucceeded(Stage::Auth));
    const QString sent = h.server->receivedLines().value(1);
    EXPECT_EQ(QByteArray::fromBase64(sent.mid(13).toLatin1()), xoauth2());
    EXPECT_TRUE(h.transcript().contains(QStringLiteral("C: AUTH XOAUTH2 <redacted>")));
    expectTokenAbsent(h, Token, xoauth2());
}

TEST(SmtpOAuthSession, OAuthBearerNamesTheHostAndPortItConnectedTo)
{
    const QStringList script = greeting("OAUTHBEARER PLAIN")
        + QStringList{QStringLiteral("C: AUTH OAUTHBEARER *"), QStringLiteral("S: 235 2.7.0 Accepted"),
                      QStringLiteral("C: QUIT")};
    const Harness h = run(script, tokenCredentials());
    EXPECT_EQ(h.server->scriptError(), QString());
    EXPECT_FALSE(h.session->error().has_value());
    const QString sent = h.server->receivedLines().value(1);
    ASSERT_TRUE(sent.startsWith(QStringLiteral("AUTH OAUTHBEARER ")));
    const QByteArray expected = "n,a=" + User.toUtf8()
        + ",\x01host=127.0.0.1\x01port=" + QByteArray::number(h.server->serverPort())
        + "\x01"
          "auth=Bearer "
        + Token.toUtf8() + "\x01\x01";
    EXPECT_EQ(QByteArray::fromBase64(sent.mid(17).toLatin1()), expected);
    expectTokenAbsent(h, Token, expected);
}

TEST(SmtpOAuthSession, XOAuth2ErrorChallengeIsAnsweredWithAnEmptyLineAndReported)
{
    const QStringList script = greeting("XOAUTH2 PLAIN")
        + QStringList{QStringLiteral("C: AUTH XOAUTH2 ") + base64(xoauth2()),
                      QStringLiteral("S: 334 ") + base64(GoogleChallenge), QStringLiteral("C: "),
                      QStringLiteral("S: 535-5.7.8 Username and Password not accepted. For more information, go to"),
                      QStringLiteral("S: 535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1 - gsmtp")};
    const Harness h = run(script, tokenCredentials());
    EXPECT_EQ(h.server->scriptError(), QString());
    EXPECT_TRUE(h.server->scriptCompleted());
    EXPECT_TRUE(h.server->receivedBytes().contains(base64(xoauth2()).toLatin1() + "\r\n\r\n"))
        << "the answer to the challenge is one empty line";
    ASSERT_TRUE(h.session->error().has_value());
    const SmtpError &error = h.error();
    EXPECT_EQ(error.stage, Stage::Auth);
    EXPECT_EQ(error.kind, ErrorKind::ServerRejected);
    ASSERT_TRUE(error.reply.has_value());
    EXPECT_EQ(error.reply->code, 535);
    EXPECT_EQ(error.credentials, CredentialKind::BearerToken);
    ASSERT_TRUE(error.oauth.has_value());
    EXPECT_EQ(error.oauth->status, u"401");
    EXPECT_EQ(error.oauth->scope, u"https://mail.google.com/");
    EXPECT_TRUE(error.message.contains(QStringLiteral("status 401"))) << error.message.toStdString();
    EXPECT_FALSE(error.transient);
    // The decoded challenge is shown (it holds no secret); what the client sent is not.
    const QString transcript = h.transcript();
    EXPECT_TRUE(transcript.contains(QString::fromUtf8(GoogleChallenge))) << transcript.toStdString();
    EXPECT_TRUE(transcript.contains(QStringLiteral("C: AUTH XOAUTH2 <redacted>\n")));
    EXPECT_TRUE(transcript.contains(QStringLiteral("C: <redacted>\n")));
    expectTokenAbsent(h, Token, xoauth2());
}

TEST(SmtpOAuthSession, OAuthBearerErrorChallengeIsAnsweredWithControlA)
{
    const QByteArray dovecot = R"({"status":"invalid_token","schemes":"bearer","scope":"mail"})";
    const QStringList script = greeting("OAUTHBEARER")
        + QStringList{QStringLiteral("C: AUTH OAUTHBEARER *"), QStringLiteral("S: 334 ") + base64(dovecot),
                      QStringLiteral("C: AQ=="), QStringLiteral("S: 535 5.7.8 Error: authentication failed")};
    const Harness h = run(script, tokenCredentials());
    EXPECT_EQ(h.server->scriptError(), QString());
    EXPECT_TRUE(h.server->scriptCompleted());
    ASSERT_TRUE(h.session->error().has_value());
    EXPECT_EQ(h.error().reply->code, 535);
    ASSERT_TRUE(h.error().oauth.has_value());
    EXPECT_EQ(h.error().oauth->status, u"invalid_token");
    EXPECT_TRUE(h.error().message.contains(QStringLiteral("invalid_token")));
    EXPECT_TRUE(h.transcript().contains(QStringLiteral("C: <redacted>\n"))) << "even the \\x01 is not shown";
    EXPECT_FALSE(h.transcript().contains(Token));
}

TEST(SmtpOAuthSession, GarbageChallengeIsStillAnsweredAndTheFailureReported)
{
    const QStringList script = greeting("XOAUTH2")
        + QStringList{QStringLiteral("C: AUTH XOAUTH2 *"),
                      QStringLiteral("S: 334 ") + base64("\x1b]0;pwned\x07 not json"), QStringLiteral("C: "),
                      QStringLiteral("S: 535 5.7.3 Authentication unsuccessful")};
    const Harness h = run(script, tokenCredentials());
    EXPECT_EQ(h.server->scriptError(), QString());
    ASSERT_TRUE(h.session->error().has_value());
    ASSERT_TRUE(h.error().oauth.has_value());
    EXPECT_TRUE(h.error().oauth->status.isEmpty());
    EXPECT_FALSE(h.transcript().contains(u'\x1b'));
    EXPECT_FALSE(h.transcript().contains(u'\x07'));
}

TEST(SmtpOAuthSession, AFinal535WithoutChallengeKeepsNoOAuthDetails)
{
    const QStringList script = greeting("XOAUTH2")
        + QStringList{QStringLiteral("C: AUTH XOAUTH2 *"),
                      QStringLiteral("S: 535 5.7.3 Authentication unsuccessful [VI1PR]")};
    const Harness h = run(script, tokenCredentials());
    EXPECT_EQ(h.server->scriptError(), QString());
    ASSERT_TRUE(h.session->error().has_value());
    EXPECT_EQ(h.error().reply->enhanced.toString(), u"5.7.3");
    EXPECT_FALSE(h.error().oauth.has_value());
    EXPECT_EQ(h.error().credentials, CredentialKind::BearerToken);
}

class LongToken : public testing::TestWithParam<qsizetype>
{
};

TEST_P(LongToken, ArrivesWholeOnOneLineEndingWithCrLf)
{
    // Too long for the AUTH line itself (RFC 4954: 512 octets), so it answers the server's empty 334, whole.
    const QString token = longToken(GetParam());
    ASSERT_EQ(token.size(), GetParam());
    const QByteArray line = xoauth2(token).toBase64();
    const QStringList script = greeting("XOAUTH2")
        + QStringList{QStringLiteral("C: AUTH XOAUTH2"), QStringLiteral("S: 334 "),
                      QStringLiteral("C: ") + QString::fromLatin1(line), QStringLiteral("S: 235 2.7.0 Accepted"),
                      QStringLiteral("C: QUIT")};
    const Harness h = run(script, tokenCredentials(token));
    EXPECT_EQ(h.server->scriptError(), QString()) << "the line the server read differs from the full one";
    EXPECT_FALSE(h.session->error().has_value());
    const QByteArray bytes = h.server->receivedBytes();
    const qsizetype start = bytes.indexOf("AUTH XOAUTH2\r\n");
    ASSERT_GE(start, 0);
    const qsizetype response = start + qsizetype(sizeof("AUTH XOAUTH2\r\n") - 1);
    EXPECT_EQ(bytes.mid(response, line.size() + 2), line + "\r\n");
    EXPECT_EQ(bytes.mid(response + line.size() + 2), "QUIT\r\n");
    expectTokenAbsent(h, token, xoauth2(token));
}

INSTANTIATE_TEST_SUITE_P(Microsoft, LongToken, testing::Values(6'000, 12'000));

TEST(SmtpOAuthSession, ATokenNeverGoesThroughPlainOrLogin)
{
    const Harness h = run(greeting("PLAIN LOGIN"), tokenCredentials());
    EXPECT_EQ(h.server->scriptError(), QString());
    ASSERT_TRUE(h.session->error().has_value());
    EXPECT_EQ(h.error().kind, ErrorKind::NoSupportedAuthMechanism);
    EXPECT_TRUE(h.error().message.contains(QStringLiteral("password"))) << h.error().message.toStdString();
    EXPECT_TRUE(h.error().message.contains(QStringLiteral("XOAUTH2")));
    EXPECT_EQ(h.server->receivedLines(), QStringList{QStringLiteral("EHLO client.test")});
    EXPECT_TRUE(h.server->unreadInput().isEmpty());
}

TEST(SmtpOAuthSession, APasswordNeverGoesThroughAnOAuthMechanism)
{
    const Harness h = run(greeting("XOAUTH2 OAUTHBEARER"), {User, QStringLiteral("s3cret")});
    ASSERT_TRUE(h.session->error().has_value());
    EXPECT_EQ(h.error().kind, ErrorKind::NoSupportedAuthMechanism);
    EXPECT_EQ(h.error().credentials, CredentialKind::Password);
    EXPECT_EQ(h.server->receivedLines(), QStringList{QStringLiteral("EHLO client.test")});
}

TEST(SmtpOAuthSession, ATokenThatCouldBreakTheMessageIsNotSent)
{
    for (const QString &bad : {QStringLiteral("abc\x01"
                                              "auth=Bearer x"),
                               QStringLiteral("abc def")}) {
        const Harness h = run(greeting("XOAUTH2"), tokenCredentials(bad));
        ASSERT_TRUE(h.session->error().has_value());
        EXPECT_EQ(h.error().kind, ErrorKind::InvalidArgument);
        EXPECT_EQ(h.error().stage, Stage::Auth);
        EXPECT_EQ(h.server->receivedLines(), QStringList{QStringLiteral("EHLO client.test")});
    }
}

TEST(SmtpOAuthSession, NeverATokenWithoutTls)
{
    SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = 2;
    options.security = Security::None;
    SmtpSession session(options);
    session.setCredentials(tokenCredentials());
    SessionRecorder recorder(session);
    session.open();
    ASSERT_TRUE(recorder.waitUntilFinished());
    EXPECT_EQ(session.error()->kind, ErrorKind::PlaintextRefused);
    EXPECT_TRUE(session.error()->message.contains(QStringLiteral("token")));
}
