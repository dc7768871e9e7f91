// remitente-cli as a program: exit codes, JSON, password handling, against the local Postfix.
#include "ScriptedSmtpServer.h"
#include "TestMailServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace remitente::testing;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = {}, const QString &password = {},
              const QString &language = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("REMITENTE_PASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("REMITENTE_PASSWORD"), password);
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LANG"), language);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(REMITENTE_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForStarted());
    process.write(stdinData);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList server(const char *security = "starttls")
{
    const bool tls = QByteArray(security) == "tls";
    return {QStringLiteral("--host"),     QStringLiteral("localhost"),
            QStringLiteral("--port"),     tls ? QStringLiteral("465") : QStringLiteral("587"),
            QStringLiteral("--security"), QString::fromLatin1(security),
            QStringLiteral("--user"),     TestMailServer::user("ana"),
            QStringLiteral("--ca-file"),  ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem"))};
}

QByteArray message(const QByteArray &id)
{
    return "From: ana@example.test\nTo: bob@example.test\nSubject: cli\nMessage-ID: <" + id + ">\n\nhola\n";
}

QByteArray newId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@cli.test";
}

void expectNoSecret(const CliRun &run)
{
    const QByteArray secret = TestMailServer::password().toUtf8();
    EXPECT_FALSE(run.out.contains(secret));
    EXPECT_FALSE(run.err.contains(secret));
    EXPECT_FALSE(run.out.contains(secret.toBase64()));
    EXPECT_FALSE(run.err.contains(secret.toBase64()));
}

} // namespace

TEST(Cli, SendsFromStdinWithPasswordFromEnvironment)
{
    const QByteArray id = newId();
    const CliRun run = runCli(QStringList{QStringLiteral("send")} + server()
                                  + QStringList{QStringLiteral("--from"), TestMailServer::user("ana"),
                                                QStringLiteral("--to"), TestMailServer::user("bob"),
                                                QStringLiteral("--json"), QStringLiteral("--transcript")},
                              message(id), TestMailServer::password());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QStringLiteral("exitCode")).toInt(), 0);
    const QJsonArray messages = json.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
    EXPECT_TRUE(
        json.value(QStringLiteral("transcript")).toArray().contains(QStringLiteral("C: AUTH PLAIN <redacted>")));
    expectNoSecret(run);
    EXPECT_FALSE(TestMailServer::waitForDelivery("bob", id).isEmpty());
}

TEST(Cli, TextOutputHasOneLinePerStage)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("m.eml"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(message(newId()));
    f.close();
    const CliRun run = runCli(QStringList{QStringLiteral("send")} + server("tls")
                                  + QStringList{QStringLiteral("--password-stdin"), QStringLiteral("--from"),
                                                TestMailServer::user("ana"), QStringLiteral("--to"),
                                                TestMailServer::user("bob"), file},
                              TestMailServer::password().toUtf8() + "\n");
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QByteArray> lines = run.out.split('\n');
    QStringList stages;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 2 && (words[1] == "ok" || words[1] == "failed"))
            stages << QString::fromLatin1(words[0] + ' ' + words[1]);
    }
    EXPECT_EQ(stages,
              (QStringList{QStringLiteral("resolve ok"), QStringLiteral("connect ok"), QStringLiteral("tls ok"),
                           QStringLiteral("greeting ok"), QStringLiteral("ehlo ok"), QStringLiteral("auth ok"),
                           QStringLiteral("mail ok"), QStringLiteral("rcpt ok"), QStringLiteral("data ok"),
                           QStringLiteral("quit ok")}));
    EXPECT_TRUE(run.out.contains("\nsent "));
}

TEST(Cli, WrongPasswordExitsNoPerm)
{
    const CliRun run = runCli(QStringList{QStringLiteral("verify")} + server() + QStringList{QStringLiteral("--json")},
                              {}, QStringLiteral("wrong-password"));
    EXPECT_EQ(run.exitCode, 77);
    const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("stage")).toString(), QStringLiteral("auth"));
    EXPECT_EQ(error.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), 535);
    const QJsonObject diagnosis = error.value(QStringLiteral("diagnosis")).toObject();
    EXPECT_EQ(diagnosis.value(QStringLiteral("id")).toString(), QStringLiteral("password-not-accepted"));
    EXPECT_EQ(diagnosis.value(QStringLiteral("category")).toString(), QStringLiteral("sign-in"));
    EXPECT_TRUE(diagnosis.value(QStringLiteral("actions")).toArray().contains(QStringLiteral("edit-password")));
    EXPECT_FALSE(diagnosis.value(QStringLiteral("steps")).toArray().isEmpty());
}

