// The backup account against the scripted fake server, with an injected clock: a message the first account cannot
// send for a reason another account fixes (its server unreachable for long enough, a sending limit, its sign-in
// broken) goes through the backup with the From chosen for that case; a refusal of the message itself, an
// uncertain message or a short outage never does, and a message handed over stays with the backup.
#include "AcceptingSmtpServer.h"
#include "OutboxScripts.h"
#include "OutboxTestBed.h"
#include "ScriptedSmtpServer.h"
#include "TestAccounts.h"

#include "accounts/KeychainSecretStore.h"
#include "accounts/SignInStates.h"
#include "outbox/Outbox.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::outbox;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

const QString Password = QStringLiteral("backup-Pa55");
constexpr quint16 ClosedPort = 1; // nothing listens: connection refused

QStringList beaToBob()
{
    return toBob(QStringLiteral("bea@example.test"), QStringLiteral("S: 250 2.0.0 Ok: queued as BACKUP1"));
}

struct Fixture : OutboxTestBed {
    std::unique_ptr<ScriptedSmtpServer> firstServer;
    std::unique_ptr<ScriptedSmtpServer> backupServer;
    accounts::Account first;
    accounts::Account backup;

    explicit Fixture(const QString &firstProvider = {})
    {
        first = localAccount(QStringLiteral("acc1"), QStringLiteral("ana@example.test"), QStringLiteral("127.0.0.1"),
                             ClosedPort);
        first.displayName = QStringLiteral("Ana");
        first.providerId = firstProvider;
        first.backupAccountId = QStringLiteral("acc2");
        backup = localAccount(QStringLiteral("acc2"), QStringLiteral("bea@example.test"), QStringLiteral("127.0.0.1"),
                              ClosedPort);
        backup.displayName = QStringLiteral("Bea");
        save();
        secrets.write(first.id, Password, [](const accounts::SecretStore::Result &) {});
        secrets.write(backup.id, Password, [](const accounts::SecretStore::Result &) {});
        settings.unreachableBeforeBackup = std::chrono::minutes(30);
        startOutbox();
    }

    void save()
    {
        accounts.upsert(first);
        accounts.upsert(backup);
    }

    void serveFirst(const QStringList &script)
    {
        firstServer = serve(script, first);
        save();
    }
    void serveBackup(const QStringList &script)
    {
        backupServer = serve(script, backup);
        save();
    }

    mime::Message message(int recipients = 1, const QString &text = QStringLiteral("Hola"))
    {
        return invoice({QStringLiteral("Ana"), first.address}, recipients, text);
    }

    qint64 enqueue(int recipients = 1, const QString &text = QStringLiteral("Hola"))
    {
        QString error;
        const std::optional<qint64> id = store.enqueue(first.id, message(recipients, text), now, &error);
        EXPECT_TRUE(id.has_value()) << error.toStdString();
        return id.value_or(0);
    }

    int backupConnections() const { return backupServer ? backupServer->connectionCount() : 0; }

    // The entry was sent by the backup for the first account.
    void expectSentByBackup(qint64 id)
    {
        const OutboxEntry sent = entry(id);
        EXPECT_EQ(sent.state, MessageState::Sent) << sent.lastError.toStdString();
        EXPECT_EQ(sent.accountId, backup.id) << "the sent log names the account that sent it";
        EXPECT_EQ(sent.originalAccountId, first.id) << "... and the one it was queued for";
        EXPECT_EQ(store.entries({MessageState::Sent}, first.id).size(), 1) << "listed under the first account too";
        EXPECT_EQ(store.usageSince(first.id, now.addDays(-1)).messages, 0) << "counted against the backup's limits";
        EXPECT_EQ(store.usageSince(backup.id, now.addDays(-1)).messages, 1);
    }
};

} // namespace

