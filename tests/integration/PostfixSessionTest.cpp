// The engine against a real Postfix with Dovecot SASL on loopback (587 STARTTLS, 465 implicit TLS).
#include "MimeCheck.h"
#include "SessionRecorder.h"
#include "TestMailServer.h"

#include "mime/MessageWriter.h"

#include "smtp/SmtpSession.h"

#include <QTest>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace remitente::smtp;
using namespace remitente::testing;

namespace remitente::smtp {
void PrintTo(Security security, std::ostream *os)
{
    *os << securityName(security).toStdString();
}
} // namespace remitente::smtp

namespace {

QByteArray uniqueId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@client.example.test";
}

QByteArray makeMessage(const QByteArray &messageId, const QByteArray &body, const QByteArray &to = "bob@example.test")
{
    return "From: Ana <ana@example.test>\r\nTo: " + to
        + "\r\nSubject: Prueba\r\nDate: Sat, 28 Nov 2026 10:00:00 +0000\r\n"
          "Message-ID: <"
        + messageId
        + ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
          "Content-Transfer-Encoding: 8bit\r\n\r\n"
        + body;
}

QByteArray toLf(QByteArray crlf)
{
    return crlf.replace("\r\n", "\n");
}

struct Delivery {
    std::unique_ptr<SmtpSession> session;
    std::unique_ptr<SessionRecorder> recorder;
};

Delivery sendMessages(SessionOptions options, const QString &password, const QStringList &to,
                      const QList<QByteArray> &messages, const QString &from = TestMailServer::user("ana"))
{
    Delivery run;
    run.session = std::make_unique<SmtpSession>(options);
    run.session->setCredentials({TestMailServer::user("ana"), password});
    run.recorder = std::make_unique<SessionRecorder>(*run.session);
    run.session->open();
    for (const QByteArray &message : messages)
        run.session->send({from, to}, std::make_shared<ByteArrayMessageSource>(message));
    run.session->quit();
    EXPECT_TRUE(run.recorder->waitUntilFinished(30000));
    return run;
}

class PostfixBothPorts : public ::testing::TestWithParam<Security>
{
};

} // namespace

TEST_P(PostfixBothPorts, DeliversTheMessageByteForByte)
{
    const QByteArray id = uniqueId();
    const QByteArray body = "Hola, ¿qué tal? Ñandú.\r\n.\r\n..two dots\r\n.leading dot\r\n\r\nFin.\r\n";
    const QByteArray message = makeMessage(id, body);
    const Delivery run = sendMessages(TestMailServer::options(GetParam()), TestMailServer::password(),
                                      {TestMailServer::user("bob")}, {message});
    ASSERT_FALSE(run.session->error().has_value()) << run.session->error()->message.toStdString();
    ASSERT_EQ(run.recorder->results.size(), 1);
    EXPECT_EQ(run.recorder->results.first().outcome, Outcome::Sent);
    EXPECT_TRUE(run.recorder->stageSucceeded(Stage::Tls));
    EXPECT_TRUE(run.recorder->stageSucceeded(Stage::Auth));

    const QByteArray delivered = TestMailServer::waitForDelivery("bob", id);
    ASSERT_FALSE(delivered.isEmpty()) << "not delivered to bob's Maildir";
    // Maildir stores LF line ends; apart from that and Postfix's trace headers on top, it is our exact bytes.
    EXPECT_EQ(TestMailServer::withoutTraceHeaders(delivered), toLf(message));
}

INSTANTIATE_TEST_SUITE_P(Ports, PostfixBothPorts, ::testing::Values(Security::StartTls, Security::ImplicitTls),
                         [](const auto &info) { return securityName(info.param).toStdString(); });

TEST(Postfix, WrongPasswordIs535AtAuth)
{
    const Delivery run
        = sendMessages(TestMailServer::options(Security::ImplicitTls), QStringLiteral("not-the-password"),
                       {TestMailServer::user("bob")}, {makeMessage(uniqueId(), "x\r\n")});
    ASSERT_TRUE(run.session->error().has_value());
    const SmtpError &e = *run.session->error();
    EXPECT_EQ(e.stage, Stage::Auth);
    EXPECT_EQ(e.kind, ErrorKind::ServerRejected);
    ASSERT_TRUE(e.reply.has_value());
    EXPECT_EQ(e.reply->code, 535);
    EXPECT_EQ(e.reply->enhanced.toString(), QStringLiteral("5.7.8"));
    EXPECT_FALSE(e.transient);
    ASSERT_EQ(run.recorder->results.size(), 1);
    EXPECT_EQ(run.recorder->results.first().outcome, Outcome::Failed);
}

