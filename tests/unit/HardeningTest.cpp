// Issue 11 (items 8, 12, 13, 15): server text made safe for terminals, secrets wiped, what may be attached or read
// whole, the declared size equal to the bytes sent, and a server that speaks out of turn.
#include "ScriptedSmtpServer.h"
#include "SessionRecorder.h"

#include "diagnosis/Diagnoser.h"
#include "mime/MessageWriter.h"
#include "smtp/DataEncoder.h"
#include "smtp/MessageSource.h"
#include "smtp/SmtpSession.h"
#include "system/SecretWipe.h"
#include "text/TerminalText.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace remitente;
using namespace remitente::smtp;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

QByteArray wireBytes(MessageSource &source, DataEncoder::Mode mode)
{
    DataEncoder encoder(mode);
    QByteArray out;
    while (!source.atEnd())
        EXPECT_TRUE(encoder.encode(source.read(7), out));
    encoder.finish(out);
    return out;
}

mime::Message simpleMessage()
{
    mime::Message message;
    message.from = {QStringLiteral("Ana"), QStringLiteral("ana@example.test")};
    message.to = {{QString(), QStringLiteral("bob@example.test")}};
    message.subject = QStringLiteral("Hola");
    message.text = QStringLiteral("No final newline");
    return message;
}

struct ScriptRun {
    std::unique_ptr<ScriptedSmtpServer> server;
    std::unique_ptr<SmtpSession> session;
    std::unique_ptr<SessionRecorder> recorder;
};

ScriptRun runScript(const QStringList &script, const std::function<void(SmtpSession &)> &jobs)
{
    ScriptRun r;
    r.server = std::make_unique<ScriptedSmtpServer>(script);
    EXPECT_TRUE(r.server->start());
    SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = r.server->serverPort();
    options.security = Security::None;
    options.clientName = QStringLiteral("client.test");
    options.timeouts = {2000ms, 2000ms, 2000ms, 2000ms, 2000ms};
    r.session = std::make_unique<SmtpSession>(options);
    r.recorder = std::make_unique<SessionRecorder>(*r.session);
    r.session->open();
    jobs(*r.session);
    r.session->quit();
    EXPECT_TRUE(r.recorder->waitUntilFinished(15000)) << "the session never finished";
    (void)QTest::qWaitFor([&] { return r.server->connectionCount() == 0 || r.server->clientClosed(); }, 2000);
    return r;
}

} // namespace

// ---- item 8: what the other side says reaches a terminal without control characters ----------------------------

TEST(TerminalText, EscapesTerminalControlSequences)
{
    const QString hostile = QStringLiteral("454 4.7.0 \x1b]0;pwned\x07\x1b[2Jgone");
    const QString safe = text::terminalSafe(hostile);
    EXPECT_FALSE(safe.contains(QChar(0x1b)));
    EXPECT_FALSE(safe.contains(QChar(0x07)));
    EXPECT_EQ(safe, QStringLiteral("454 4.7.0 \\x1B]0;pwned\\x07\\x1B[2Jgone"));
}

TEST(TerminalText, EscapesLineBreaksDelC1AndBidiOverrides)
{
    const QString input = QStringLiteral("a\r\nb\tc") + QChar(0x7f) + QChar(0x9b) + QStringLiteral("d") + QChar(0x202e)
        + QStringLiteral("e") + QChar(0x2066);
    EXPECT_EQ(text::terminalSafe(input), QStringLiteral("a\\r\\nb\\tc\\x7F\\x9Bd\\u202Ee\\u2066"));
}

TEST(TerminalText, KeepsOrdinaryTextAccentsAndEmoji)
{
    const QString input = QStringLiteral("Envío a José: ✓ 250 2.0.0 Ok 😀 \\ back");
    EXPECT_EQ(text::terminalSafe(input), input);
}

TEST(TerminalText, LinesKeepLineFeedsOnly)
{
    EXPECT_EQ(text::terminalSafeLines(QStringLiteral("S: 220 hi\r\nC: EHLO x\n\x1b[2J\r")),
              QStringLiteral("S: 220 hi\nC: EHLO x\n\\x1B[2J\\r"));
}

// ---- item 13: secrets wiped after use ---------------------------------------------------------------------------

TEST(SecretWipe, EmptiesTheSecretAndLeavesOtherCopiesIntact)
{
    QString secret = QStringLiteral("s3cret-Pa55");
    secret.detach();
    const QString copy = secret; // shared: only released, the other holder keeps its value
    system::wipeSecret(secret);
    EXPECT_TRUE(secret.isEmpty());
    EXPECT_EQ(copy, QStringLiteral("s3cret-Pa55"));
    system::wipeSecret(secret); // twice is harmless

    QByteArray bytes("\0ana\0s3cret", 11);
    bytes.detach();
    system::wipeSecret(bytes);
    EXPECT_TRUE(bytes.isEmpty());
    QByteArray raw = QByteArray::fromRawData("static", 6); // not owned: never written
    system::wipeSecret(raw);
    EXPECT_TRUE(raw.isEmpty());
}

