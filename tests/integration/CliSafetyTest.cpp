// remitente-cli as a program, for issue 11 (items 5, 8, 9, 12, 13, 14, 15): what it refuses before anything is
// stored or sent, what it prints from others, the files it leaves behind and their modes. Needs no mail server:
// each test has its own home folders, and a scripted server where one is needed.
#include "MimeCheck.h"
#include "ScriptedSmtpServer.h"

#include "mime/Message.h"
#include "outbox/OutboxStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <sys/stat.h>

using namespace remitente;
using namespace remitente::testing;

namespace {

struct CliRun {
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;
};

// A private home for one test: config, data and temporary folders of its own.
class Home
{
public:
    Home()
    {
        for (const char *folder : {"config", "data", "tmp"})
            QDir().mkpath(m_dir.filePath(QString::fromLatin1(folder)));
    }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    QString dataFolder() const { return path(QStringLiteral("data/Remitente/Remitente")); }
    QString tmpFolder() const { return path(QStringLiteral("tmp")); }

    void prepare(QProcess &process) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        environment.insert(QStringLiteral("TMPDIR"), tmpFolder());
        environment.remove(QStringLiteral("REMITENTE_PASSWORD"));
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
    }

    // Runs the CLI to its end while this process's event loop keeps running (for a scripted server).
    CliRun run(const QStringList &arguments, const QByteArray &stdinData = {}) const
    {
        QProcess process;
        prepare(process);
        process.start(QStringLiteral(REMITENTE_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForStarted());
        process.write(stdinData);
        process.closeWriteChannel();
        EXPECT_TRUE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
        return {process.exitCode(), process.exitStatus(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    // An account with no password, for the commands that need one (--queue).
    void addAccount() const
    {
        const CliRun added = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--address"),
                                  QStringLiteral("ana@example.test"), QStringLiteral("--host"),
                                  QStringLiteral("127.0.0.1"), QStringLiteral("--security"), QStringLiteral("none"),
                                  QStringLiteral("--sign-in"), QStringLiteral("none")});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }

private:
    QTemporaryDir m_dir;
};

QStringList queueLater(const QStringList &more)
{
    return QStringList{QStringLiteral("send"),
                       QStringLiteral("--queue"),
                       QStringLiteral("--later"),
                       QStringLiteral("--account"),
                       QStringLiteral("ana@example.test"),
                       QStringLiteral("--to"),
                       QStringLiteral("bob@example.test"),
                       QStringLiteral("--body"),
                       QStringLiteral("hola")}
    + more;
}

QStringList compose(const QString &output, const QStringList &more)
{
    return QStringList{QStringLiteral("compose"),
                       QStringLiteral("--from"),
                       QStringLiteral("ana@example.test"),
                       QStringLiteral("--to"),
                       QStringLiteral("bob@example.test"),
                       QStringLiteral("--output"),
                       output}
    + more;
}

bool hasControlBytes(const QByteArray &bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\n') || u == 0x7f;
    });
}

QFileDevice::Permissions privateFile()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
}

} // namespace

// ---- item 9: one validation for direct send and --queue; one line per message in queue list ----------------------

TEST(CliSafety, QueueRefusesALineBreakInTheSubjectOrSenderNameAsDirectSendDoes)
{
    Home home;
    home.addAccount();
    const CliRun subject = home.run(queueLater({QStringLiteral("--subject"), QStringLiteral("Hi\r\nBcc: all@x.test")}));
    EXPECT_EQ(subject.exitCode, 65) << subject.out.toStdString() << subject.err.toStdString();
    EXPECT_TRUE(subject.err.contains("The subject contains a line break.")) << subject.err.toStdString();
    const CliRun name = home.run(queueLater({QStringLiteral("--from-name"), QStringLiteral("Ana\nX-Evil: 1")}));
    EXPECT_EQ(name.exitCode, 65) << name.err.toStdString();
    EXPECT_TRUE(name.err.contains("The sender's name contains a line break.")) << name.err.toStdString();

    const CliRun direct
        = home.run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("ana@example.test"),
                    QStringLiteral("--to"), QStringLiteral("bob@example.test"), QStringLiteral("--subject"),
                    QStringLiteral("Hi\r\nBcc: all@x.test"), QStringLiteral("--body"), QStringLiteral("x")});
    EXPECT_EQ(direct.exitCode, 65);

    const CliRun list = home.run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(list.out).array().isEmpty())
        << "nothing was stored: " << list.out.toStdString();
}

