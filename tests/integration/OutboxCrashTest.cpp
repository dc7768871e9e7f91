// A sending process killed (SIGKILL) at several moments and started again: no message lost, none sent twice,
// the one whose end had gone out flagged uncertain.
#include "OutboxScripts.h"
#include "TestAccounts.h"
#include "ScriptedSmtpServer.h"

#include "accounts/AccountStore.h"
#include "outbox/OutboxStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::outbox;
using namespace remitente::testing;

namespace {

const QString Password = QStringLiteral("crash-Pa55");

struct CrashFixture {
    QTemporaryDir folder;
    OutboxStore store;
    accounts::Account account;
    QList<qint64> ids;
    QByteArray delivered; // every message body the fake servers took in full

    CrashFixture()
    {
        EXPECT_TRUE(store.open(folder.filePath(QStringLiteral("outbox.sqlite")), nullptr));
        account
            = localAccount(QStringLiteral("crash"), QStringLiteral("ana@example.test"), QStringLiteral("127.0.0.1"));
        for (int i = 0; i < 2; ++i) {
            const mime::Message message
                = plainMessage(account.address, QStringLiteral("bob@example.test"), QStringLiteral("crash %1").arg(i),
                               QStringLiteral("body %1").arg(i));
            ids.append(*store.enqueue(account.id, message, QDateTime::currentDateTimeUtc(), nullptr));
        }
    }

    void pointAt(const ScriptedSmtpServer &server)
    {
        account.port = server.serverPort();
        accounts::AccountStore accounts(folder.filePath(QStringLiteral("accounts.json")));
        accounts.upsert(account);
        ASSERT_TRUE(accounts.save(nullptr));
    }

    std::unique_ptr<QProcess> startWorker()
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("REMITENTE_PASSWORD"), Password);
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(OUTBOX_WORKER_PATH),
                       {folder.filePath(QStringLiteral("outbox.sqlite")),
                        folder.filePath(QStringLiteral("accounts.json")),
                        ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem"))});
        EXPECT_TRUE(process->waitForStarted());
        return process;
    }

    // Runs the worker against `script` and SIGKILLs it once `killWhen` holds for the server.
    void runAndKill(const QStringList &script, const std::function<bool(const ScriptedSmtpServer &)> &killWhen)
    {
        ScriptedSmtpServer server(script, ScriptedSmtpServer::Transport::ImplicitTls);
        ASSERT_TRUE(server.start());
        pointAt(server);
        std::unique_ptr<QProcess> worker = startWorker();
        ASSERT_TRUE(QTest::qWaitFor([&] { return killWhen(server); }, 10000))
            << server.receivedLines().join(u'|').toStdString();
        worker->kill(); // SIGKILL: no destructor, no clean-up
        worker->waitForFinished();
        delivered += server.messageData();
    }

    // Starts it again against a server that expects exactly `transactions` messages, and lets it finish.
    void restartExpecting(int transactions)
    {
        QStringList script = signedInGreeting();
        for (int i = 0; i < transactions; ++i)
            script += anaToBob();
        script << QStringLiteral("C: QUIT");
        ScriptedSmtpServer server(transactions ? script : QStringList{}, ScriptedSmtpServer::Transport::ImplicitTls);
        ASSERT_TRUE(server.start());
        pointAt(server);
        std::unique_ptr<QProcess> worker = startWorker();
        ASSERT_TRUE(QTest::qWaitFor([&] { return worker->state() == QProcess::NotRunning; }, 15000));
        EXPECT_EQ(worker->exitCode(), 0);
        EXPECT_EQ(server.scriptError(), QString());
        if (transactions == 0)
            EXPECT_EQ(server.connectionCount(), 0);
        delivered += server.messageData();
    }

    MessageState state(int index) { return store.entry(ids.at(index)).value_or(OutboxEntry{}).state; }
    int deliveries(int index) { return int(delivered.count("Subject: crash " + QByteArray::number(index) + "\r\n")); }
};

std::function<bool(const ScriptedSmtpServer &)> linesSeen(int count)
{
    return [count](const ScriptedSmtpServer &server) { return server.receivedLines().size() >= count; };
}

} // namespace

TEST(OutboxCrash, KilledBeforeTheContentWentOutSendsItAfterRestart)
{
    CrashFixture f;
    // Killed while the server holds back its answer to MAIL FROM.
    f.runAndKill(signedInGreeting()
                     + QStringList{QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("!pause 5000")},
                 linesSeen(3));
    EXPECT_EQ(f.state(0), MessageState::Sending) << "what the kill left behind";
    f.restartExpecting(2);
    EXPECT_EQ(f.state(0), MessageState::Sent);
    EXPECT_EQ(f.state(1), MessageState::Sent);
    EXPECT_EQ(f.deliveries(0), 1);
    EXPECT_EQ(f.deliveries(1), 1);
}

TEST(OutboxCrash, KilledAfterTheEndBeforeTheReplyIsUncertainAndNotResent)
{
    CrashFixture f;
    // The whole message arrives; the server waits before saying 250; the process dies meanwhile.
    QStringList script = signedInGreeting() + anaToBob(QStringLiteral("!pause 5000"));
    f.runAndKill(script, [](const ScriptedSmtpServer &server) { return server.messageData().contains("crash 0"); });
    ASSERT_TRUE(f.delivered.contains("crash 0"));
    f.restartExpecting(1);
    EXPECT_EQ(f.state(0), MessageState::Uncertain) << "may have arrived: flagged, never resent";
    EXPECT_EQ(f.state(1), MessageState::Sent);
    EXPECT_EQ(f.deliveries(0), 1);
    EXPECT_EQ(f.deliveries(1), 1);
}

TEST(OutboxCrash, KilledAfterTheFirstWasConfirmedSendsOnlyTheSecond)
{
    CrashFixture f;
    QStringList script = signedInGreeting() + anaToBob()
        + QStringList{QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("!pause 5000")};
    f.runAndKill(script, [](const ScriptedSmtpServer &server) {
        return server.receivedLines().filter(QStringLiteral("MAIL FROM")).size() == 2;
    });
    EXPECT_EQ(f.state(0), MessageState::Sent) << "committed as soon as the server confirmed it";
    f.restartExpecting(1);
    EXPECT_EQ(f.state(1), MessageState::Sent);
    EXPECT_EQ(f.deliveries(0), 1);
    EXPECT_EQ(f.deliveries(1), 1);
}

TEST(OutboxCrash, NothingLeftToDoAfterEverythingIsSettled)
{
    CrashFixture f;
    f.runAndKill(
        signedInGreeting() + anaToBob() + anaToBob()
            + QStringList{QStringLiteral("C: QUIT"), QStringLiteral("!pause 5000")},
        [](const ScriptedSmtpServer &server) { return server.receivedLines().contains(QStringLiteral("QUIT")); });
    f.restartExpecting(0);
    EXPECT_EQ(f.state(0), MessageState::Sent);
    EXPECT_EQ(f.state(1), MessageState::Sent);
    EXPECT_EQ(f.deliveries(0), 1);
    EXPECT_EQ(f.deliveries(1), 1);
}