// ---- items 5 and 15: what can be attached -----------------------------------------------------------------------

TEST(MessageWriterCheck, RefusesAFolderAsAttachmentSayingItIsAFolder)
{
    QTemporaryDir dir;
    mime::Message message = simpleMessage();
    message.attachments.append({dir.path(), {}, {}});
    QString error;
    EXPECT_EQ(mime::MessageWriter::create(message, &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("is a folder"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("Unknown error"))) << error.toStdString();
    EXPECT_EQ(mime::MessageWriter::check(message), error);
}

TEST(MessageWriterCheck, RefusesDevicesAndPipesAsAttachments)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {QStringLiteral("/dev/zero"), fifo}) {
        mime::Message message = simpleMessage();
        message.attachments.append({path, {}, {}});
        const QString problem = mime::MessageWriter::check(message);
        EXPECT_TRUE(problem.contains(QStringLiteral("not an ordinary file"))) << problem.toStdString();
    }
}

TEST(MessageWriterCheck, RefusesLineBreaksInSubjectAndNames)
{
    mime::Message message = simpleMessage();
    message.subject = QStringLiteral("Hola\r\nBcc: everyone@example.test");
    EXPECT_EQ(mime::MessageWriter::check(message), QStringLiteral("The subject contains a line break."));
    message = simpleMessage();
    message.from.name = QStringLiteral("Ana\nX-Evil: 1");
    EXPECT_EQ(mime::MessageWriter::check(message), QStringLiteral("The sender's name contains a line break."));
    EXPECT_EQ(mime::MessageWriter::check(simpleMessage()), QString());
}

// ---- item 15: the declared size is the size sent -----------------------------------------------------------------

TEST(MessageSize, WriterBodyWithoutFinalNewlineDeclaresWhatIsSent)
{
    const std::unique_ptr<mime::MessageWriter> writer = mime::MessageWriter::create(simpleMessage(), nullptr);
    ASSERT_NE(writer, nullptr);
    const qint64 declared = writer->size();
    EXPECT_EQ(wireBytes(*writer, DataEncoder::Mode::Raw).size(), declared);
}

TEST(MessageSize, FileWithBareLineEndsAndNoFinalNewlineDeclaresWhatIsSent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("From: a@example.test\nTo: b@example.test\rSubject: x\r\n\nline\r\n\r\nlast line");
    file.close();
    FileMessageSource source(path);
    ASSERT_TRUE(source.open());
    const qint64 declared = source.size();
    EXPECT_EQ(wireBytes(source, DataEncoder::Mode::Raw).size(), declared);

    ByteArrayMessageSource bytes("Subject: y\n\nno newline at the end");
    const qint64 declaredBytes = bytes.size();
    EXPECT_EQ(wireBytes(bytes, DataEncoder::Mode::Raw).size(), declaredBytes);
}