TEST(Postfix, TlsIsRefusedWithoutTheTestCa)
{
    for (Security security : {Security::StartTls, Security::ImplicitTls}) {
        SessionOptions options = TestMailServer::options(security);
        options.extraCaCertificates.clear();
        const Delivery run = sendMessages(options, TestMailServer::password(), {TestMailServer::user("bob")},
                                          {makeMessage(uniqueId(), "x\r\n")});
        ASSERT_TRUE(run.session->error().has_value());
        EXPECT_EQ(run.session->error()->stage, Stage::Tls);
        EXPECT_EQ(run.session->error()->kind, ErrorKind::CertificateRejected);
        ASSERT_TRUE(run.session->error()->tls.has_value());
        EXPECT_TRUE(run.session->error()->tls->problems.contains(CertificateProblem::Untrusted));
        EXPECT_FALSE(run.recorder->stageSucceeded(Stage::Auth)) << "no password over an untrusted connection";
    }
}

TEST(Postfix, PinnedCertificateWorksWithoutTheCa)
{
    SessionOptions options = TestMailServer::options(Security::ImplicitTls);
    options.extraCaCertificates.clear();
    const Delivery first = sendMessages(options, TestMailServer::password(), {}, {});
    ASSERT_TRUE(first.session->error().has_value());
    options.pinnedSha256 = first.session->error()->tls->certificate.sha256; // what the person approved
    const QByteArray id = uniqueId();
    const Delivery pinned = sendMessages(options, TestMailServer::password(), {TestMailServer::user("bob")},
                                         {makeMessage(id, "pinned\r\n")});
    EXPECT_FALSE(pinned.session->error().has_value());
    ASSERT_EQ(pinned.recorder->results.size(), 1);
    EXPECT_EQ(pinned.recorder->results.first().outcome, Outcome::Sent);
}

TEST(Postfix, PartialRecipientsGoToTheAcceptedOnes)
{
    const QByteArray id = uniqueId();
    const Delivery run = sendMessages(
        TestMailServer::options(Security::StartTls), TestMailServer::password(),
        {TestMailServer::user("bob"), QStringLiteral("nobody@example.test"), TestMailServer::user("carol")},
        {makeMessage(id, "to some\r\n")});
    ASSERT_EQ(run.recorder->results.size(), 1);
    const TransactionResult &r = run.recorder->results.first();
    EXPECT_EQ(r.outcome, Outcome::Partial);
    EXPECT_EQ(r.refusedRecipients(), QStringList{QStringLiteral("nobody@example.test")});
    EXPECT_EQ(r.recipients.at(1).reply.code, 550);
    EXPECT_FALSE(TestMailServer::waitForDelivery("bob", id).isEmpty());
    EXPECT_FALSE(TestMailServer::waitForDelivery("carol", id).isEmpty());
}

TEST(Postfix, SenderNotOwnedIsRefused)
{
    const Delivery run = sendMessages(TestMailServer::options(Security::StartTls), TestMailServer::password(),
                                      {TestMailServer::user("bob")}, {makeMessage(uniqueId(), "x\r\n")},
                                      TestMailServer::user("carol"));
    ASSERT_EQ(run.recorder->results.size(), 1);
    const TransactionResult &r = run.recorder->results.first();
    EXPECT_EQ(r.outcome, Outcome::Failed);
    ASSERT_TRUE(r.error.has_value());
    ASSERT_TRUE(r.error->reply.has_value());
    EXPECT_EQ(r.error->reply->enhanced.toString(), QStringLiteral("5.7.1"));
    EXPECT_TRUE(r.error->reply->text().contains(QStringLiteral("not owned by user")));
}

TEST(Postfix, TwentyMessagesOnOneConnection)
{
    const QByteArray batch = uniqueId();
    QList<QByteArray> messages;
    for (int i = 0; i < 20; ++i)
        messages.append(makeMessage(uniqueId(), "batch " + batch + " number " + QByteArray::number(i) + "\r\n"));
    const Delivery run = sendMessages(TestMailServer::options(Security::ImplicitTls), TestMailServer::password(),
                                      {TestMailServer::user("carol")}, messages);
    ASSERT_EQ(run.recorder->results.size(), 20);
    for (const TransactionResult &r : run.recorder->results)
        EXPECT_EQ(r.outcome, Outcome::Sent);
    EXPECT_TRUE(QTest::qWaitFor([&] { return TestMailServer::countDelivered("carol", batch) == 20; }, 20000))
        << TestMailServer::countDelivered("carol", batch);
}

TEST(Postfix, LargeMessageStreamsInChunks)
{
    const QByteArray id = uniqueId();
    QByteArray body;
    for (int i = 0; body.size() < 3 * 1024 * 1024; ++i)
        body += "Line " + QByteArray::number(i) + " of a long message, with á é í ó ú and a . here\r\n";
    const QByteArray message = makeMessage(id, body);
    const Delivery run = sendMessages(TestMailServer::options(Security::StartTls), TestMailServer::password(),
                                      {TestMailServer::user("bob")}, {message});
    ASSERT_EQ(run.recorder->results.size(), 1);
    EXPECT_EQ(run.recorder->results.first().outcome, Outcome::Sent);
    const QByteArray delivered = TestMailServer::waitForDelivery("bob", id);
    EXPECT_EQ(TestMailServer::withoutTraceHeaders(delivered), toLf(message));
}