TEST(Cli, UntrustedCertificateExitsProtocolWithDetails)
{
    QStringList arguments
        = QStringList{QStringLiteral("verify")} + server("tls") + QStringList{QStringLiteral("--json")};
    const qsizetype ca = arguments.indexOf(QStringLiteral("--ca-file"));
    arguments.remove(ca, 2);
    const CliRun run = runCli(arguments, {}, TestMailServer::password());
    EXPECT_EQ(run.exitCode, 76);
    const QJsonObject tls
        = run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("tls")).toObject();
    EXPECT_TRUE(tls.value(QStringLiteral("problems")).toArray().contains(QStringLiteral("untrusted")));
    EXPECT_EQ(tls.value(QStringLiteral("subject")).toString(), QStringLiteral("localhost"));
    EXPECT_TRUE(tls.value(QStringLiteral("names")).toArray().contains(QStringLiteral("127.0.0.1")));
    EXPECT_EQ(tls.value(QStringLiteral("sha256")).toString().size(), 95);
    EXPECT_FALSE(tls.value(QStringLiteral("notAfter")).toString().isEmpty());
    const QJsonObject diagnosis
        = run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("diagnosis")).toObject();
    EXPECT_EQ(diagnosis.value(QStringLiteral("id")).toString(), QStringLiteral("certificate-untrusted"));
    EXPECT_TRUE(diagnosis.value(QStringLiteral("actions")).toArray().contains(QStringLiteral("trust-certificate")));
}

TEST(Cli, VerifyChecksRecipientsWithoutSending)
{
    const CliRun run = runCli(QStringList{QStringLiteral("verify")} + server()
                                  + QStringList{QStringLiteral("--from"), TestMailServer::user("ana"),
                                                QStringLiteral("--to"), TestMailServer::user("bob")},
                              {}, TestMailServer::password());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("verified"));
    EXPECT_FALSE(run.out.contains("\ndata "));
}

TEST(Cli, SeveralMessageFilesShareOneConnection)
{
    QTemporaryDir dir;
    QStringList files;
    const QByteArray batch = newId();
    for (int i = 0; i < 5; ++i) {
        files << dir.filePath(QStringLiteral("m%1.eml").arg(i));
        QFile f(files.last());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(message(newId()) + batch + "\n");
    }
    const CliRun run
        = runCli(QStringList{QStringLiteral("send")} + server("tls")
                     + QStringList{QStringLiteral("--from"), TestMailServer::user("ana"), QStringLiteral("--to"),
                                   TestMailServer::user("carol"), QStringLiteral("--json")}
                     + files,
                 {}, TestMailServer::password());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray stages = run.json().value(QStringLiteral("stages")).toArray();
    int connects = 0;
    for (const QJsonValue &stage : stages)
        connects += stage.toObject().value(QStringLiteral("stage")).toString() == u"connect" ? 1 : 0;
    EXPECT_EQ(connects, 1);
    EXPECT_EQ(run.json().value(QStringLiteral("messages")).toArray().size(), 5);
    EXPECT_TRUE(QTest::qWaitFor([&] { return TestMailServer::countDelivered("carol", batch) == 5; }, 15000));
}