TEST(CliSafety, QueueListPrintsOneLinePerMessageWhateverTheSubjectHolds)
{
    Home home;
    QDir().mkpath(home.dataFolder());
    {
        outbox::OutboxStore store;
        QString error;
        ASSERT_TRUE(store.open(home.dataFolder() + QStringLiteral("/outbox.sqlite"), &error)) << error.toStdString();
        mime::Message message;
        message.from = {QString(), QStringLiteral("ana@example.test")};
        message.to = {{QString(), QStringLiteral("bob@example.test")}};
        // Stored by an older version, or by hand: the listing must still be one line and harmless.
        message.subject = QStringLiteral("first\n999 sent      forged\x1b[2J\x1b]0;pwned\x07");
        message.text = QStringLiteral("x");
        ASSERT_TRUE(store.enqueue(QStringLiteral("some-account"), message, QDateTime::currentDateTimeUtc(), &error))
            << error.toStdString();
    }
    const CliRun list = home.run({QStringLiteral("queue"), QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.out.count('\n'), 1) << list.out.toStdString();
    EXPECT_FALSE(hasControlBytes(list.out)) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains("first\\n999 sent")) << list.out.toStdString();
}

// ---- items 5 and 15: what may be attached ----------------------------------------------------------------------

TEST(CliSafety, NonRegularAttachmentsAreRefusedBeforeAnythingIsStored)
{
    Home home;
    home.addAccount();
    QTemporaryDir folder;
    const CliRun device = home.run(queueLater({QStringLiteral("--attach"), QStringLiteral("/dev/zero")}));
    EXPECT_EQ(device.exitCode, 65) << device.out.toStdString() << device.err.toStdString();
    EXPECT_TRUE(device.err.contains("not an ordinary file")) << device.err.toStdString();
    const CliRun directory = home.run(queueLater({QStringLiteral("--attach"), folder.path()}));
    EXPECT_EQ(directory.exitCode, 65) << directory.err.toStdString();
    EXPECT_TRUE(directory.err.contains("is a folder")) << directory.err.toStdString();
    EXPECT_FALSE(directory.err.contains("Unknown error")) << directory.err.toStdString();
    const CliRun list = home.run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_TRUE(QJsonDocument::fromJson(list.out).array().isEmpty()) << list.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(home.dataFolder() + QStringLiteral("/attachments/1/zero")));
}

// ---- item 12: bodies read whole are bounded; devices are not files ------------------------------------------------

TEST(CliSafety, BodyFileIsBoundedAndMustBeAnOrdinaryFile)
{
    Home home;
    const QString output = home.path(QStringLiteral("out.eml"));
    const CliRun device = home.run(compose(output, {QStringLiteral("--body-file"), QStringLiteral("/dev/zero")}));
    EXPECT_EQ(device.exitCode, 65) << device.err.toStdString();
    EXPECT_TRUE(device.err.contains("not an ordinary file")) << device.err.toStdString();

    const QString big = home.path(QStringLiteral("big.txt"));
    QFile file(big);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray line = QByteArray(79, 'a') + '\n';
    for (int i = 0; i < 6 * 1024 * 1024 / line.size() + 1; ++i)
        file.write(line);
    file.close();
    const CliRun tooBig = home.run(compose(output, {QStringLiteral("--body-file"), big}));
    EXPECT_EQ(tooBig.exitCode, 65) << tooBig.err.toStdString();
    EXPECT_TRUE(tooBig.err.contains("5 MB")) << tooBig.err.toStdString();
    EXPECT_TRUE(tooBig.err.contains("--attach")) << tooBig.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(output));
}

TEST(CliSafety, MessageFileMustBeAnOrdinaryFile)
{
    Home home;
    const CliRun run = home.run({QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
                                 QStringLiteral("a@example.test"), QStringLiteral("--to"),
                                 QStringLiteral("b@example.test"), QStringLiteral("/dev/zero")});
    EXPECT_EQ(run.exitCode, 66) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("not an ordinary file")) << run.err.toStdString();
}

// ---- item 5: private files whatever the umask --------------------------------------------------------------------