TEST(Postfix, VerifyDoesNotDeliver)
{
    SmtpSession session(TestMailServer::options(Security::StartTls));
    session.setCredentials({TestMailServer::user("ana"), TestMailServer::password()});
    SessionRecorder recorder(session);
    session.open();
    session.verify({TestMailServer::user("ana"), {TestMailServer::user("bob"), QStringLiteral("nobody@example.test")}});
    session.quit();
    ASSERT_TRUE(recorder.waitUntilFinished(15000));
    ASSERT_EQ(recorder.results.size(), 1);
    EXPECT_EQ(recorder.results.first().outcome, Outcome::Partial);
    EXPECT_TRUE(recorder.results.first().recipients.at(0).accepted);
    EXPECT_FALSE(recorder.results.first().recipients.at(1).accepted);
}

TEST(Postfix, ComposedMessageArrivesIntactForPython)
{
    QTemporaryDir dir;
    const QString attachmentPath = dir.filePath(QStringLiteral("Presupuesto año 2027.pdf"));
    QByteArray attachment;
    for (int i = 0; i < 200000; ++i)
        attachment += char(i * 7 % 256);
    QFile file(attachmentPath);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(attachment);
    file.close();

    remitente::mime::Message message;
    message.from = {QStringLiteral("Ana Pérez"), TestMailServer::user("ana")};
    message.to = {{QStringLiteral("Bob Núñez"), TestMailServer::user("bob")}};
    message.bcc = {{QString(), TestMailServer::user("carol")}};
    message.subject = QStringLiteral("Presupuesto 2027 — ¿lo revisas? 👍");
    message.text = QStringLiteral("Hola Bob:\n.\nTe adjunto el presupuesto.\nUn saludo,\nAna\n");
    message.html = QStringLiteral("<p>Hola Bob:</p><p>Te adjunto el <b>presupuesto</b>.</p>");
    message.attachments = {{attachmentPath, {}, {}}};
    QString error;
    std::shared_ptr<remitente::mime::MessageWriter> writer = remitente::mime::MessageWriter::create(message, &error);
    ASSERT_TRUE(writer) << error.toStdString();

    SmtpSession session(TestMailServer::options(Security::StartTls));
    session.setCredentials({TestMailServer::user("ana"), TestMailServer::password()});
    SessionRecorder recorder(session);
    session.open();
    session.send({message.from.address, message.envelopeRecipients()}, writer);
    session.quit();
    ASSERT_TRUE(recorder.waitUntilFinished(30000));
    ASSERT_EQ(recorder.results.size(), 1);
    EXPECT_EQ(recorder.results.first().outcome, Outcome::Sent);

    const QByteArray id = writer->message().messageId;
    for (const char *user : {"bob", "carol"}) {
        const QByteArray delivered = TestMailServer::waitForDelivery(user, id);
        ASSERT_FALSE(delivered.isEmpty()) << user;
        const QString path = dir.filePath(QString::fromLatin1(user) + QStringLiteral(".eml"));
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(delivered);
        out.close();
        const QJsonObject p = readWithPython({path}).at(0).toObject();
        EXPECT_EQ(p.value(QStringLiteral("subject")).toString().toStdString(), message.subject.toStdString());
        EXPECT_EQ(p.value(QStringLiteral("from")).toArray().at(0).toArray().at(0).toString(), message.from.name);
        EXPECT_EQ(p.value(QStringLiteral("to")).toArray().at(0).toArray().at(0).toString(),
                  QStringLiteral("Bob Núñez"));
        EXPECT_FALSE(p.value(QStringLiteral("bcc_present")).toBool());
        EXPECT_FALSE(delivered.contains("carol@example.test>")) << "Bcc is not in the headers";
        QString text = p.value(QStringLiteral("text")).toString();
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        EXPECT_EQ(text.toStdString(), message.text.toStdString());
        EXPECT_EQ(p.value(QStringLiteral("html")).toString().trimmed(), message.html);
        const QJsonArray attachments = p.value(QStringLiteral("attachments")).toArray();
        ASSERT_EQ(attachments.size(), 1);
        EXPECT_EQ(attachments.at(0).toObject().value(QStringLiteral("filename")).toString(),
                  QStringLiteral("Presupuesto año 2027.pdf"));
        EXPECT_EQ(attachments.at(0).toObject().value(QStringLiteral("sha256")).toString(),
                  QString::fromLatin1(QCryptographicHash::hash(attachment, QCryptographicHash::Sha256).toHex()));
        EXPECT_TRUE(p.value(QStringLiteral("defects")).toArray().isEmpty());
    }
}
