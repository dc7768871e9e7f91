// The session against the scripted fake server: protocol corners, faults at every stage, TLS rules.
#include "ScriptedSmtpServer.h"
#include "SessionRecorder.h"

#include "mime/MessageWriter.h"
#include "smtp/SmtpSession.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente::smtp;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

const QString Password = QStringLiteral("s3cret-Pa55");
const QByteArray Message = "From: a@example.test\r\nTo: b@example.test\r\nSubject: Hi\r\n\r\nHello\r\n.\r\nBye\r\n";

QList<QSslCertificate> testCa()
{
    return QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")));
}

struct Harness {
    std::unique_ptr<ScriptedSmtpServer> server;
    std::unique_ptr<SmtpSession> session;
    std::unique_ptr<SessionRecorder> recorder;

    const TransactionResult &result(int i = 0) const { return recorder->results.at(i); }
    const SmtpError &error() const { return *session->error(); }
};

struct RunSetup {
    ScriptedSmtpServer::Transport transport = ScriptedSmtpServer::Transport::Plain;
    Security security = Security::None;
    bool withPassword = false;
    QString certificate; // server certificate base name in the test PKI, default "server"
    QByteArray pin;
    bool withTestCa = true;
    Timeouts timeouts{2000ms, 2000ms, 2000ms, 2000ms, 2000ms};
};

Harness run(const QStringList &script, const RunSetup &setup, const std::function<void(SmtpSession &)> &jobs)
{
    Harness h;
    h.server = std::make_unique<ScriptedSmtpServer>(script, setup.transport);
    if (!setup.certificate.isEmpty())
        h.server->setCertificate(ScriptedSmtpServer::pkiPath(setup.certificate + QStringLiteral(".pem")),
                                 ScriptedSmtpServer::pkiPath(setup.certificate + QStringLiteral(".key")));
    EXPECT_TRUE(h.server->start());
    SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = h.server->serverPort();
    options.security = setup.security;
    options.clientName = QStringLiteral("client.test");
    if (setup.withTestCa)
        options.extraCaCertificates = testCa();
    options.pinnedSha256 = setup.pin;
    options.timeouts = setup.timeouts;
    h.session = std::make_unique<SmtpSession>(options);
    if (setup.withPassword)
        h.session->setCredentials({QStringLiteral("ana@example.test"), Password});
    h.recorder = std::make_unique<SessionRecorder>(*h.session);
    h.session->open();
    jobs(*h.session);
    h.session->quit();
    EXPECT_TRUE(h.recorder->waitUntilFinished(15000)) << "the session never finished";
    // Let the server read what the client sent just before closing.
    (void)QTest::qWaitFor([&] { return h.server->connectionCount() == 0 || h.server->clientClosed(); }, 2000);
    return h;
}

std::function<void(SmtpSession &)> sendOne(QStringList to = {QStringLiteral("b@example.test")},
                                           QByteArray message = Message)
{
    return [to, message](SmtpSession &s) {
        s.send({QStringLiteral("a@example.test"), to}, std::make_shared<ByteArrayMessageSource>(message));
    };
}

const auto noJobs = [](SmtpSession &) {};

const QStringList plainEhlo = {QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO client.test"),
                               QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250 SIZE 1000000")};

void expectSecretAbsent(const Harness &h)
{
    const QString transcript = h.session->transcript().toText();
    EXPECT_FALSE(transcript.contains(Password));
    EXPECT_FALSE(transcript.contains(QString::fromLatin1(Password.toUtf8().toBase64())));
    const QByteArray plain = QByteArray("\0ana@example.test\0", 18) + Password.toUtf8();
    EXPECT_FALSE(transcript.contains(QString::fromLatin1(plain.toBase64())));
}

} // namespace