TEST(CliSafety, ComposeOutputIsPrivateWhateverTheUmask)
{
    Home home;
    const QString output = home.path(QStringLiteral("message.eml"));
    QFile existing(output);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.close();
    ASSERT_TRUE(QFile::setPermissions(
        output, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const mode_t previous = umask(022);
    const CliRun run = home.run(compose(output, {QStringLiteral("--subject"), QStringLiteral("x")}));
    umask(previous);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QFileInfo(output).permissions(), privateFile());
}

// ---- item 15: option values ---------------------------------------------------------------------------------------

TEST(CliSafety, CommandTimeoutMustBeAFiniteNumberInRange)
{
    Home home;
    for (const char *value : {"inf", "nan", "-1", "0", "1e300", "infinity"}) {
        const CliRun run
            = home.run({QStringLiteral("verify"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"), QStringLiteral("9"), QStringLiteral("--security"),
                        QStringLiteral("none"), QStringLiteral("--command-timeout"), QString::fromLatin1(value)});
        EXPECT_EQ(run.exitCode, 64) << value << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains("--command-timeout must be a number of seconds")) << run.err.toStdString();
    }
}

TEST(CliSafety, ALineBreakInTheClientNameIsItsOwnProblemNotAnAddressOne)
{
    Home home;
    const CliRun run
        = home.run({QStringLiteral("verify"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--port"), QStringLiteral("9"), QStringLiteral("--security"), QStringLiteral("none"),
                    QStringLiteral("--client-name"), QStringLiteral("client.test\r\nMAIL FROM:<x@y>")});
    EXPECT_EQ(run.exitCode, 64) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("--client-name")) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains("address")) << run.err.toStdString();
    EXPECT_FALSE(hasControlBytes(run.err)) << run.err.toStdString();
}

// ---- item 8: what a server says reaches the terminal without control characters ---------------------------------