TEST(OutboxBackup, AnUnreachableServerHandsOverOnlyAfterTheSetTime)
{
    Fixture f;
    f.serveBackup(signedInGreeting() + beaToBob() + quit());
    QSignalSpy handed(f.outbox.get(), &Outbox::handedOver);
    const qint64 id = f.enqueue();
    const QDateTime firstFailure = f.now;
    int attempts = 0;
    while (f.entry(id).accountId == f.first.id && attempts < 10) {
        f.drain();
        ++attempts;
        const OutboxEntry entry = f.entry(id);
        if (entry.accountId != f.first.id)
            break;
        EXPECT_LT(firstFailure.secsTo(f.now), 30 * 60) << "unreachable for less than 30 minutes: no handover";
        EXPECT_EQ(entry.state, MessageState::Retrying);
        EXPECT_EQ(entry.diagnosisId, QStringLiteral("connection-refused"));
        EXPECT_EQ(f.backupConnections(), 0);
        EXPECT_LE(entry.nextAttemptAt, firstFailure.addSecs(30 * 60)) << "tried again when the time is up";
        f.now = entry.nextAttemptAt;
    }
    EXPECT_EQ(firstFailure.secsTo(f.now), 30 * 60) << "handed over at the 30th minute, not at a later back-off";
    EXPECT_EQ(attempts, 6) << "0, 1, 3, 7, 15 and 30 minutes";
    f.expectSentByBackup(id);
    ASSERT_EQ(handed.size(), 1);
    EXPECT_EQ(handed.first().at(1).toString(), f.first.id);
    EXPECT_EQ(handed.first().at(2).toString(), f.backup.id);
    EXPECT_EQ(f.backupServer->scriptError(), QString());
    // The backup's From (the first account's name, the backup's address), replies to the first address.
    const QByteArray data = f.backupServer->messageData();
    EXPECT_TRUE(data.contains("From: Ana <bea@example.test>\r\n")) << data.left(600).toStdString();
    EXPECT_TRUE(data.contains("Reply-To: Ana <ana@example.test>\r\n")) << data.left(600).toStdString();
    EXPECT_TRUE(f.entry(id).finalReply.contains(QStringLiteral("BACKUP1")));
}

TEST(OutboxBackup, AServerThatAnswersAgainEndsTheOutage)
{
    Fixture f;
    f.serveBackup(signedInGreeting());
    const qint64 early = f.enqueue();
    f.drain();
    EXPECT_EQ(f.store.unreachableSince(f.first.id), f.now);
    // 20 minutes later the server answers (and refuses this message for now): the outage is over.
    f.now = f.now.addSecs(20 * 60);
    f.serveFirst(signedInGreeting() + toBob(f.first.address, QStringLiteral("S: 451 4.3.0 Try again later"))
                 + resetAndQuit());
    f.drain();
    EXPECT_EQ(f.store.unreachableSince(f.first.id), std::nullopt);
    // Down again 15 minutes later: a new outage, counted from now, so no handover yet.
    f.now = f.now.addSecs(15 * 60);
    f.first.port = ClosedPort;
    f.save();
    f.drain();
    EXPECT_EQ(f.entry(early).accountId, f.first.id);
    EXPECT_EQ(f.entry(early).state, MessageState::Retrying);
    EXPECT_EQ(f.backupConnections(), 0);
}