TEST(SmtpSession, StartTlsPipelinedDataSend)
{
    const QByteArray plain = QByteArray("\0ana@example.test\0", 18) + Password.toUtf8();
    const QStringList script = {QStringLiteral("S: 220 fake.test ESMTP"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 250-fake.test"),
                                QStringLiteral("S: 250-STARTTLS"),
                                QStringLiteral("S: 250 PIPELINING"),
                                QStringLiteral("C: STARTTLS"),
                                QStringLiteral("S: 220 2.0.0 Ready to start TLS"),
                                QStringLiteral("!starttls"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 250-fake.test"),
                                QStringLiteral("S: 250-PIPELINING"),
                                QStringLiteral("S: 250-SIZE 1000000"),
                                QStringLiteral("S: 250 AUTH LOGIN PLAIN"),
                                QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(plain.toBase64()),
                                QStringLiteral("S: 235 2.7.0 Authentication successful"),
                                QStringLiteral("C: MAIL FROM:<a@example.test> SIZE=%1").arg(Message.size()),
                                QStringLiteral("C: RCPT TO:<b@example.test>"),
                                QStringLiteral("C: DATA"),
                                QStringLiteral("S: 250 2.1.0 Ok"),
                                QStringLiteral("S: 250 2.1.5 Ok"),
                                QStringLiteral("S: 354 End data"),
                                QStringLiteral("!data"),
                                QStringLiteral("S: 250 2.0.0 Ok: queued as ABC123"),
                                QStringLiteral("C: QUIT")};
    RunSetup setup;
    setup.security = Security::StartTls;
    setup.withPassword = true;
    const Harness h = run(script, setup, sendOne());
    EXPECT_EQ(h.server->scriptError(), QString());
    EXPECT_TRUE(h.server->scriptCompleted());
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(h.result().outcome, Outcome::Sent);
    ASSERT_TRUE(h.result().finalReply.has_value());
    EXPECT_TRUE(h.result().finalReply->text().contains(QStringLiteral("ABC123")));
    EXPECT_FALSE(h.session->error().has_value());
    EXPECT_EQ(h.server->messageData(),
              "From: a@example.test\r\nTo: b@example.test\r\nSubject: Hi\r\n\r\nHello\r\n..\r\nBye\r\n.\r\n");
    for (Stage stage : {Stage::Connect, Stage::Greeting, Stage::Ehlo, Stage::StartTls, Stage::Tls, Stage::Auth,
                        Stage::Mail, Stage::Rcpt, Stage::Data, Stage::Quit})
        EXPECT_TRUE(h.recorder->stageSucceeded(stage)) << stageName(stage).toStdString();
    expectSecretAbsent(h);
    EXPECT_TRUE(h.session->transcript().toText().contains(QStringLiteral("AUTH PLAIN <redacted>")));
}

TEST(SmtpSession, ImplicitTlsSequentialWithLoginAndSplitReplies)
{
    const QStringList script = {QStringLiteral("S~ 22"),
                                QStringLiteral("!pause 30"),
                                QStringLiteral("S~ 0 fake.test ESMTP\\r"),
                                QStringLiteral("!pause 30"),
                                QStringLiteral("S~ \\n"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S~ 250-fake.test\\r\\n250-AU"),
                                QStringLiteral("!pause 30"),
                                QStringLiteral("S~ TH LOGIN\\r\\n250 8BITMIME\\r\\n"),
                                QStringLiteral("C: AUTH LOGIN"),
                                QStringLiteral("S: 334 VXNlcm5hbWU6"),
                                QStringLiteral("C: ") + QString::fromLatin1(QByteArray("ana@example.test").toBase64()),
                                QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                                QStringLiteral("C: ") + QString::fromLatin1(Password.toUtf8().toBase64()),
                                QStringLiteral("S: 235 ok"),
                                QStringLiteral("C: MAIL FROM:<a@example.test> BODY=8BITMIME"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("C: RCPT TO:<b@example.test>"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("C: DATA"),
                                QStringLiteral("S: 354 go"),
                                QStringLiteral("!data"),
                                QStringLiteral("S: 250 queued"),
                                QStringLiteral("C: QUIT")};
    RunSetup setup;
    setup.transport = ScriptedSmtpServer::Transport::ImplicitTls;
    setup.security = Security::ImplicitTls;
    setup.withPassword = true;
    const Harness h = run(script, setup, sendOne({QStringLiteral("b@example.test")}, "Subject: é\n\nÿ\n"));
    EXPECT_EQ(h.server->scriptError(), QString());
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(h.result().outcome, Outcome::Sent);
    EXPECT_EQ(h.server->messageData(), "Subject: é\r\n\r\nÿ\r\n.\r\n");
    expectSecretAbsent(h);
}

TEST(SmtpSession, ChunkingPipelinedSendsMessageWithEnvelopeInOneFlight)
{
    const QStringList script = {QStringLiteral("S: 220 fake.test ESMTP"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 250-fake.test"),
                                QStringLiteral("S: 250-PIPELINING"),
                                QStringLiteral("S: 250 CHUNKING"),
                                QStringLiteral("C: MAIL FROM:<a@example.test>"),
                                QStringLiteral("C: RCPT TO:<b@example.test>"),
                                QStringLiteral("C: RCPT TO:<c@example.test>"),
                                QStringLiteral("!bdat"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("S: 250 2.0.0 queued as B1"),
                                QStringLiteral("C: QUIT")};
    const Harness h = run(script, {}, sendOne({QStringLiteral("b@example.test"), QStringLiteral("c@example.test")}));
    EXPECT_EQ(h.server->scriptError(), QString());
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(h.result().outcome, Outcome::Sent);
    EXPECT_EQ(h.server->receivedLines().value(4), QStringLiteral("BDAT %1 LAST").arg(Message.size()));
    EXPECT_EQ(h.server->messageData(), Message) << "BDAT carries the message without dot-stuffing";
}

TEST(SmtpSession, ChunkingLargeMessageInSeveralChunksWithoutPipelining)
{
    QByteArray big;
    while (big.size() < 600 * 1024)
        big += "A line of text that repeats to make a large message.\n";
    QStringList script = plainEhlo;
    script.removeLast();
    script << QStringLiteral("S: 250 CHUNKING") << QStringLiteral("C: MAIL FROM:<a@example.test>")
           << QStringLiteral("S: 250 ok") << QStringLiteral("C: RCPT TO:<b@example.test>")
           << QStringLiteral("S: 250 ok");
    for (int i = 0; i < 3; ++i)
        script << QStringLiteral("!bdat") << QStringLiteral("S: 250 chunk ok");
    script << QStringLiteral("C: QUIT");
    const Harness h = run(script, {}, sendOne({QStringLiteral("b@example.test")}, big));
    EXPECT_EQ(h.server->scriptError(), QString());
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(h.result().outcome, Outcome::Sent);
    QByteArray expected = big;
    expected.replace("\n", "\r\n");
    EXPECT_EQ(h.server->messageData(), expected);
    QStringList bdats = h.server->receivedLines().filter(QStringLiteral("BDAT "));
    ASSERT_EQ(bdats.size(), 3);
    EXPECT_FALSE(bdats.at(0).endsWith(QStringLiteral("LAST")));
    EXPECT_FALSE(bdats.at(1).endsWith(QStringLiteral("LAST")));
    EXPECT_TRUE(bdats.at(2).endsWith(QStringLiteral(" LAST")));
    qsizetype total = 0;
    for (const QString &bdat : bdats)
        total += bdat.section(u' ', 1, 1).toLongLong();
    EXPECT_EQ(total, expected.size());
}

TEST(SmtpSession, StartTlsNotOfferedStopsAndSendsNothingElse)
{
    const QStringList script
        = {QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO client.test"),
           QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("!pause 300")};
    RunSetup setup;
    setup.security = Security::StartTls;
    setup.withPassword = true;
    const Harness h = run(script, setup, sendOne());
    ASSERT_TRUE(h.session->error().has_value());
    EXPECT_EQ(h.error().stage, Stage::StartTls);
    EXPECT_EQ(h.error().kind, ErrorKind::StartTlsNotOffered);
    EXPECT_EQ(h.server->receivedLines(), QStringList{QStringLiteral("EHLO client.test")});
    EXPECT_TRUE(h.server->unreadInput().isEmpty()) << "no AUTH, no MAIL, not even QUIT";
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(h.result().outcome, Outcome::Failed);
}

TEST(SmtpSession, PlaintextInjectedAfterStartTlsReplyIsDiscarded)
{
    // A man in the middle appends a fake EHLO reply to the 220; if the client believed it, it would think AUTH
    // LOGIN is offered and "235" accepted before TLS.
    const QStringList script
        = {QStringLiteral("S: 220 fake.test ESMTP"),
           QStringLiteral("C: EHLO client.test"),
           QStringLiteral("S: 250-fake.test"),
           QStringLiteral("S: 250 STARTTLS"),
           QStringLiteral("C: STARTTLS"),
           QStringLiteral("S~ 220 Ready to start TLS\\r\\n250-evil\\r\\n250 AUTH LOGIN\\r\\n235 ok\\r\\n"),
           QStringLiteral("!starttls"),
           QStringLiteral("C: EHLO client.test"),
           QStringLiteral("S: 250-fake.test"),
           QStringLiteral("S: 250 AUTH PLAIN"),
           QStringLiteral("C: AUTH PLAIN *"),
           QStringLiteral("S: 235 ok"),
           QStringLiteral("C: QUIT")};
    RunSetup setup;
    setup.security = Security::StartTls;
    setup.withPassword = true;
    const Harness h = run(script, setup, noJobs);
    EXPECT_EQ(h.server->scriptError(), QString());
    EXPECT_TRUE(h.server->scriptCompleted());
    EXPECT_FALSE(h.session->error().has_value()) << h.error().message.toStdString();
    EXPECT_EQ(h.session->capabilities().authMechanisms, QStringList{QStringLiteral("PLAIN")})
        << "capabilities come from the EHLO after TLS only";
}

TEST(SmtpSession, CapabilitiesFromBeforeTlsAreForgotten)
{
    const QStringList script = {QStringLiteral("S: 220 fake.test ESMTP"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 250-fake.test"),
                                QStringLiteral("S: 250-STARTTLS"),
                                QStringLiteral("S: 250 AUTH LOGIN PLAIN"),
                                QStringLiteral("C: STARTTLS"),
                                QStringLiteral("S: 220 go"),
                                QStringLiteral("!starttls"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 250 fake.test"),
                                QStringLiteral("!pause 300")};
    RunSetup setup;
    setup.security = Security::StartTls;
    setup.withPassword = true;
    const Harness h = run(script, setup, noJobs);
    ASSERT_TRUE(h.session->error().has_value());
    EXPECT_EQ(h.error().kind, ErrorKind::NoAuthOffered);
    EXPECT_EQ(h.error().stage, Stage::Auth);
}

TEST(SmtpSession, HeloFallbackWhenEhloIsRefused)
{
    const QStringList script = {QStringLiteral("S: 220 old.test"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 502 5.5.2 Command not recognized"),
                                QStringLiteral("C: HELO client.test"),
                                QStringLiteral("S: 250 old.test"),
                                QStringLiteral("C: MAIL FROM:<a@example.test>"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("C: RCPT TO:<b@example.test>"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("C: DATA"),
                                QStringLiteral("S: 354 go"),
                                QStringLiteral("!data"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("C: QUIT")};
    const Harness h = run(script, {}, sendOne());
    EXPECT_EQ(h.server->scriptError(), QString());
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(h.result().outcome, Outcome::Sent);
    EXPECT_FALSE(h.session->capabilities().esmtp);
}

TEST(SmtpSession, PartialRecipientAcceptanceReportsEachAndSendsToTheRest)
{
    const QStringList script = plainEhlo
        + QStringList{QStringLiteral("C: MAIL FROM:<a@example.test> SIZE=*"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<b@example.test>"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<nobody@example.test>"),
                      QStringLiteral("S: 550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown"),
                      QStringLiteral("C: RCPT TO:<c@example.test>"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: DATA"),
                      QStringLiteral("S: 354 go"),
                      QStringLiteral("!data"),
                      QStringLiteral("S: 250 queued"),
                      QStringLiteral("C: QUIT")};
    const Harness h = run(script, {},
                          sendOne({QStringLiteral("b@example.test"), QStringLiteral("nobody@example.test"),
                                   QStringLiteral("c@example.test")}));
    EXPECT_EQ(h.server->scriptError(), QString());
    ASSERT_EQ(h.recorder->results.size(), 1);
    const TransactionResult &r = h.result();
    EXPECT_EQ(r.outcome, Outcome::Partial);
    EXPECT_EQ(r.refusedRecipients(), QStringList{QStringLiteral("nobody@example.test")});
    EXPECT_EQ(r.recipients.at(1).reply.enhanced, (EnhancedStatusCode{5, 1, 1}));
    EXPECT_TRUE(r.recipients.at(0).accepted);
    EXPECT_TRUE(r.recipients.at(2).accepted);
}

TEST(SmtpSession, SeveralMessagesOnOneConnectionWithRsetAfterFailure)
{
    const QStringList script = plainEhlo
        + QStringList{QStringLiteral("C: MAIL FROM:<a@example.test> SIZE=*"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<b@example.test>"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: DATA"),
                      QStringLiteral("S: 354 go"),
                      QStringLiteral("!data"),
                      QStringLiteral("S: 250 first queued"),
                      QStringLiteral("C: MAIL FROM:<a@example.test> SIZE=*"),
                      QStringLiteral("S: 451 4.3.0 try later"),
                      QStringLiteral("C: RSET"),
                      QStringLiteral("S: 250 flushed"),
                      QStringLiteral("C: MAIL FROM:<a@example.test> SIZE=*"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<b@example.test>"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: DATA"),
                      QStringLiteral("S: 354 go"),
                      QStringLiteral("!data"),
                      QStringLiteral("S: 250 third queued"),
                      QStringLiteral("C: QUIT")};
    const Harness h = run(script, {}, [](SmtpSession &s) {
        for (int i = 0; i < 3; ++i)
            sendOne()(s);
    });
    EXPECT_EQ(h.server->scriptError(), QString());
    ASSERT_EQ(h.recorder->results.size(), 3);
    EXPECT_EQ(h.result(0).outcome, Outcome::Sent);
    EXPECT_EQ(h.result(1).outcome, Outcome::Failed);
    ASSERT_TRUE(h.result(1).error.has_value());
    EXPECT_EQ(h.result(1).error->stage, Stage::Mail);
    EXPECT_TRUE(h.result(1).error->transient);
    EXPECT_EQ(h.result(2).outcome, Outcome::Sent);
    EXPECT_EQ(h.server->connectionCount(), 1);
}

TEST(SmtpSession, VerifyChecksEnvelopeWithoutSending)
{
    const QStringList script = plainEhlo
        + QStringList{QStringLiteral("C: MAIL FROM:<a@example.test>"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RCPT TO:<b@example.test>"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: RSET"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: QUIT")};
    const Harness h = run(script, {}, [](SmtpSession &s) {
        s.verify({QStringLiteral("a@example.test"), {QStringLiteral("b@example.test")}});
    });
    EXPECT_EQ(h.server->scriptError(), QString());
    EXPECT_TRUE(h.server->scriptCompleted());
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(h.result().outcome, Outcome::Verified);
    EXPECT_FALSE(h.server->receivedLines().contains(QStringLiteral("DATA")));
}

TEST(SmtpSession, MessageOverServerSizeIsRefusedBeforeMail)
{
    const QStringList script = plainEhlo + QStringList{QStringLiteral("C: QUIT")};
    const Harness h = run(script, {}, sendOne({QStringLiteral("b@example.test")}, QByteArray(1'000'001, 'x')));
    ASSERT_EQ(h.recorder->results.size(), 1);
    ASSERT_TRUE(h.result().error.has_value());
    EXPECT_EQ(h.result().error->kind, ErrorKind::MessageTooLarge);
    EXPECT_FALSE(h.server->receivedLines().join(u'\n').contains(QStringLiteral("MAIL")));
    EXPECT_EQ(h.server->scriptError(), QString());
}

TEST(SmtpSession, NonAsciiAddressNeedsSmtpUtf8)
{
    const QStringList script = plainEhlo + QStringList{QStringLiteral("C: QUIT")};
    const Harness h = run(script, {}, sendOne({QStringLiteral("josé@example.test")}));
    ASSERT_EQ(h.recorder->results.size(), 1);
    ASSERT_TRUE(h.result().error.has_value());
    EXPECT_EQ(h.result().error->kind, ErrorKind::SmtpUtf8Required);
    EXPECT_TRUE(h.result().error->message.contains(QStringLiteral("josé@example.test")));
    EXPECT_EQ(h.server->scriptError(), QString());
}

TEST(SmtpSession, NonAsciiAddressUsesSmtpUtf8WhenOffered)
{
    const QStringList script = {QStringLiteral("S: 220 fake.test"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 250-fake.test"),
                                QStringLiteral("S: 250 SMTPUTF8"),
                                QStringLiteral("C: MAIL FROM:<a@example.test> SMTPUTF8"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("C: RCPT TO:<josé@xn--espaa-rta.test>"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("C: DATA"),
                                QStringLiteral("S: 354 go"),
                                QStringLiteral("!data"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("C: QUIT")};
    const Harness h = run(script, {}, sendOne({QStringLiteral("josé@españa.test")}));
    EXPECT_EQ(h.server->scriptError(), QString());
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(h.result().outcome, Outcome::Sent);
}

TEST(SmtpSession, OversizedReplyLineIsAProtocolError)
{
    const QStringList script = {QStringLiteral("S: 220 ") + QString(5000, u'x')};
    const Harness h = run(script, {}, sendOne());
    ASSERT_TRUE(h.session->error().has_value());
    EXPECT_EQ(h.error().kind, ErrorKind::ProtocolViolation);
    EXPECT_EQ(h.error().stage, Stage::Greeting);
}

TEST(SmtpSession, EmptyRecipientListAndBadAddressesNeverReachTheServer)
{
    const QStringList script = plainEhlo + QStringList{QStringLiteral("C: QUIT")};
    const Harness h = run(script, {}, [](SmtpSession &s) {
        s.send({QStringLiteral("a@example.test"), {}}, std::make_shared<ByteArrayMessageSource>(Message));
        s.send({QStringLiteral("a@example.test"), {QStringLiteral("b@example.test>\r\nRSET")}},
               std::make_shared<ByteArrayMessageSource>(Message));
    });
    EXPECT_EQ(h.server->scriptError(), QString());
    ASSERT_EQ(h.recorder->results.size(), 2);
    for (const auto &r : h.recorder->results) {
        ASSERT_TRUE(r.error.has_value());
        EXPECT_EQ(r.error->kind, ErrorKind::InvalidArgument);
    }
}

// ---- a negative reply at every stage ----------------------------------------------------------------------------

struct RejectCase {
    const char *name;
    QStringList script;
    Stage stage;
    bool transient;
    ErrorKind kind = ErrorKind::ServerRejected;
};

void PrintTo(const RejectCase &c, std::ostream *os)
{
    *os << c.name;
}

class RejectAtStage : public ::testing::TestWithParam<RejectCase>
{
};

TEST_P(RejectAtStage, ReportsStageCodeAndClass)
{
    const RejectCase &c = GetParam();
    RunSetup setup;
    const bool tls = c.script.join(u'\n').contains(QStringLiteral("STARTTLS"));
    if (tls) {
        setup.security = Security::StartTls;
        setup.withPassword = true;
    }
    const Harness h = run(c.script, setup, sendOne());
    ASSERT_EQ(h.recorder->results.size(), 1);
    const TransactionResult &r = h.result();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(stageName(r.error->stage), stageName(c.stage));
    EXPECT_EQ(r.error->kind, c.kind);
    EXPECT_EQ(r.error->transient, c.transient);
    if (c.kind == ErrorKind::ServerRejected) {
        ASSERT_TRUE(r.error->reply.has_value());
        EXPECT_FALSE(r.error->reply->text().isEmpty());
    }
    EXPECT_EQ(h.server->scriptError(), QString());
}

namespace {
QStringList tlsPrefix()
{
    return {QStringLiteral("S: 220 fake.test"), QStringLiteral("C: EHLO client.test"),
            QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250 STARTTLS"),
            QStringLiteral("C: STARTTLS"),      QStringLiteral("S: 220 go"),
            QStringLiteral("!starttls"),        QStringLiteral("C: EHLO client.test"),
            QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250 AUTH PLAIN")};
}
QStringList ehloOnly()
{
    return {QStringLiteral("S: 220 fake.test"), QStringLiteral("C: EHLO client.test"),
            QStringLiteral("S: 250 fake.test")};
}
} // namespace

INSTANTIATE_TEST_SUITE_P(
    EveryStage, RejectAtStage,
    ::testing::Values(
        RejectCase{"greeting554", {QStringLiteral("S: 554 5.7.1 No SMTP service here")}, Stage::Greeting, false},
        RejectCase{"greeting421", {QStringLiteral("S: 421 4.3.2 Service not available")}, Stage::Greeting, true},
        RejectCase{"ehlo421",
                   {QStringLiteral("S: 220 fake.test"), QStringLiteral("C: EHLO client.test"),
                    QStringLiteral("S: 421 4.7.0 Try again later, closing connection")},
                   Stage::Ehlo,
                   true},
        RejectCase{"starttls454",
                   {QStringLiteral("S: 220 fake.test"), QStringLiteral("C: EHLO client.test"),
                    QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250 STARTTLS"),
                    QStringLiteral("C: STARTTLS"),
                    QStringLiteral("S: 454 4.7.0 TLS not available due to local problem")},
                   Stage::StartTls,
                   true},
        RejectCase{"auth535",
                   tlsPrefix()
                       + QStringList{QStringLiteral("C: AUTH PLAIN *"),
                                     QStringLiteral("S: 535-5.7.8 Username and Password not accepted."),
                                     QStringLiteral("S: 535 5.7.8 https://support.google.com/mail/?p=BadCredentials")},
                   Stage::Auth, false},
        RejectCase{"auth454",
                   tlsPrefix()
                       + QStringList{QStringLiteral("C: AUTH PLAIN *"),
                                     QStringLiteral("S: 454 4.7.0 Temporary authentication failure")},
                   Stage::Auth, true},
        RejectCase{
            "mail550",
            ehloOnly()
                + QStringList{QStringLiteral("C: MAIL FROM:*"),
                              QStringLiteral("S: 550 5.7.1 Client does not have permissions to send as this sender"),
                              QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT")},
            Stage::Mail, false},
        RejectCase{"rcpt550",
                   ehloOnly()
                       + QStringList{QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 ok"),
                                     QStringLiteral("C: RCPT TO:*"), QStringLiteral("S: 550 5.1.1 User unknown"),
                                     QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT")},
                   Stage::Rcpt, false, ErrorKind::NoRecipientAccepted},
        RejectCase{"data554",
                   ehloOnly()
                       + QStringList{QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 ok"),
                                     QStringLiteral("C: RCPT TO:*"), QStringLiteral("S: 250 ok"),
                                     QStringLiteral("C: DATA"), QStringLiteral("S: 554 5.5.1 No valid recipients"),
                                     QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT")},
                   Stage::Data, false},
        RejectCase{"dataEnd552",
                   ehloOnly()
                       + QStringList{QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 ok"),
                                     QStringLiteral("C: RCPT TO:*"), QStringLiteral("S: 250 ok"),
                                     QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("!data"),
                                     QStringLiteral("S: 552-5.3.4 Your message exceeded Google's message size limits."),
                                     QStringLiteral("S: 552 5.3.4 See https://support.google.com/mail/?p=MaxSizeError"),
                                     QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT")},
                   Stage::Data, false},
        RejectCase{"dataEnd451",
                   ehloOnly()
                       + QStringList{QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 ok"),
                                     QStringLiteral("C: RCPT TO:*"), QStringLiteral("S: 250 ok"),
                                     QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("!data"),
                                     QStringLiteral("S: 451 4.3.0 Error: queue file write error"),
                                     QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT")},
                   Stage::Data, true}),
    [](const auto &info) { return std::string(info.param.name); });

// ---- the connection dropped at every stage ----------------------------------------------------------------------

struct DropCase {
    const char *name;
    QStringList script;
    Stage stage;
    Outcome outcome;
};

void PrintTo(const DropCase &c, std::ostream *os)
{
    *os << c.name;
}

class DropAtStage : public ::testing::TestWithParam<DropCase>
{
};

TEST_P(DropAtStage, ReportsLostConnection)
{
    const DropCase &c = GetParam();
    const Harness h = run(c.script + QStringList{QStringLiteral("!close")}, {}, sendOne());
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(outcomeName(h.result().outcome), outcomeName(c.outcome));
    ASSERT_TRUE(h.result().error.has_value());
    EXPECT_EQ(h.result().error->kind, ErrorKind::ConnectionLost);
    EXPECT_EQ(stageName(h.result().error->stage), stageName(c.stage));
    EXPECT_TRUE(h.result().error->transient);
}

INSTANTIATE_TEST_SUITE_P(
    EveryStage, DropAtStage,
    ::testing::Values(
        DropCase{"beforeGreeting", {}, Stage::Greeting, Outcome::Failed},
        DropCase{"afterEhlo",
                 {QStringLiteral("S: 220 fake.test"), QStringLiteral("C: EHLO client.test")},
                 Stage::Ehlo,
                 Outcome::Failed},
        DropCase{"afterMail", ehloOnly() + QStringList{QStringLiteral("C: MAIL FROM:*")}, Stage::Mail, Outcome::Failed},
        DropCase{"afterRcpt",
                 ehloOnly()
                     + QStringList{QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 ok"),
                                   QStringLiteral("C: RCPT TO:*")},
                 Stage::Rcpt, Outcome::Failed},
        DropCase{"afterData",
                 ehloOnly()
                     + QStringList{QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 ok"),
                                   QStringLiteral("C: RCPT TO:*"), QStringLiteral("S: 250 ok"),
                                   QStringLiteral("C: DATA")},
                 Stage::Data, Outcome::Failed},
        DropCase{"afterFinalDot",
                 ehloOnly()
                     + QStringList{QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 ok"),
                                   QStringLiteral("C: RCPT TO:*"), QStringLiteral("S: 250 ok"),
                                   QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("!data")},
                 Stage::Data, Outcome::Uncertain}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(SmtpSession, DropDuringStartTlsHandshake)
{
    const QStringList script = {QStringLiteral("S: 220 fake.test"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 250-fake.test"),
                                QStringLiteral("S: 250 STARTTLS"),
                                QStringLiteral("C: STARTTLS"),
                                QStringLiteral("S: 220 go"),
                                QStringLiteral("!close")};
    RunSetup setup;
    setup.security = Security::StartTls;
    const Harness h = run(script, setup, sendOne());
    ASSERT_TRUE(h.session->error().has_value());
    EXPECT_EQ(h.error().stage, Stage::Tls);
}

TEST(SmtpSession, DropAfterBdatLastIsUncertain)
{
    const QStringList script = {QStringLiteral("S: 220 fake.test"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 250-fake.test"),
                                QStringLiteral("S: 250-PIPELINING"),
                                QStringLiteral("S: 250 CHUNKING"),
                                QStringLiteral("C: MAIL FROM:*"),
                                QStringLiteral("C: RCPT TO:*"),
                                QStringLiteral("!bdat"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("!close")};
    const Harness h = run(script, {}, sendOne());
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(h.result().outcome, Outcome::Uncertain);
}

// ---- silence ----------------------------------------------------------------------------------------------------

TEST(SmtpSession, SilentServerTimesOutAtGreeting)
{
    RunSetup setup;
    setup.timeouts.command = 300ms;
    const Harness h = run({QStringLiteral("!hang")}, setup, sendOne());
    ASSERT_TRUE(h.session->error().has_value());
    EXPECT_EQ(h.error().kind, ErrorKind::Timeout);
    EXPECT_EQ(h.error().stage, Stage::Greeting);
    EXPECT_TRUE(h.error().transient);
}

TEST(SmtpSession, SilenceAfterFinalDotIsUncertainNotFailed)
{
    RunSetup setup;
    setup.timeouts.dataEnd = 300ms;
    const QStringList script = ehloOnly() + QStringList{QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 ok"),
                                                        QStringLiteral("C: RCPT TO:*"),   QStringLiteral("S: 250 ok"),
                                                        QStringLiteral("C: DATA"),        QStringLiteral("S: 354 go"),
                                                        QStringLiteral("!data"),          QStringLiteral("!hang")};
    const Harness h = run(script, setup, sendOne());
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(h.result().outcome, Outcome::Uncertain);
    EXPECT_EQ(h.result().error->kind, ErrorKind::Timeout);
}

TEST(SmtpSession, ConnectTimeoutCoversTheTlsHandshake)
{
    // The server accepts TCP and then says nothing, as a port blocked by a middlebox often does.
    RunSetup setup;
    setup.security = Security::ImplicitTls;
    setup.timeouts.connect = 400ms;
    QElapsedTimer clock;
    clock.start();
    const Harness h = run({QStringLiteral("!hang")}, setup, sendOne());
    ASSERT_TRUE(h.session->error().has_value());
    EXPECT_EQ(h.error().kind, ErrorKind::Timeout);
    EXPECT_EQ(h.error().stage, Stage::Tls);
    EXPECT_TRUE(h.error().transient);
    EXPECT_LT(clock.elapsed(), 2000);
    ASSERT_EQ(h.recorder->results.size(), 1);
    EXPECT_EQ(h.result().outcome, Outcome::Failed);
}

TEST(SmtpSession, ConnectionRefused)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.security = Security::None;
    SmtpSession session(options);
    SessionRecorder recorder(session);
    session.open();
    ASSERT_TRUE(recorder.waitUntilFinished());
    ASSERT_TRUE(session.error().has_value());
    EXPECT_EQ(session.error()->kind, ErrorKind::ConnectionRefused);
    EXPECT_TRUE(recorder.stageFailed(Stage::Connect));
}

TEST(SmtpSession, CancelStopsAtOnce)
{
    ScriptedSmtpServer server({QStringLiteral("!hang")});
    ASSERT_TRUE(server.start());
    SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.serverPort();
    options.security = Security::None;
    SmtpSession session(options);
    SessionRecorder recorder(session);
    session.open();
    sendOne()(session);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.connectionCount() > 0; }, 2000));
    session.cancel();
    ASSERT_TRUE(recorder.finished);
    EXPECT_EQ(session.error()->kind, ErrorKind::Cancelled);
    ASSERT_EQ(recorder.results.size(), 1);
    EXPECT_EQ(recorder.results.first().outcome, Outcome::Failed);
}

// ---- security rules ---------------------------------------------------------------------------------------------

TEST(SmtpSession, PlainTcpOnlyToLoopback)
{
    SessionOptions options;
    options.host = QStringLiteral("192.0.2.10");
    options.port = 25;
    options.security = Security::None;
    SmtpSession session(options);
    SessionRecorder recorder(session);
    session.open();
    ASSERT_TRUE(recorder.waitUntilFinished());
    EXPECT_EQ(session.error()->kind, ErrorKind::PlaintextRefused);
}

TEST(SmtpSession, NeverAuthWithoutTls)
{
    ScriptedSmtpServer server(plainEhlo);
    ASSERT_TRUE(server.start());
    SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.serverPort();
    options.security = Security::None;
    SmtpSession session(options);
    session.setCredentials({QStringLiteral("u"), Password});
    SessionRecorder recorder(session);
    session.open();
    ASSERT_TRUE(recorder.waitUntilFinished());
    EXPECT_EQ(session.error()->kind, ErrorKind::PlaintextRefused);
    EXPECT_EQ(server.connectionCount(), 0) << "refused before connecting";
}

TEST(SmtpSession, UntrustedCertificateIsRefusedWithDetails)
{
    RunSetup setup;
    setup.transport = ScriptedSmtpServer::Transport::ImplicitTls;
    setup.security = Security::ImplicitTls;
    setup.withTestCa = false;
    setup.withPassword = true;
    const Harness h = run({QStringLiteral("S: 220 fake.test")}, setup, sendOne());
    ASSERT_TRUE(h.session->error().has_value());
    const SmtpError &e = h.error();
    EXPECT_EQ(e.stage, Stage::Tls);
    EXPECT_EQ(e.kind, ErrorKind::CertificateRejected);
    ASSERT_TRUE(e.tls.has_value());
    EXPECT_TRUE(e.tls->problems.contains(CertificateProblem::Untrusted)
                || e.tls->problems.contains(CertificateProblem::SelfSigned));
    EXPECT_EQ(e.tls->certificate.subject, QStringLiteral("localhost"));
    EXPECT_TRUE(e.tls->certificate.issuer.contains(QStringLiteral("Remitente Test CA")));
    EXPECT_TRUE(e.tls->certificate.names.contains(QStringLiteral("localhost")));
    EXPECT_EQ(e.tls->certificate.sha256.size(), 32);
    EXPECT_TRUE(e.tls->certificate.notAfter.isValid());
    EXPECT_TRUE(h.server->receivedLines().isEmpty()) << "nothing was said over an untrusted connection";
}

TEST(SmtpSession, WrongHostNameNamesTheCertificateHosts)
{
    RunSetup setup;
    setup.transport = ScriptedSmtpServer::Transport::ImplicitTls;
    setup.security = Security::ImplicitTls;
    setup.certificate = QStringLiteral("other");
    const Harness h = run({QStringLiteral("S: 220 fake.test")}, setup, sendOne());
    ASSERT_TRUE(h.session->error().has_value());
    ASSERT_TRUE(h.error().tls.has_value());
    EXPECT_TRUE(h.error().tls->problems.contains(CertificateProblem::HostNameMismatch));
    EXPECT_EQ(h.error().tls->certificate.names, QStringList{QStringLiteral("mail.other.test")});
}

TEST(SmtpSession, PinnedCertificateIsTrustedAndOnlyThatOne)
{
    QFile file(ScriptedSmtpServer::pkiPath(QStringLiteral("self.pem")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QSslCertificate self(&file, QSsl::Pem);
    const QStringList script = {QStringLiteral("S: 220 fake.test"), QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 250 fake.test"), QStringLiteral("C: QUIT")};
    RunSetup setup;
    setup.transport = ScriptedSmtpServer::Transport::ImplicitTls;
    setup.security = Security::ImplicitTls;
    setup.certificate = QStringLiteral("self");
    setup.withTestCa = false;
    setup.pin = self.digest(QCryptographicHash::Sha256);
    const Harness pinned = run(script, setup, noJobs);
    EXPECT_FALSE(pinned.session->error().has_value()) << pinned.error().message.toStdString();
    EXPECT_TRUE(pinned.server->scriptCompleted());

    setup.pin = QByteArray(32, '\x01');
    const Harness other = run(script, setup, noJobs);
    ASSERT_TRUE(other.session->error().has_value());
    EXPECT_EQ(other.error().kind, ErrorKind::CertificateRejected);
}

TEST(SmtpSession, PlainTextServerOnTlsPortFailsHandshake)
{
    RunSetup setup;
    setup.security = Security::ImplicitTls; // but the server speaks plain SMTP
    const Harness h = run({QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("!pause 2000")}, setup, noJobs);
    ASSERT_TRUE(h.session->error().has_value());
    EXPECT_EQ(h.error().stage, Stage::Tls);
}

TEST(SmtpSession, ComposedTextGoesAs8bitOnlyWhenTheServerOffers8BitMime)
{
    remitente::mime::Message message;
    message.from = {QString(), QStringLiteral("a@example.test")};
    message.to = {{QString(), QStringLiteral("b@example.test")}};
    message.text = QStringLiteral("Ñandú y pingüino.");
    for (const bool offered : {true, false}) {
        QString error;
        std::shared_ptr<remitente::mime::MessageWriter> writer
            = remitente::mime::MessageWriter::create(message, &error);
        ASSERT_TRUE(writer) << error.toStdString();
        const QStringList script = {QStringLiteral("S: 220 fake.test"),
                                    QStringLiteral("C: EHLO client.test"),
                                    QStringLiteral("S: 250-fake.test"),
                                    offered ? QStringLiteral("S: 250 8BITMIME") : QStringLiteral("S: 250 HELP"),
                                    offered ? QStringLiteral("C: MAIL FROM:<a@example.test> BODY=8BITMIME")
                                            : QStringLiteral("C: MAIL FROM:<a@example.test>"),
                                    QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: RCPT TO:<b@example.test>"),
                                    QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: DATA"),
                                    QStringLiteral("S: 354 go"),
                                    QStringLiteral("!data"),
                                    QStringLiteral("S: 250 ok"),
                                    QStringLiteral("C: QUIT")};
        const Harness h = run(script, {}, [&](SmtpSession &s) {
            s.send({message.from.address, message.envelopeRecipients()}, writer);
        });
        EXPECT_EQ(h.server->scriptError(), QString());
        ASSERT_EQ(h.recorder->results.size(), 1);
        EXPECT_EQ(h.result().outcome, Outcome::Sent);
        const QByteArray data = h.server->messageData();
        EXPECT_EQ(data.contains("Content-Transfer-Encoding: 8bit"), offered);
        EXPECT_EQ(data.contains("Content-Transfer-Encoding: quoted-printable"), !offered);
        EXPECT_EQ(h.result().messageSize, data.size());
    }
}