TEST(Cli, UsageErrors)
{
    const CliRun onArgv = runCli({QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("localhost"),
                                  QStringLiteral("--password"), QStringLiteral("hunter2")});
    EXPECT_EQ(onArgv.exitCode, 64);
    EXPECT_TRUE(onArgv.err.contains("--password-stdin"));

    const CliRun noPassword = runCli(QStringList{QStringLiteral("verify")} + server());
    EXPECT_EQ(noPassword.exitCode, 64);
    EXPECT_TRUE(noPassword.err.contains("REMITENTE_PASSWORD"));

    const CliRun badSecurity = runCli({QStringLiteral("verify"), QStringLiteral("--host"), QStringLiteral("x"),
                                       QStringLiteral("--security"), QStringLiteral("ssl3")});
    EXPECT_EQ(badSecurity.exitCode, 64);

    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 64);
    EXPECT_EQ(runCli({}).exitCode, 64);
    const CliRun help = runCli({QStringLiteral("send"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--password-stdin"));
    EXPECT_FALSE(help.out.contains("--password ")) << "the refused option is not advertised";
}

TEST(Cli, NetworkFailuresHaveTheirOwnExitCodes)
{
    const CliRun refused
        = runCli({QStringLiteral("verify"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                  QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--security"), QStringLiteral("none")});
    EXPECT_EQ(refused.exitCode, 69) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("refused"));

    const CliRun noHost = runCli({QStringLiteral("verify"), QStringLiteral("--host"),
                                  QStringLiteral("no-such-host.invalid"), QStringLiteral("--json")});
    EXPECT_EQ(noHost.exitCode, 68) << noHost.out.toStdString();
    EXPECT_EQ(noHost.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("stage")).toString(),
              QStringLiteral("resolve"));
}

TEST(Cli, LineTooLongIsRefusedBeforeConnecting)
{
    const CliRun run = runCli(QStringList{QStringLiteral("send")} + server()
                                  + QStringList{QStringLiteral("--from"), TestMailServer::user("ana"),
                                                QStringLiteral("--to"), TestMailServer::user("bob")},
                              "Subject: x\n\n" + QByteArray(1200, 'a') + "\n", TestMailServer::password());
    EXPECT_EQ(run.exitCode, 65);
    EXPECT_TRUE(run.err.contains("1200"));
    EXPECT_FALSE(run.out.contains("connect")) << "nothing was attempted";
}

TEST(Cli, SpeaksSpanishWhenTheSystemDoes)
{
    const CliRun usage = runCli({}, {}, {}, QStringLiteral("es_ES.UTF-8"));
    EXPECT_EQ(usage.exitCode, 64);
    EXPECT_TRUE(usage.err.contains("Uso: remitente-cli")) << usage.err.toStdString();
    const CliRun refused
        = runCli({QStringLiteral("verify"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                  QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--security"), QStringLiteral("none")},
                 {}, {}, QStringLiteral("es_ES.UTF-8"));
    EXPECT_EQ(refused.exitCode, 69);
    EXPECT_TRUE(QString::fromUtf8(refused.err).contains(QStringLiteral("rechazó la conexión")))
        << refused.err.toStdString();
    // The diagnosis speaks Spanish too, with the other port filled in.
    EXPECT_TRUE(QString::fromUtf8(refused.err).contains(QStringLiteral("1. Pruebe el otro puerto (587).")))
        << refused.err.toStdString();
}

TEST(Cli, ComposeWritesAMessageAndSendBuildsOne)
{
    QTemporaryDir dir;
    const QString attachment = dir.filePath(QStringLiteral("notas.txt"));
    QFile f(attachment);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("unas notas\n");
    f.close();
    const QString output = dir.filePath(QStringLiteral("out.eml"));
    const QStringList parts = {QStringLiteral("--from"),    QStringLiteral("Ana Pérez <ana@example.test>"),
                               QStringLiteral("--to"),      QStringLiteral("Bob <bob@example.test>"),
                               QStringLiteral("--cc"),      QStringLiteral("carol@example.test"),
                               QStringLiteral("--subject"), QStringLiteral("Notas de la reunión"),
                               QStringLiteral("--body"),    QStringLiteral("Hola, van las notas."),
                               QStringLiteral("--attach"),  attachment};
    const CliRun compose = runCli(QStringList{QStringLiteral("compose"), QStringLiteral("--output"), output} + parts);
    EXPECT_EQ(compose.exitCode, 0) << compose.err.toStdString();
    QFile written(output);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray message = written.readAll();
    EXPECT_TRUE(message.contains("Subject: =?utf-8?"));
    EXPECT_TRUE(message.contains("filename=\"notas.txt\""));

    const CliRun missing
        = runCli({QStringLiteral("compose"), QStringLiteral("--output"), output, QStringLiteral("--from"),
                  QStringLiteral("ana@example.test"), QStringLiteral("--to"), QStringLiteral("bob@example.test"),
                  QStringLiteral("--attach"), QStringLiteral("/nonexistent/x.pdf")});
    EXPECT_EQ(missing.exitCode, 65);
    EXPECT_TRUE(missing.err.contains("/nonexistent/x.pdf"));

    const CliRun badAddress
        = runCli({QStringLiteral("compose"), QStringLiteral("--output"), output, QStringLiteral("--from"),
                  QStringLiteral("ana@example.test"), QStringLiteral("--to"), QStringLiteral("bob.example.test")});
    EXPECT_EQ(badAddress.exitCode, 64);
    EXPECT_TRUE(badAddress.err.contains("bob.example.test"));

    const QByteArray marker = newId();
    QStringList sendParts = parts;
    sendParts[sendParts.indexOf(QStringLiteral("Notas de la reunión"))] = QString::fromLatin1(marker);
    const CliRun send
        = runCli(QStringList{QStringLiteral("send")} + server() + sendParts, {}, TestMailServer::password());
    EXPECT_EQ(send.exitCode, 0) << send.err.toStdString();
    EXPECT_FALSE(TestMailServer::waitForDelivery("carol", marker).isEmpty());
}

TEST(Cli, DetectFindsSettings)
{
    const CliRun gmail = runCli({QStringLiteral("detect"), QStringLiteral("ana@gmail.com")});
    EXPECT_EQ(gmail.exitCode, 0);
    EXPECT_TRUE(gmail.out.contains("found     smtp.gmail.com port 465 (tls)")) << gmail.out.toStdString();
    EXPECT_TRUE(gmail.out.contains("mailbox   imap.gmail.com port 993 (tls), from catalogue"))
        << gmail.out.toStdString();

    const CliRun srv = runCli({QStringLiteral("detect"), QStringLiteral("ana@example.test"),
                               QStringLiteral("--dns-server"), QStringLiteral("127.0.0.2"), QStringLiteral("--ca-file"),
                               ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")), QStringLiteral("--json")});
    EXPECT_EQ(srv.exitCode, 0) << srv.err.toStdString();
    const QJsonObject best = srv.json().value(QStringLiteral("suggestions")).toArray().first().toObject();
    EXPECT_EQ(best.value(QStringLiteral("host")).toString(), QStringLiteral("mail.example.test"));
    EXPECT_TRUE(best.value(QStringLiteral("confirmed")).toBool());
    EXPECT_EQ(best.value(QStringLiteral("source")).toString(), QStringLiteral("srv"));
    EXPECT_EQ(srv.json().value(QStringLiteral("imap")).toObject().value(QStringLiteral("host")).toString(),
              QStringLiteral("imap.example.test"))
        << "_imaps._tcp";
    EXPECT_EQ(srv.json().value(QStringLiteral("imapSource")).toString(), QStringLiteral("srv"));

    const CliRun none
        = runCli({QStringLiteral("detect"), QStringLiteral("ana@blackhole.test"), QStringLiteral("--dns-server"),
                  QStringLiteral("127.0.0.2"), QStringLiteral("--timeout"), QStringLiteral("1")});
    EXPECT_EQ(none.exitCode, 69);
    EXPECT_TRUE(none.out.contains("not found"));
    EXPECT_EQ(runCli({QStringLiteral("detect"), QStringLiteral("not-an-address")}).exitCode, 64);
}

TEST(Cli, CheckDomainReportsEachRecordAndTheFix)
{
    const QStringList dns = {QStringLiteral("--dns-server"), QStringLiteral("127.0.0.2")};
    const CliRun good = runCli(QStringList{QStringLiteral("check-domain"), QStringLiteral("good.test"),
                                           QStringLiteral("--provider"), QStringLiteral("google-workspace")}
                               + dns);
    EXPECT_EQ(good.exitCode, 0) << good.out.toStdString();
    for (const char *line : {"mx     pass", "spf    pass", "dkim   pass", "dmarc  pass"})
        EXPECT_TRUE(good.out.contains(line)) << line << "\n" << good.out.toStdString();

    const CliRun missing
        = runCli(QStringList{QStringLiteral("check-domain"), QStringLiteral("missing.test"),
                             QStringLiteral("--provider"), QStringLiteral("google-workspace"), QStringLiteral("--json")}
                 + dns);
    EXPECT_EQ(missing.exitCode, 1);
    const QJsonArray checks = missing.json().value(QStringLiteral("checks")).toArray();
    ASSERT_EQ(checks.size(), 4);
    const QJsonObject spf = checks.at(1).toObject();
    EXPECT_EQ(spf.value(QStringLiteral("check")).toString(), QStringLiteral("spf"));
    EXPECT_EQ(spf.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    EXPECT_EQ(spf.value(QStringLiteral("add")).toObject().value(QStringLiteral("value")).toString(),
              QStringLiteral("v=spf1 include:_spf.google.com ~all"));

    const CliRun managed = runCli({QStringLiteral("check-domain"), QStringLiteral("ana@gmail.com")});
    EXPECT_EQ(managed.exitCode, 0);
    EXPECT_TRUE(managed.out.startsWith("provider managed")) << managed.out.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("check-domain")}).exitCode, 64);
    EXPECT_EQ(runCli({QStringLiteral("check-domain"), QStringLiteral("x.test"), QStringLiteral("--provider"),
                      QStringLiteral("nope")})
                  .exitCode,
              64);
}