TEST(OutboxBackup, ALimitReplyHandsTheAccountsMessagesToTheBackup)
{
    Fixture f;
    const qint64 first = f.enqueue();
    const qint64 second = f.enqueue();
    f.serveFirst(signedInGreeting()
                 + toBob(f.first.address, QStringLiteral("S: 550 5.4.5 Daily user sending limit exceeded."))
                 + resetAndQuit());
    f.serveBackup(signedInGreeting() + beaToBob() + beaToBob() + quit());
    f.drain();
    for (const qint64 id : {first, second}) {
        const OutboxEntry sent = f.entry(id);
        EXPECT_EQ(sent.state, MessageState::Sent)
            << id << sent.lastError.toStdString() << sent.transcript.toStdString();
        EXPECT_EQ(sent.accountId, f.backup.id) << id;
        EXPECT_EQ(sent.originalAccountId, f.first.id) << id;
    }
    EXPECT_TRUE(f.store.pause(f.first.id, f.now).has_value()) << "the first account stays paused";
    EXPECT_EQ(f.backupServer->scriptError(), QString()) << f.backupServer->scriptError().toStdString();
    EXPECT_EQ(f.firstServer->connectionCount(), 1);

    // While the first account is paused, a new message goes through the backup at once.
    const qint64 later = f.enqueue();
    f.serveBackup(signedInGreeting() + beaToBob() + quit());
    f.drain();
    EXPECT_EQ(f.entry(later).state, MessageState::Sent);
    EXPECT_EQ(f.entry(later).accountId, f.backup.id);
    EXPECT_EQ(f.firstServer->connectionCount(), 1) << "the paused account is not tried";
}

TEST(OutboxBackup, TheDocumentedDailyLimitHandsOver)
{
    Fixture f(QStringLiteral("gmail")); // 500 recipients a day
    OutboxEntry earlier = f.entry(f.enqueue(499));
    earlier.state = MessageState::Sent;
    earlier.sentAt = f.now.addSecs(-3600);
    ASSERT_TRUE(f.store.save(earlier));
    const qint64 id = f.enqueue(1);
    const qint64 over = f.enqueue(1);
    f.serveFirst(signedInGreeting() + toBob(f.first.address) + quit());
    f.serveBackup(signedInGreeting() + beaToBob() + quit());
    f.drain();
    EXPECT_EQ(f.entry(id).state, MessageState::Sent);
    EXPECT_EQ(f.entry(id).accountId, f.first.id) << "the 500th recipient still goes through the first account";
    EXPECT_EQ(f.entry(over).state, MessageState::Sent);
    EXPECT_EQ(f.entry(over).accountId, f.backup.id) << "the 501st through the backup";
    EXPECT_EQ(f.entry(over).originalAccountId, f.first.id);
    EXPECT_EQ(f.firstServer->scriptError(), QString());
    EXPECT_EQ(f.backupServer->scriptError(), QString());
}

TEST(OutboxBackup, ABrokenSignInHandsOver)
{
    {
        // No password saved for the first account.
        Fixture f;
        f.secrets.remove(f.first.id, [](const accounts::SecretStore::Result &) {});
        const qint64 id = f.enqueue();
        f.serveBackup(signedInGreeting() + beaToBob() + quit());
        f.drain();
        f.expectSentByBackup(id);
        EXPECT_EQ(f.backupServer->scriptError(), QString());
    }
    {
        // The provider ended the first account's sign-in.
        Fixture f;
        f.first.signIn = accounts::SignInKind::OAuth2;
        f.save();
        accounts::SignInState state;
        state.needsSignIn = true;
        ASSERT_TRUE(
            accounts::SignInStates(f.folder.filePath(QStringLiteral("signin-state.json"))).record(f.first.id, state));
        ASSERT_TRUE(f.planner.needsSignIn(f.first));
        QSignalSpy needed(f.outbox.get(), &Outbox::signInNeeded);
        const qint64 id = f.enqueue();
        f.serveBackup(signedInGreeting() + beaToBob() + quit());
        f.drain();
        f.expectSentByBackup(id);
        EXPECT_FALSE(needed.isEmpty()) << "the person is still told to sign in again";
    }
}