TEST(MessageSize, SizeParameterEqualsTheBdatCount)
{
    const std::shared_ptr<MessageSource> message = mime::MessageWriter::create(simpleMessage(), nullptr);
    ASSERT_NE(message, nullptr);
    const QStringList script = {QStringLiteral("S: 220 fake.test ESMTP"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 250-fake.test"),
                                QStringLiteral("S: 250-SIZE 1000000"),
                                QStringLiteral("S: 250 CHUNKING"),
                                QStringLiteral("C: MAIL FROM:<ana@example.test> SIZE=*"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("C: RCPT TO:<bob@example.test>"),
                                QStringLiteral("S: 250 ok"),
                                QStringLiteral("!bdat"),
                                QStringLiteral("S: 250 2.0.0 queued"),
                                QStringLiteral("C: QUIT")};
    const ScriptRun r = runScript(script, [&](SmtpSession &s) {
        s.send({QStringLiteral("ana@example.test"), {QStringLiteral("bob@example.test")}}, message);
    });
    EXPECT_EQ(r.server->scriptError(), QString());
    ASSERT_EQ(r.recorder->results.size(), 1);
    EXPECT_EQ(r.recorder->results.first().outcome, Outcome::Sent);
    const QString mail = r.server->receivedLines().filter(QStringLiteral("MAIL FROM")).value(0);
    const QString bdat = r.server->receivedLines().filter(QStringLiteral("BDAT ")).value(0);
    const QString declared = mail.section(QStringLiteral("SIZE="), 1, 1);
    EXPECT_FALSE(declared.isEmpty()) << mail.toStdString();
    EXPECT_EQ(bdat, QStringLiteral("BDAT %1 LAST").arg(declared));
    EXPECT_EQ(QString::number(r.server->messageData().size()), declared);
}

TEST(ClientName, ALineBreakInItIsDiagnosedAsSuchNotAsAnAddress)
{
    SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = 9;
    options.security = Security::None;
    SmtpError error;
    error.stage = Stage::Ehlo;
    error.kind = ErrorKind::InvalidArgument;
    error.message = QStringLiteral("The client name contains a line break.");
    const diagnosis::Diagnosis diagnosis
        = diagnosis::Diagnoser::builtIn().diagnose({error, options.host, options.port, options.security, {}});
    EXPECT_EQ(diagnosis.id, QStringLiteral("client-name-invalid"));
    EXPECT_FALSE(diagnosis.explanation.contains(QStringLiteral("address")));
}

// ---- item 12: message files must be ordinary files ---------------------------------------------------------------

TEST(FileMessageSource, RefusesDevicesAndFolders)
{
    FileMessageSource device(QStringLiteral("/dev/zero"));
    EXPECT_FALSE(device.open()); // without the check: an endless scan
    EXPECT_TRUE(device.errorString().contains(QStringLiteral("not an ordinary file")));
    FileMessageSource folder(QDir::tempPath());
    EXPECT_FALSE(folder.open());
    EXPECT_TRUE(folder.errorString().contains(QStringLiteral("folder")));
}

// ---- item 15: EHLO answered with something else than 250, a server that speaks out of turn ------------------------

TEST(SmtpSessionOrder, A220IsNotAnAnswerToEhlo)
{
    const QStringList script = {QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 220 fake.test ESMTP again"), QStringLiteral("C: QUIT")};
    const ScriptRun r = runScript(script, [](SmtpSession &) {});
    ASSERT_TRUE(r.session->error().has_value());
    EXPECT_EQ(r.session->error()->stage, Stage::Ehlo);
    EXPECT_EQ(r.session->error()->kind, ErrorKind::ProtocolViolation);
    EXPECT_TRUE(r.recorder->stageFailed(Stage::Ehlo));
    EXPECT_FALSE(r.recorder->stageSucceeded(Stage::Ehlo));
}

TEST(SmtpSessionOrder, ALineBeforeEhloIsNotTakenAsItsReply)
{
    // The greeting and an unasked "250" arrive together, before EHLO is sent: that 250 must not answer EHLO.
    const QStringList script
        = {QStringLiteral("S~ 220 fake.test ESMTP\\r\\n250-forged.test\\r\\n250 AUTH PLAIN\\r\\n"),
           QStringLiteral("C: EHLO client.test"), QStringLiteral("S: 250 fake.test"), QStringLiteral("C: QUIT")};
    const ScriptRun r = runScript(script, [](SmtpSession &) {});
    ASSERT_TRUE(r.session->error().has_value());
    EXPECT_EQ(r.session->error()->kind, ErrorKind::ProtocolViolation);
    EXPECT_TRUE(r.session->error()->message.contains(QStringLiteral("before it was asked")))
        << r.session->error()->message.toStdString();
    EXPECT_FALSE(r.recorder->stageSucceeded(Stage::Ehlo));
}

TEST(SmtpSessionOrder, PipelinedRepliesArrivingTogetherAreStillFine)
{
    // Several replies in one read, each for a command already sent: not "unasked".
    const QByteArray body = "Subject: t\r\n\r\nhi\r\n";
    const QStringList script = {QStringLiteral("S: 220 fake.test ESMTP"),
                                QStringLiteral("C: EHLO client.test"),
                                QStringLiteral("S: 250-fake.test"),
                                QStringLiteral("S: 250 PIPELINING"),
                                QStringLiteral("C: MAIL FROM:<a@example.test>"),
                                QStringLiteral("C: RCPT TO:<b@example.test>"),
                                QStringLiteral("C: DATA"),
                                QStringLiteral("S~ 250 ok\\r\\n250 ok\\r\\n354 go\\r\\n"),
                                QStringLiteral("!data"),
                                QStringLiteral("S: 250 queued"),
                                QStringLiteral("C: QUIT")};
    const ScriptRun r = runScript(script, [&](SmtpSession &s) {
        s.send({QStringLiteral("a@example.test"), {QStringLiteral("b@example.test")}},
               std::make_shared<ByteArrayMessageSource>(body));
    });
    EXPECT_EQ(r.server->scriptError(), QString());
    ASSERT_EQ(r.recorder->results.size(), 1);
    EXPECT_EQ(r.recorder->results.first().outcome, Outcome::Sent);
}