TEST(CliSafety, ServerRepliesCannotControlTheTerminal)
{
    const QString attack = QStringLiteral("\x1b]0;pwned\x07\x1b[2J\x9b"
                                          "31m");
    ScriptedSmtpServer server({QStringLiteral("S: 220 fake.test ") + attack + QStringLiteral(" ESMTP"),
                               QStringLiteral("C: EHLO *"),
                               QStringLiteral("S: 454 4.7.0 ") + attack + QStringLiteral(" try later"),
                               QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")});
    ASSERT_TRUE(server.start());
    Home home;
    const CliRun run = home.run({QStringLiteral("verify"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("--port"), QString::number(server.serverPort()),
                                 QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--transcript")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("454")) << run.err.toStdString();
    EXPECT_FALSE(hasControlBytes(run.out)) << run.out.toStdString();
    EXPECT_FALSE(hasControlBytes(run.err)) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains("\xc2\x9b") || run.err.contains("\xc2\x9b")) << "a C1 CSI went through";
    EXPECT_TRUE(run.err.contains("\\x1B]0;pwned\\x07")) << "escaped, not hidden: " << run.err.toStdString();
}

// ---- items 13 and 14: a message read from standard input, and an interruption -------------------------------------

TEST(CliSafety, InterruptedSendLeavesNoCopyOfTheMessageAnywhere)
{
    Home home;
    QProcess process;
    home.prepare(process);
    process.start(QStringLiteral(REMITENTE_CLI_PATH),
                  {QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                   QStringLiteral("--port"), QStringLiteral("9"), QStringLiteral("--security"), QStringLiteral("none"),
                   QStringLiteral("--from"), QStringLiteral("a@example.test"), QStringLiteral("--to"),
                   QStringLiteral("b@example.test")});
    ASSERT_TRUE(process.waitForStarted());
    // Part of a message; standard input stays open, so the program is still reading it when it is stopped.
    process.write("From: a@example.test\r\nTo: b@example.test\r\nSubject: secret plans\r\n\r\n");
    const QString spool = home.dataFolder() + QStringLiteral("/spool");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !QDir(spool).entryList(QDir::Files).isEmpty(); }, 10000))
        << "the copy is kept in the private data folder";
    const QString copy = QDir(spool).entryInfoList(QDir::Files).value(0).absoluteFilePath();
    EXPECT_EQ(QFileInfo(copy).permissions(), privateFile());
    EXPECT_EQ(QFileInfo(spool).permissions(),
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
                  | QFileDevice::WriteUser | QFileDevice::ExeUser);
    EXPECT_TRUE(QDir(home.tmpFolder()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());

#if defined(Q_OS_LINUX)
    // Item 13: a process holding secrets leaves no core dump.
    QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
    ASSERT_TRUE(limits.open(QIODevice::ReadOnly));
    QByteArray coreLine;
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            coreLine = line;
    }
    EXPECT_TRUE(coreLine.simplified().startsWith("Max core file size 0 0")) << coreLine.toStdString();
#endif

    process.terminate(); // SIGTERM
    ASSERT_TRUE(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000));
    EXPECT_EQ(process.exitStatus(), QProcess::CrashExit) << "dies of the signal, as the shell expects (143)";
    EXPECT_EQ(process.exitCode(), SIGTERM);
    EXPECT_FALSE(QFileInfo::exists(copy));
    EXPECT_TRUE(QDir(spool).entryList(QDir::Files).isEmpty());
    EXPECT_TRUE(QDir(home.tmpFolder()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

// ---- issue 16: warnings before mail is junked, on standard error; the message is queued all the same ---------------

TEST(CliSafety, SendWarnsOnStandardErrorAndQueuesAllTheSame)
{
    Home home;
    home.addAccount();
    QStringList visible;
    for (int i = 1; i <= 11; ++i)
        visible.append(QStringLiteral("reader%1@other.test").arg(i));
    const CliRun many = home.run(queueLater({QStringLiteral("--cc"), visible.join(QStringLiteral(", "))}));
    EXPECT_EQ(many.exitCode, 0) << many.err.toStdString();
    EXPECT_TRUE(many.out.contains(" queued")) << many.out.toStdString();
    EXPECT_TRUE(many.err.contains("warning (visible-recipients): 11 recipients outside example.test"))
        << many.err.toStdString();
    EXPECT_TRUE(many.err.contains("Bcc"));
    EXPECT_FALSE(hasControlBytes(many.err));

    // A gmail.com From through the account's own server: gmail.com's DMARC quarantines it.
    const CliRun gmail = home.run(queueLater({QStringLiteral("--from"), QStringLiteral("Ana <ana@gmail.com>")}));
    EXPECT_EQ(gmail.exitCode, 0) << gmail.err.toStdString();
    EXPECT_TRUE(gmail.err.contains("warning (foreign-domain): ")) << gmail.err.toStdString();
    EXPECT_TRUE(gmail.err.contains("127.0.0.1"));

    // Nothing to say about an ordinary message.
    const CliRun plain = home.run(queueLater({}));
    EXPECT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_FALSE(plain.err.contains("warning")) << plain.err.toStdString();

    const CliRun list = home.run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(list.out).array().size(), 3) << "every one queued: " << list.out.toStdString();
}

TEST(CliSafety, NewsletterFlagsAddListUnsubscribe)
{
    Home home;
    const QString output = home.path(QStringLiteral("newsletter.eml"));
    const CliRun made = home.run(
        compose(output,
                {QStringLiteral("--subject"), QStringLiteral("Boletín de diciembre"), QStringLiteral("--newsletter"),
                 QStringLiteral("--unsubscribe-url"), QStringLiteral("https://example.test/baja?id=7")}));
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QJsonObject read = readWithPython({output}).at(0).toObject();
    EXPECT_TRUE(read.value(QStringLiteral("defects")).toArray().isEmpty());
    EXPECT_EQ(read.value(QStringLiteral("list_unsubscribe")).toArray(),
              QJsonArray({QStringLiteral("https://example.test/baja?id=7"),
                          QStringLiteral("mailto:ana@example.test?subject=unsubscribe")}));
    EXPECT_EQ(read.value(QStringLiteral("list_unsubscribe_post")).toString(),
              QStringLiteral("List-Unsubscribe=One-Click"));

    const CliRun mailtoOnly = home.run(compose(output, {QStringLiteral("--newsletter")}));
    ASSERT_EQ(mailtoOnly.exitCode, 0) << mailtoOnly.err.toStdString();
    const QJsonObject plain = readWithPython({output}).at(0).toObject();
    EXPECT_EQ(plain.value(QStringLiteral("list_unsubscribe")).toArray(),
              QJsonArray({QStringLiteral("mailto:ana@example.test?subject=unsubscribe")}));
    EXPECT_TRUE(plain.value(QStringLiteral("list_unsubscribe_post")).isNull());

    const CliRun http = home.run(compose(output,
                                         {QStringLiteral("--newsletter"), QStringLiteral("--unsubscribe-url"),
                                          QStringLiteral("http://example.test/baja")}));
    EXPECT_EQ(http.exitCode, 65);
    EXPECT_TRUE(http.err.contains("https://")) << http.err.toStdString();
    const CliRun alone
        = home.run(compose(output, {QStringLiteral("--unsubscribe-url"), QStringLiteral("https://example.test/baja")}));
    EXPECT_EQ(alone.exitCode, 64);
    EXPECT_TRUE(alone.err.contains("--newsletter")) << alone.err.toStdString();
}

TEST(CliSafety, DirectSendWarnsBeforeConnecting)
{
    Home home;
    QStringList visible;
    for (int i = 1; i <= 11; ++i)
        visible.append(QStringLiteral("reader%1@other.test").arg(i));
    // Nothing listens on port 1: the warning comes first, then the send fails as it would anyway.
    const CliRun run
        = home.run({QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--security"), QStringLiteral("none"),
                    QStringLiteral("--from"), QStringLiteral("ana@example.test"), QStringLiteral("--to"),
                    visible.join(QStringLiteral(", ")), QStringLiteral("--body"), QStringLiteral("hola")});
    EXPECT_EQ(run.exitCode, 69) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith("warning (visible-recipients): 11 recipients outside example.test"))
        << run.err.toStdString();
}