TEST(OutboxBackup, APermanentRefusalOfTheMessageNeverHandsOver)
{
    Fixture f;
    f.serveBackup(signedInGreeting());
    const qint64 unknown = f.enqueue();
    f.serveFirst(signedInGreeting()
                 + QStringList{QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 ok"),
                               QStringLiteral("C: RCPT TO:<bob@example.test>"),
                               QStringLiteral("S: 550 5.1.1 <bob@example.test>: Recipient address rejected"),
                               QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT")});
    f.drain();
    EXPECT_EQ(f.entry(unknown).state, MessageState::Failed);
    EXPECT_EQ(f.entry(unknown).accountId, f.first.id);

    const qint64 content = f.enqueue();
    f.serveFirst(signedInGreeting() + toBob(f.first.address, QStringLiteral("S: 554 5.6.0 Message content rejected"))
                 + resetAndQuit());
    f.drain();
    EXPECT_EQ(f.entry(content).state, MessageState::Failed);
    EXPECT_EQ(f.entry(content).accountId, f.first.id);

    const qint64 tooBig = f.enqueue(1, QString(2000, u'x'));
    f.serveFirst({QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO *"),
                  QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250-SIZE 1000"),
                  QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 ok"),
                  QStringLiteral("C: QUIT")});
    f.drain();
    EXPECT_EQ(f.entry(tooBig).state, MessageState::Failed);
    EXPECT_EQ(f.entry(tooBig).diagnosisId, QStringLiteral("message-too-large"));
    EXPECT_EQ(f.entry(tooBig).accountId, f.first.id);

    f.now = f.now.addDays(1);
    f.drain();
    EXPECT_EQ(f.backupConnections(), 0) << "only a changed message can go: never through the backup";
}

TEST(OutboxBackup, AnUncertainMessageNeverHandsOver)
{
    Fixture f;
    f.serveBackup(signedInGreeting());
    const qint64 id = f.enqueue();
    f.serveFirst(signedInGreeting()
                 + QStringList{QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 ok"),
                               QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("S: 250 ok"),
                               QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("!data"),
                               QStringLiteral("!close")});
    f.drain();
    EXPECT_EQ(f.entry(id).state, MessageState::Uncertain);
    // Then the first account's server stays down for hours: the uncertain message is still never sent again.
    f.first.port = ClosedPort;
    f.save();
    f.now = f.now.addDays(2);
    f.drain();
    EXPECT_EQ(f.entry(id).state, MessageState::Uncertain);
    EXPECT_EQ(f.entry(id).accountId, f.first.id);
    EXPECT_EQ(f.backupConnections(), 0);
}

TEST(OutboxBackup, NoChainAndNoPingPong)
{
    Fixture f;
    // Each is the other's backup, and the backup has a backup of its own.
    accounts::Account third
        = localAccount(QStringLiteral("acc3"), QStringLiteral("cruz@example.test"), QStringLiteral("127.0.0.1"));
    f.secrets.write(third.id, Password, [](const accounts::SecretStore::Result &) {});
    auto thirdServer = Fixture::serve(signedInGreeting(), third);
    f.accounts.upsert(third);
    f.backup.backupAccountId = third.id;
    f.save();
    f.secrets.remove(f.first.id, [](const accounts::SecretStore::Result &) {});
    const qint64 id = f.enqueue(); // handed over at once (no password), then the backup's server is down
    for (int run = 0; run < 12; ++run) {
        f.drain();
        const OutboxEntry entry = f.entry(id);
        EXPECT_EQ(entry.accountId, f.backup.id) << "run " << run;
        EXPECT_EQ(entry.originalAccountId, f.first.id);
        if (entry.state != MessageState::Retrying)
            break;
        f.now = entry.nextAttemptAt;
    }
    EXPECT_EQ(f.entry(id).state, MessageState::Failed) << "tried on the backup until its attempts ran out";
    EXPECT_EQ(thirdServer->connectionCount(), 0) << "a backup's backup is not used";

    // Backed up by each other: a message handed from the first to the backup never comes back.
    f.backup.backupAccountId = f.first.id;
    f.save();
    const qint64 other = f.enqueue();
    f.drain();
    EXPECT_EQ(f.entry(other).accountId, f.backup.id);
    f.now = f.now.addSecs(3 * 3600);
    f.drain();
    EXPECT_EQ(f.entry(other).accountId, f.backup.id) << "no ping-pong";
}

TEST(OutboxBackup, TheChosenFromIsUsedAndAnAddressTheBackupMaySendAsIsKept)
{
    {
        Fixture f;
        f.first.backupFrom = QStringLiteral("Ana Ruiz <ana@example.net>");
        f.save();
        f.secrets.remove(f.first.id, [](const accounts::SecretStore::Result &) {});
        const qint64 id = f.enqueue();
        f.serveBackup(signedInGreeting() + toBob(QStringLiteral("ana@example.net")) + quit());
        f.drain();
        EXPECT_EQ(f.entry(id).state, MessageState::Sent);
        EXPECT_EQ(f.entry(id).message.from.address, QStringLiteral("ana@example.net"));
        const QByteArray data = f.backupServer->messageData();
        EXPECT_TRUE(data.contains("From: Ana Ruiz <ana@example.net>\r\n")) << data.left(600).toStdString();
        EXPECT_TRUE(data.contains("Reply-To: Ana <ana@example.test>\r\n")) << data.left(600).toStdString();
        EXPECT_EQ(f.backupServer->scriptError(), QString());
    }
    {
        Fixture f;
        f.backup.aliases = {QStringLiteral("ana@example.test")}; // the backup may send as the first address
        f.save();
        f.secrets.remove(f.first.id, [](const accounts::SecretStore::Result &) {});
        const qint64 id = f.enqueue();
        f.serveBackup(signedInGreeting() + toBob(QStringLiteral("ana@example.test")) + quit());
        f.drain();
        EXPECT_EQ(f.entry(id).state, MessageState::Sent);
        EXPECT_EQ(f.entry(id).accountId, f.backup.id);
        const QByteArray data = f.backupServer->messageData();
        EXPECT_TRUE(data.contains("From: Ana <ana@example.test>\r\n")) << data.left(600).toStdString();
        EXPECT_FALSE(data.contains("Reply-To:")) << "the From did not change";
    }
}

namespace {
int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}
} // namespace

TEST(OutboxBackup, ARawMessageIsStoredAgainWithTheBackupsFrom)
{
    Fixture f;
    f.secrets.remove(f.first.id, [](const accounts::SecretStore::Result &) {});
    const QByteArray original = "From: Tienda Ana <ana@example.test>\r\nTo: bob@example.test\r\nSubject: Pedido 7\r\n"
                                "Date: Sat, 28 Nov 2026 10:00:00 +0000\r\nMessage-ID: <pedido7@example.test>\r\n\r\n"
                                "Su pedido ha salido.\r\n";
    mime::Message summary;
    summary.from = {QStringLiteral("Tienda Ana"), f.first.address};
    summary.to = {{QString(), QStringLiteral("bob@example.test")}};
    summary.subject = QStringLiteral("Pedido 7");
    summary.messageId = "pedido7@example.test";
    const std::optional<qint64> id = f.store.enqueueRaw(f.first.id, summary, original, f.now, nullptr);
    ASSERT_TRUE(id);
    f.serveBackup(signedInGreeting() + beaToBob() + quit());
    f.drain();
    const OutboxEntry sent = f.entry(*id);
    EXPECT_EQ(sent.state, MessageState::Sent);
    EXPECT_EQ(sent.accountId, f.backup.id);
    EXPECT_TRUE(sent.rawInline);
    QString why;
    EXPECT_TRUE(f.store.rawMessage(sent, &why).value_or(QByteArray()).contains("From: Tienda Ana <bea@example.test>"))
        << "the stored copy is the one sent";
    const QByteArray data = f.backupServer->messageData();
    EXPECT_TRUE(data.contains("From: Tienda Ana <bea@example.test>\r\n")) << data.toStdString();
    EXPECT_TRUE(data.contains("Reply-To: Tienda Ana <ana@example.test>\r\n")) << data.toStdString();
    EXPECT_TRUE(data.contains("Message-ID: <pedido7@example.test>\r\n")) << "the same message";
    EXPECT_TRUE(data.contains("Su pedido ha salido.")) << data.toStdString();
    EXPECT_EQ(data.count("From: "), 1) << "one From only";
    EXPECT_EQ(f.backupServer->scriptError(), QString());
}

TEST(OutboxBackup, ALargeRawMessageGetsANewFileWithTheBackupsFrom)
{
    Fixture f;
    f.secrets.remove(f.first.id, [](const accounts::SecretStore::Result &) {});
    QByteArray original = "From: Tienda Ana <ana@example.test>\r\nTo: bob@example.test\r\nSubject: Pedido 7\r\n"
                          "Date: Sat, 28 Nov 2026 10:00:00 +0000\r\nMessage-ID: <pedido7@example.test>\r\n\r\n";
    while (original.size() <= OutboxStore::InlineRawLimit)
        original += "Su pedido ha salido.\r\n";
    mime::Message summary;
    summary.from = {QStringLiteral("Tienda Ana"), f.first.address};
    summary.to = {{QString(), QStringLiteral("bob@example.test")}};
    summary.messageId = "pedido7@example.test";
    const std::optional<qint64> id = f.store.enqueueRaw(f.first.id, summary, original, f.now, nullptr);
    ASSERT_TRUE(id);
    const QString firstFile = f.entry(*id).rawMessagePath;
    ASSERT_FALSE(firstFile.isEmpty());
    f.serveBackup(signedInGreeting() + beaToBob() + quit());
    f.drain();
    const OutboxEntry sent = f.entry(*id);
    EXPECT_EQ(sent.state, MessageState::Sent);
    EXPECT_EQ(sent.accountId, f.backup.id);
    EXPECT_NE(sent.rawMessagePath, firstFile) << "a new file";
    EXPECT_EQ(modeOf(sent.rawMessagePath), 0600);
    QFile kept(firstFile);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), original) << "the first file is left as it was";
    const QByteArray data = f.backupServer->messageData();
    EXPECT_TRUE(data.startsWith("From: Tienda Ana <bea@example.test>\r\n")
                || data.contains("\r\nFrom: Tienda Ana <bea@example.test>\r\n"))
        << data.left(400).toStdString();
    EXPECT_EQ(f.backupServer->scriptError(), QString());
}

TEST(OutboxBackup, ALimitReplyOnOneOfSeveralConnectionsHandsEveryOtherMessageOverOnce)
{
    Fixture f;
    AcceptingSmtpServer firstServer;
    AcceptingSmtpServer backupServer;
    ASSERT_TRUE(firstServer.start());
    ASSERT_TRUE(backupServer.start());
    firstServer.answerFrom(5, "550 5.4.5 Daily user sending limit exceeded.");
    f.first.port = firstServer.serverPort();
    f.backup.port = backupServer.serverPort();
    f.save();
    QList<qint64> ids;
    for (int i = 0; i < 45; ++i)
        ids.append(f.enqueue());
    f.drain();
    for (int round = 0; round < 5 && !f.store.due(f.backup.id, f.now).isEmpty(); ++round)
        f.drain(); // what was handed over while the first account's connections closed
    int byFirst = 0;
    int byBackup = 0;
    for (qint64 id : std::as_const(ids)) {
        const OutboxEntry entry = f.entry(id);
        EXPECT_EQ(entry.state, MessageState::Sent) << id << ' ' << entry.lastError.toStdString();
        byFirst += entry.accountId == f.first.id;
        byBackup += entry.accountId == f.backup.id;
    }
    EXPECT_EQ(byFirst, 4) << "the four the first server took";
    EXPECT_EQ(byBackup, 41);
    QByteArrayList sent = firstServer.allMessageIds() + backupServer.allMessageIds();
    EXPECT_EQ(sent.size(), 45);
    EXPECT_EQ(QSet<QByteArray>(sent.begin(), sent.end()).size(), 45) << "each message once, by one account";
    EXPECT_GE(firstServer.mostAtOnce(), 2) << "the test's premise: several connections";
}

TEST(OutboxBackup, NoBackupOrABackupThatCannotSendEither)
{
    Fixture f;
    f.secrets.remove(f.first.id, [](const accounts::SecretStore::Result &) {});
    f.serveBackup(signedInGreeting());
    // The backup is paused by a limit of its own: the message waits with its account.
    f.store.setPause(f.backup.id, f.now.addSecs(3600), QStringLiteral("limit"));
    const qint64 id = f.enqueue();
    f.drain();
    EXPECT_EQ(f.entry(id).accountId, f.first.id);
    EXPECT_EQ(f.entry(id).state, MessageState::Queued);
    // A backup that no longer exists.
    f.store.setPause(f.backup.id, {}, {});
    f.first.backupAccountId = QStringLiteral("gone");
    f.save();
    f.now = f.entry(id).nextAttemptAt;
    f.drain();
    EXPECT_EQ(f.entry(id).accountId, f.first.id);
    EXPECT_EQ(f.backupConnections(), 0);
}

TEST(OutboxBackup, AVersion4OutboxIsMigrated)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("outbox.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const char *statement :
             {"CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT, account_id TEXT NOT NULL, state TEXT NOT "
              "NULL, message TEXT NOT NULL, subject TEXT, recipients TEXT, recipient_count INTEGER NOT NULL DEFAULT 0, "
              "created_at TEXT, updated_at TEXT, next_attempt_at TEXT, sent_at TEXT, attempts INTEGER NOT NULL "
              "DEFAULT 0, data_started INTEGER NOT NULL DEFAULT 0, last_error TEXT, diagnosis_id TEXT, final_reply "
              "TEXT, accepted TEXT, refused TEXT, transcript TEXT, size INTEGER NOT NULL DEFAULT 0, deferred TEXT)",
              "CREATE TABLE account_settings (account_id TEXT PRIMARY KEY, paused_until TEXT, pause_reason TEXT, "
              "ignore_limits INTEGER NOT NULL DEFAULT 0, server_size_limit INTEGER)",
              "INSERT INTO messages (account_id, state, message, subject, created_at, updated_at, sent_at) VALUES "
              "('acc1', 'sent', '{\"subject\":\"Antes\"}', 'Antes', '2026-11-27T10:00:00.000Z', "
              "'2026-11-27T10:00:00.000Z', '2026-11-27T10:00:00.000Z')",
              "PRAGMA user_version=4"})
            ASSERT_TRUE(query.exec(QString::fromLatin1(statement))) << statement;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));
    OutboxStore store;
    QString error;
    ASSERT_TRUE(store.open(path, &error)) << error.toStdString();
    const QList<OutboxEntry> entries = store.entries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().accountId, QStringLiteral("acc1"));
    EXPECT_TRUE(entries.first().originalAccountId.isEmpty());
    const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    store.noteUnreachable(QStringLiteral("acc1"), now);
    store.noteUnreachable(QStringLiteral("acc1"), now.addSecs(60));
    EXPECT_EQ(store.unreachableSince(QStringLiteral("acc1")), now) << "since the first failure";
    mime::Message summary;
    summary.from = {QString(), QStringLiteral("ana@example.test")};
    summary.to = {{QString(), QStringLiteral("bob@example.test")}};
    const std::optional<qint64> raw
        = store.enqueueRaw(QStringLiteral("acc1"), summary, "Subject: y\r\n\r\nhola\r\n", now, &error);
    ASSERT_TRUE(raw) << "version 6 keeps small raw messages inside: " << error.toStdString();
    EXPECT_EQ(store.rawMessage(*store.entry(*raw), &error), QByteArray("Subject: y\r\n\r\nhola\r\n"));
    OutboxStore again;
    ASSERT_TRUE(again.open(path, &error)) << "opened twice: no second migration";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 6);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));
}
