// The outbox's state machine against the scripted fake server, with an injected clock: sent, retried with
// back-off, failed with a diagnosis, uncertain (never resent), paused by a limit reply or by the documented
// limits, and recovered after a crash.
#include "AcceptingSmtpServer.h"
#include "OutboxScripts.h"
#include "OutboxTestBed.h"
#include "TestAccounts.h"
#include "ScriptedSmtpServer.h"

#include "accounts/KeychainSecretStore.h"
#include "outbox/Outbox.h"
#include "outbox/RetryAdvice.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::outbox;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

const QString Password = QStringLiteral("outbox-Pa55");

struct Fixture : OutboxTestBed {
    std::unique_ptr<ScriptedSmtpServer> server;
    accounts::Account account;

    Fixture(const QString &providerId = {})
    {
        account = localAccount(QStringLiteral("acc1"), QStringLiteral("ana@example.test"), QStringLiteral("127.0.0.1"));
        account.providerId = providerId;
        accounts.upsert(account);
        secrets.write(account.id, Password, [](const accounts::SecretStore::Result &) {});
        startOutbox();
    }

    void serve(const QStringList &script)
    {
        server = OutboxTestBed::serve(script, account);
        accounts.upsert(account);
    }

    qint64 enqueue(int recipients = 1, const QString &text = QStringLiteral("Hola"))
    {
        QString error;
        const std::optional<qint64> id = store.enqueue(
            account.id, invoice({QStringLiteral("Ana"), account.address}, recipients, text), now, &error);
        EXPECT_TRUE(id.has_value()) << error.toStdString();
        return id.value_or(0);
    }
};

// One statement on the outbox's file through a connection of its own, as a hand edit or another program would.
void editOutbox(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("editor"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("editor"));
}

} // namespace

TEST(Outbox, AMessageIsStoredBeforeSendingAndLoggedWhenSent)
{
    Fixture f;
    const qint64 id = f.enqueue();
    EXPECT_EQ(f.entry(id).state, MessageState::Queued) << "stored before any network work";
    EXPECT_FALSE(f.entry(id).message.messageId.isEmpty()) << "fixed once, so a retry sends the same message";
    f.serve(signedInGreeting() + anaToBob(QStringLiteral("S: 250 2.0.0 Ok: queued as ABC123")) + quit());
    f.drain();
    const OutboxEntry sent = f.entry(id);
    EXPECT_EQ(sent.state, MessageState::Sent);
    EXPECT_EQ(sent.sentAt, f.now);
    EXPECT_TRUE(sent.finalReply.contains(QStringLiteral("ABC123")));
    EXPECT_EQ(sent.accepted, QStringList{QStringLiteral("bob@example.test")});
    EXPECT_TRUE(sent.transcript.contains(QStringLiteral("AUTH PLAIN <redacted>")));
    EXPECT_TRUE(sent.transcript.contains(QStringLiteral("MAIL FROM")));
    EXPECT_FALSE(sent.transcript.contains(Password));
    EXPECT_EQ(f.server->scriptError(), QString());
    EXPECT_EQ(f.store.entries({MessageState::Sent}, {}, QStringLiteral("factu")).size(), 1) << "searchable";
}

TEST(Outbox, AMessageSentElsewhereIsLoggedAsSentAndNeverSentAgain)
{
    Fixture f;
    mime::Message message;
    message.from = {QStringLiteral("Ana"), f.account.address};
    message.to = {{QString(), QStringLiteral("ana@example.test")}};
    message.subject = QStringLiteral("Remitente test email");
    message.text = QStringLiteral("Hello");
    const std::optional<qint64> id
        = f.store.recordSent(f.account.id, message, f.now, QStringLiteral("250 2.0.0 Ok: queued as 4A"));
    ASSERT_TRUE(id.has_value()) << f.store.lastError().toStdString();
    const QList<OutboxEntry> sent = f.store.entries({MessageState::Sent}, f.account.id);
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent.first().message.subject, message.subject);
    EXPECT_EQ(sent.first().sentAt, f.now);
    EXPECT_EQ(sent.first().finalReply, QStringLiteral("250 2.0.0 Ok: queued as 4A"));
    EXPECT_EQ(sent.first().accepted, QStringList{QStringLiteral("ana@example.test")});
    EXPECT_TRUE(f.store.due(f.account.id, f.now.addDays(1)).isEmpty()) << "no sender picks it up";
}

TEST(Outbox, TemporaryFailuresComeBackWithGrowingWaits)
{
    Fixture f;
    const qint64 id = f.enqueue();
    f.serve(signedInGreeting() + anaToBob(QStringLiteral("S: 451 4.3.0 Try again later")) + resetAndQuit());
    f.drain();
    OutboxEntry entry = f.entry(id);
    EXPECT_EQ(entry.state, MessageState::Retrying);
    EXPECT_EQ(entry.attempts, 1);
    EXPECT_EQ(entry.nextAttemptAt, f.now.addSecs(60));
    EXPECT_EQ(entry.diagnosisId, QStringLiteral("reply-4.3.0"));

    // Not due yet: nothing happens.
    f.now = f.now.addSecs(30);
    f.serve(signedInGreeting());
    f.drain();
    EXPECT_EQ(f.server->connectionCount(), 0);

    f.now = f.now.addSecs(31);
    f.serve(signedInGreeting() + anaToBob(QStringLiteral("S: 451 4.3.0 Try again later")) + resetAndQuit());
    f.drain();
    entry = f.entry(id);
    EXPECT_EQ(entry.attempts, 2);
    EXPECT_EQ(entry.nextAttemptAt, f.now.addSecs(120)) << "doubled";

    f.now = f.now.addSecs(121);
    f.serve(signedInGreeting() + anaToBob(QStringLiteral("S: 250 ok")) + quit());
    f.drain();
    EXPECT_EQ(f.entry(id).state, MessageState::Sent);
}

TEST(Outbox, ANetworkFailureRetriesAndTooManyAttemptsFail)
{
    Fixture f;
    const qint64 id = f.enqueue();
    f.account.port = 1; // nothing listens
    f.accounts.upsert(f.account);
    for (int attempt = 1; attempt <= 8; ++attempt) {
        f.drain();
        const OutboxEntry entry = f.entry(id);
        EXPECT_EQ(entry.attempts, attempt);
        if (attempt < 8) {
            EXPECT_EQ(entry.state, MessageState::Retrying);
            f.now = entry.nextAttemptAt;
        } else {
            EXPECT_EQ(entry.state, MessageState::Failed) << "bounded attempts";
            EXPECT_EQ(entry.diagnosisId, QStringLiteral("connection-refused"));
        }
    }
}

TEST(Outbox, APermanentRefusalFailsWithItsDiagnosis)
{
    Fixture f;
    const qint64 id = f.enqueue();
    f.serve(signedInGreeting()
            + QStringList{QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: RCPT TO:<bob@example.test>"),
                          QStringLiteral("S: 550 5.1.1 <bob@example.test>: Recipient address rejected: User unknown"),
                          QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT")});
    f.drain();
    const OutboxEntry entry = f.entry(id);
    EXPECT_EQ(entry.state, MessageState::Failed);
    EXPECT_EQ(entry.diagnosisId, QStringLiteral("recipient-unknown"));
    EXPECT_EQ(entry.refused.size(), 1);
    EXPECT_TRUE(entry.refused.first().contains(QStringLiteral("5.1.1")));

    // A person can send it again once they fixed it.
    EXPECT_TRUE(f.store.retry(id, f.now));
    EXPECT_EQ(f.entry(id).state, MessageState::Queued);
}

TEST(Outbox, ALostConnectionAfterTheEndIsUncertainAndNeverResent)
{
    Fixture f;
    const qint64 id = f.enqueue();
    f.serve(signedInGreeting()
            + QStringList{QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("!data"),
                          QStringLiteral("!close")});
    f.drain();
    EXPECT_EQ(f.entry(id).state, MessageState::Uncertain);
    f.now = f.now.addDays(2);
    f.serve(signedInGreeting());
    f.drain();
    EXPECT_EQ(f.server->connectionCount(), 0) << "an uncertain message is never resent on its own";
}

TEST(Outbox, ALimitReplyPausesTheAccountsQueue)
{
    Fixture f;
    const qint64 first = f.enqueue();
    const qint64 second = f.enqueue();
    f.serve(signedInGreeting() + anaToBob(QStringLiteral("S: 550 5.4.5 Daily user sending limit exceeded."))
            + resetAndQuit());
    QSignalSpy held(f.outbox.get(), &Outbox::held);
    f.drain();
    EXPECT_EQ(f.entry(first).state, MessageState::Queued) << "kept, not failed";
    EXPECT_EQ(f.entry(second).state, MessageState::Queued);
    ASSERT_FALSE(held.isEmpty());
    EXPECT_EQ(held.first().at(2).toDateTime(), f.now.addDays(1));
    const auto paused = f.store.pause(f.account.id, f.now);
    ASSERT_TRUE(paused.has_value());

    f.now = f.now.addSecs(3600);
    f.serve(signedInGreeting());
    f.drain();
    EXPECT_EQ(f.server->connectionCount(), 0) << "paused for the rolling day";

    f.now = f.now.addDays(1);
    f.serve(signedInGreeting() + anaToBob(QStringLiteral("S: 250 ok")) + anaToBob(QStringLiteral("S: 250 ok"))
            + quit());
    f.drain();
    EXPECT_EQ(f.entry(first).state, MessageState::Sent);
    EXPECT_EQ(f.entry(second).state, MessageState::Sent);
    EXPECT_EQ(f.server->scriptError(), QString());
}

TEST(Outbox, DocumentedLimitsWarnAt80PercentAndHoldAt100)
{
    Fixture f(QStringLiteral("gmail")); // 500 recipients a day
    // 399 recipients already sent in the last day.
    OutboxEntry earlier = f.entry(f.enqueue(399));
    earlier.state = MessageState::Sent;
    earlier.sentAt = f.now.addSecs(-3600);
    ASSERT_TRUE(f.store.save(earlier));

    QSignalSpy warned(f.outbox.get(), &Outbox::limitWarning);
    QSignalSpy held(f.outbox.get(), &Outbox::held);
    const qint64 small = f.enqueue(1);
    f.serve(signedInGreeting() + anaToBob(QStringLiteral("S: 250 ok")) + quit());
    f.drain();
    EXPECT_EQ(f.entry(small).state, MessageState::Sent);
    ASSERT_EQ(warned.size(), 1) << "400 of 500";
    EXPECT_TRUE(warned.first().at(1).toString().contains(QStringLiteral("400 of 500")));

    const qint64 big = f.enqueue(101);
    f.serve(signedInGreeting());
    f.drain();
    EXPECT_EQ(f.entry(big).state, MessageState::Queued);
    ASSERT_EQ(held.size(), 1);
    EXPECT_EQ(held.first().at(2).toDateTime(), earlier.sentAt.addDays(1)) << "frees up when the oldest leaves the day";
    EXPECT_EQ(f.server->connectionCount(), 0);

    // The person overrides it for their own server.
    f.store.setIgnoreLimits(f.account.id, true);
    f.store.setPause(f.account.id, {}, {});
    QStringList script = signedInGreeting()
        + QStringList{QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 ok")};
    for (int i = 0; i < 101; ++i)
        script << QStringLiteral("C: RCPT TO:*") << QStringLiteral("S: 250 ok");
    script << QStringLiteral("C: DATA") << QStringLiteral("S: 354 go") << QStringLiteral("!data")
           << QStringLiteral("S: 250 ok") << QStringLiteral("C: QUIT");
    f.serve(script);
    f.drain();
    EXPECT_EQ(f.entry(big).state, MessageState::Sent);
}

TEST(Outbox, AfterACrashSendingMessagesAreQueuedOrUncertain)
{
    Fixture f;
    const qint64 notStarted = f.enqueue();
    const qint64 started = f.enqueue();
    ASSERT_EQ(f.store.claim({notStarted, started}, f.now), (QList<qint64>{notStarted, started}));
    EXPECT_EQ(f.store.claim({notStarted, started}, f.now), QList<qint64>{}) << "a claim is conditional and checked";
    ASSERT_TRUE(f.store.markDataStarted(started));
    EXPECT_EQ(f.store.recover(f.now), 2);
    EXPECT_EQ(f.entry(notStarted).state, MessageState::Queued) << "nothing of it went out: send it";
    EXPECT_EQ(f.entry(started).state, MessageState::Uncertain) << "it may have arrived: never twice";
}

TEST(Outbox, AttachmentsAreCopiedAndRemovedWithTheMessage)
{
    Fixture f;
    QTemporaryDir source;
    const QString path = source.filePath(QStringLiteral("factura.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 test");
    file.close();
    mime::Message message;
    message.from = {QString(), f.account.address};
    message.to = {{QString(), QStringLiteral("bob@example.test")}};
    message.attachments = {{path, {}, {}}};
    const std::optional<qint64> id = f.store.enqueue(f.account.id, message, f.now, nullptr);
    ASSERT_TRUE(id);
    QFile::remove(path); // the original goes away: the outbox still has it
    const OutboxEntry entry = f.entry(*id);
    ASSERT_EQ(entry.message.attachments.size(), 1);
    EXPECT_TRUE(QFile::exists(entry.message.attachments.first().path));
    EXPECT_EQ(entry.message.attachments.first().fileName, QStringLiteral("factura.pdf"));
    EXPECT_TRUE(f.store.remove(*id));
    EXPECT_FALSE(QFile::exists(entry.message.attachments.first().path));

    message.attachments = {{source.filePath(QStringLiteral("missing.pdf")), {}, {}}};
    QString error;
    EXPECT_FALSE(f.store.enqueue(f.account.id, message, f.now, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing.pdf")));
    EXPECT_TRUE(f.store.entries().isEmpty()) << "nothing half-queued";
}

TEST(Outbox, WhileAnotherProcessSendsThisOneWaitsAndLeavesItsMessagesAlone)
{
    Fixture f;
    // The other process: its own connection to the database, its lock, and a message it is sending now.
    OutboxStore otherStore;
    ASSERT_TRUE(otherStore.open(f.store.path(), nullptr));
    system::FileLock otherLock(otherStore.lockPath());
    ASSERT_EQ(otherLock.tryLock(), system::FileLock::Result::Locked);
    otherLock.describeHolder(QStringLiteral("remitente-cli (%1)").arg(QCoreApplication::applicationPid()));
    const qint64 theirs = f.enqueue();
    ASSERT_EQ(otherStore.claim({theirs}, f.now), QList<qint64>{theirs});
    const qint64 added = f.enqueue(); // this process only adds one

    f.serve(signedInGreeting() + anaToBob() + anaToBob() + quit());
    QSignalSpy waiting(f.outbox.get(), &Outbox::waitingForOtherSender);
    QSignalSpy idle(f.outbox.get(), &Outbox::idle);
    f.outbox->start(false);
    QTest::qWait(200);
    EXPECT_EQ(waiting.size(), 1) << "said once, however long it waits";
    EXPECT_TRUE(waiting.first().at(0).toString().contains(QString::number(QCoreApplication::applicationPid())));
    EXPECT_EQ(idle.size(), 0) << "it waits for its turn";
    EXPECT_EQ(f.server->connectionCount(), 0) << "exactly one process sends from an outbox";
    EXPECT_EQ(f.entry(theirs).state, MessageState::Sending) << "a live sender's message is not taken back";
    EXPECT_EQ(f.entry(added).state, MessageState::Queued);

    // The other process dies (the system releases its lock): its unfinished message, whose content never
    // started, and the added one go out once each.
    otherLock.unlock();
    ASSERT_TRUE(idle.wait(10000));
    EXPECT_EQ(f.entry(theirs).state, MessageState::Sent);
    EXPECT_EQ(f.entry(added).state, MessageState::Sent);
    EXPECT_EQ(f.server->connectionCount(), 1);
    EXPECT_EQ(f.server->scriptError(), QString());
}

TEST(Outbox, TheContentMarkerLandsOnTheMessageOnTheWireEvenAfterOneEndedEarly)
{
    Fixture f;
    // The server takes at most 1000 octets: the first message ends before MAIL FROM, the other two go out.
    const qint64 tooBig = f.enqueue(1, QString(2000, u'x'));
    const qint64 sent = f.enqueue();
    const qint64 lost = f.enqueue();
    f.serve(QStringList{QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO *"),
                        QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250-SIZE 1000"),
                        QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("C: AUTH PLAIN *"),
                        QStringLiteral("S: 235 ok")}
            + anaToBob(QStringLiteral("S: 250 ok: queued as SECOND"))
            + QStringList{QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("!data"),
                          QStringLiteral("!close")});
    f.drain();
    EXPECT_EQ(f.entry(tooBig).state, MessageState::Failed);
    EXPECT_FALSE(f.entry(tooBig).dataStarted) << "nothing of it went out";
    EXPECT_EQ(f.entry(sent).state, MessageState::Sent);
    EXPECT_TRUE(f.entry(sent).dataStarted);
    EXPECT_TRUE(f.entry(sent).finalReply.contains(QStringLiteral("SECOND")));
    EXPECT_EQ(f.entry(sent).transcript.count(QStringLiteral("MAIL FROM")), 1) << "its own transaction, not the head";
    EXPECT_EQ(f.entry(lost).state, MessageState::Uncertain);
    EXPECT_TRUE(f.entry(lost).dataStarted) << "marked before its content left, so a crash would not resend it";
    EXPECT_EQ(f.server->scriptError(), QString());
}

TEST(Outbox, RecipientsPutOffWithA4xxAreRetriedAloneAndNobodyGetsItTwice)
{
    Fixture f;
    const qint64 id = f.enqueue(3); // bob, r1, r2
    f.serve(signedInGreeting()
            + QStringList{QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: RCPT TO:<bob@example.test>"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: RCPT TO:<r1@example.test>"),
                          QStringLiteral("S: 452 4.5.3 Too many recipients"),
                          QStringLiteral("C: RCPT TO:<r2@example.test>"),
                          QStringLiteral("S: 550 5.1.1 <r2@example.test>: User unknown"), QStringLiteral("C: DATA"),
                          QStringLiteral("S: 354 go"), QStringLiteral("!data"), QStringLiteral("S: 250 ok")}
            + quit());
    f.drain();
    OutboxEntry entry = f.entry(id);
    EXPECT_EQ(entry.state, MessageState::Retrying) << "a 4xx is not a refusal for good";
    EXPECT_EQ(entry.accepted, QStringList{QStringLiteral("bob@example.test")});
    EXPECT_EQ(entry.deferred, QStringList{QStringLiteral("r1@example.test")});
    ASSERT_EQ(entry.refused.size(), 1);
    EXPECT_TRUE(entry.refused.first().startsWith(QStringLiteral("r2@example.test")));
    EXPECT_EQ(entry.nextAttemptAt, f.now.addSecs(60));

    f.now = entry.nextAttemptAt;
    f.serve(signedInGreeting()
            + QStringList{QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: RCPT TO:<r1@example.test>"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("!data"),
                          QStringLiteral("S: 250 ok")}
            + quit());
    f.drain();
    EXPECT_EQ(f.server->scriptError(), QString()) << "only the recipient put off, not bob again";
    entry = f.entry(id);
    EXPECT_EQ(entry.state, MessageState::Sent);
    EXPECT_EQ(entry.accepted, (QStringList{QStringLiteral("bob@example.test"), QStringLiteral("r1@example.test")}));
    EXPECT_TRUE(entry.deferred.isEmpty());
    EXPECT_EQ(entry.refused.size(), 1);
}

TEST(Outbox, WithoutItsPasswordAMessageWaitsAndNoAttemptIsCounted)
{
    Fixture f;
    const qint64 id = f.enqueue();
    f.secrets.remove(f.account.id, [](const accounts::SecretStore::Result &) {});
    f.serve(signedInGreeting());
    for (int run = 0; run < 10; ++run) {
        f.drain();
        const OutboxEntry entry = f.entry(id);
        EXPECT_EQ(entry.state, MessageState::Queued) << "a problem of this computer, not of the message";
        EXPECT_EQ(entry.attempts, 0);
        EXPECT_FALSE(entry.lastError.isEmpty()) << "says why";
        EXPECT_EQ(entry.nextAttemptAt, f.now.addSecs(300));
        f.now = entry.nextAttemptAt;
    }
    EXPECT_EQ(f.server->connectionCount(), 0);
}

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

TEST(Outbox, OutboxFilesArePrivateWhateverTheUmask)
{
    const mode_t old = umask(0);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("data/outbox.sqlite"));
    {
        OutboxStore store;
        ASSERT_TRUE(store.open(path, nullptr));
        const QString attachment = folder.filePath(QStringLiteral("open.txt"));
        QFile file(attachment);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("shared");
        file.close();
        ASSERT_TRUE(QFile::setPermissions(attachment, QFileDevice::Permissions(0x6666)));
        mime::Message message;
        message.from = {QString(), QStringLiteral("ana@example.test")};
        message.to = {{QString(), QStringLiteral("bob@example.test")}};
        message.attachments = {{attachment, {}, {}}};
        const std::optional<qint64> id
            = store.enqueue(QStringLiteral("acc1"), message, QDateTime::currentDateTimeUtc(), nullptr);
        ASSERT_TRUE(id);
        const QString copy = store.entry(*id)->message.attachments.first().path;
        EXPECT_EQ(modeOf(copy), 0600);
        EXPECT_EQ(modeOf(store.attachmentsFolder(*id)), 0700);
        EXPECT_EQ(modeOf(store.attachmentsFolder(*id) + QStringLiteral("/..")), 0700);
        EXPECT_EQ(modeOf(folder.filePath(QStringLiteral("data"))), 0700);
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
            EXPECT_EQ(modeOf(file), 0600) << file.toStdString();
        }
        // Not a regular file: refused, not stored as an empty "zero".
        message.attachments = {{QStringLiteral("/dev/zero"), {}, {}}};
        QString error;
        EXPECT_FALSE(store.enqueue(QStringLiteral("acc1"), message, QDateTime::currentDateTimeUtc(), &error));
        EXPECT_TRUE(error.contains(QStringLiteral("/dev/zero"))) << error.toStdString();
        message.attachments = {{folder.path(), {}, {}}};
        EXPECT_FALSE(store.enqueue(QStringLiteral("acc1"), message, QDateTime::currentDateTimeUtc(), &error));
        EXPECT_TRUE(error.contains(QStringLiteral("folder"))) << error.toStdString();
    }
    umask(old);
}

TEST(Outbox, ADamagedOutboxIsKeptAndNamedNotRead)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("outbox.sqlite"));
    {
        OutboxStore store;
        ASSERT_TRUE(store.open(path, nullptr));
        const mime::Message message = plainMessage(QStringLiteral("ana@example.test"),
                                                   QStringLiteral("bob@example.test"), {}, QString(3000, u'y'));
        for (int i = 0; i < 50; ++i)
            ASSERT_TRUE(store.enqueue(QStringLiteral("acc1"), message, QDateTime::currentDateTimeUtc(), nullptr));
    }
    {
        // Checkpointed into the main file by the last close: scramble every page after the header page.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_GT(file.size(), 8192);
        QByteArray noise(int(file.size() - 4096), '\0');
        quint32 x = 12345;
        for (char &c : noise) {
            x = x * 1103515245u + 12345u;
            c = char(x >> 24);
        }
        file.seek(4096);
        file.write(noise);
    }
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    OutboxStore store;
    QString error;
    EXPECT_FALSE(store.open(path, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("damaged"))) << error.toStdString();
    const QByteArray after = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    EXPECT_EQ(before, after) << "kept as it is";
}

TEST(Outbox, ADamagedAccountListKeepsMessagesQueuedAndSaysWhy)
{
    Fixture f;
    const qint64 id = f.enqueue();
    // The account's entry was damaged by hand (a port written as text): it cannot be read, the rest can.
    const QString path = f.folder.filePath(QStringLiteral("damaged-accounts.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": 1, "accounts": [{"id": "acc1", "address": "ana@example.test", "host": "127.0.0.1",
                   "port": "465", "security": "tls", "username": "ana@example.test"}]})");
    file.close();
    accounts::AccountStore damaged(path);
    damaged.load();
    ASSERT_FALSE(damaged.problem().isEmpty());
    Outbox outbox(f.store, damaged, f.planner, f.catalogue, f.settings);
    QSignalSpy idle(&outbox, &Outbox::idle);
    outbox.kick();
    ASSERT_TRUE(idle.count() > 0 || idle.wait(5000));
    const OutboxEntry entry = f.entry(id);
    EXPECT_EQ(entry.state, MessageState::Queued) << "a local configuration problem is not the message's";
    EXPECT_EQ(entry.attempts, 0);
    EXPECT_TRUE(entry.lastError.contains(QStringLiteral("port"))) << entry.lastError.toStdString();
}

TEST(Outbox, TheServersSizeIsNotedAndAMessageOverItIsOnlyWorthEditing)
{
    Fixture f;
    EXPECT_EQ(f.store.serverSizeLimit(f.account.id), std::nullopt) << "nothing known before a connection";
    const QStringList greetingWithSize = {QStringLiteral("S: 220 fake.test ESMTP"),
                                          QStringLiteral("C: EHLO *"),
                                          QStringLiteral("S: 250-fake.test"),
                                          QStringLiteral("S: 250-SIZE 30000"),
                                          QStringLiteral("S: 250 AUTH PLAIN"),
                                          QStringLiteral("C: AUTH PLAIN *"),
                                          QStringLiteral("S: 235 ok")};
    const qint64 small = f.enqueue();
    f.serve(greetingWithSize + anaToBob() + quit());
    f.drain();
    EXPECT_EQ(f.entry(small).state, MessageState::Sent);
    EXPECT_EQ(f.store.serverSizeLimit(f.account.id), 30000) << "for the composer's warning before the next one";

    const qint64 big = f.enqueue(1, QString(40000, u'x'));
    f.serve(greetingWithSize + quit());
    f.drain();
    const OutboxEntry refused = f.entry(big);
    EXPECT_EQ(refused.state, MessageState::Failed);
    EXPECT_EQ(refused.diagnosisId, QStringLiteral("message-too-large"));
    EXPECT_FALSE(retryCanHelp(refused)) << "the same message can never go: edit it";
}

TEST(Outbox, RetryIsWorthItUnlessTheServerRefusedThisMessageForGood)
{
    OutboxEntry entry;
    entry.state = MessageState::Failed;
    for (const auto &[diagnosisId, worthIt] : std::initializer_list<std::pair<const char *, bool>>{
             {"message-too-large", false},
             {"recipient-unknown", false},
             {"reply-5.1.1", false},
             {"reply-5.6.0", false},
             {"reply-4.3.2", true}, // tried too often: may still work later
             {"reply-5.7.1", true}, // a policy of the account's: may change
             {"sender-not-owned", true},
             {"", true}}) {
        entry.diagnosisId = QString::fromLatin1(diagnosisId);
        EXPECT_EQ(retryCanHelp(entry), worthIt) << diagnosisId;
    }
    entry.state = MessageState::Retrying;
    entry.diagnosisId = QStringLiteral("message-too-large");
    EXPECT_TRUE(retryCanHelp(entry)) << "only failed messages are judged";
}

TEST(Outbox, ALongQueueGoesOutOnSeveralConnectionsEachMessageOnce)
{
    Fixture f;
    AcceptingSmtpServer server;
    ASSERT_TRUE(server.start());
    f.account.port = server.serverPort();
    f.accounts.upsert(f.account);
    QList<qint64> ids;
    for (int i = 0; i < 45; ++i)
        ids.append(f.enqueue());
    f.drain();
    for (qint64 id : std::as_const(ids))
        EXPECT_EQ(f.entry(id).state, MessageState::Sent) << id;
    const QByteArrayList sent = server.allMessageIds();
    EXPECT_EQ(sent.size(), 45);
    EXPECT_EQ(QSet<QByteArray>(sent.begin(), sent.end()).size(), 45) << "each message once";
    EXPECT_EQ(server.connectionCount(), 3) << "20 + 20 + 5: connectionsPerAccount, messagesPerConnection";
    EXPECT_GE(server.mostAtOnce(), 2);
    EXPECT_LE(server.mostAtOnce(), f.settings.connectionsPerAccount);
    for (const QByteArrayList &onOne : server.messageIdsByConnection())
        EXPECT_LE(onOne.size(), 20);
}

TEST(Outbox, ALimitReplyOnOneConnectionStopsAllOfTheAccounts)
{
    Fixture f;
    AcceptingSmtpServer server;
    ASSERT_TRUE(server.start());
    server.answerFrom(5, "550 5.4.5 Daily user sending limit exceeded.");
    f.account.port = server.serverPort();
    f.accounts.upsert(f.account);
    QList<qint64> ids;
    for (int i = 0; i < 45; ++i)
        ids.append(f.enqueue());
    f.drain();
    int sent = 0;
    for (qint64 id : std::as_const(ids)) {
        const MessageState state = f.entry(id).state;
        sent += state == MessageState::Sent;
        EXPECT_TRUE(state == MessageState::Sent || state == MessageState::Queued)
            << messageStateName(state).toStdString();
    }
    EXPECT_EQ(sent, 4) << "the four the server took; the rest wait, none failed";
    EXPECT_TRUE(f.store.pause(f.account.id, f.now).has_value());
    const int connections = server.connectionCount();
    f.now = f.now.addSecs(3600);
    f.drain();
    EXPECT_EQ(server.connectionCount(), connections) << "paused: no connection opens";
}

namespace {
// The account sends to an AcceptingSmtpServer over two connections, one message each: for what a reply on one
// connection does to the other's message.
bool oneMessagePerConnection(Fixture &f, AcceptingSmtpServer &server)
{
    f.settings.connectionsPerAccount = 2;
    f.settings.messagesPerConnection = 1;
    f.startOutbox();
    if (!server.start())
        return false;
    f.account.port = server.serverPort();
    f.accounts.upsert(f.account);
    return true;
}
} // namespace

TEST(Outbox, APermanentRefusalDuringAnotherConnectionsLimitPauseFailsItsMessage)
{
    // Two connections, each carrying its message: one gets a limit reply, then the other's content is refused for
    // good. The limit pauses the account, but the refused message must not wait to be refused again after it.
    Fixture f;
    AcceptingSmtpServer server;
    ASSERT_TRUE(oneMessagePerConnection(f, server));
    server.answerMessagesContaining("limit-here", "550 5.4.5 Daily user sending limit exceeded.", 100);
    server.answerMessagesContaining("refused-here", "554 5.6.0 Message content refused.", 600);
    const qint64 limited = f.enqueue(1, QStringLiteral("limit-here"));
    const qint64 refused = f.enqueue(1, QStringLiteral("refused-here"));
    f.drain();
    ASSERT_EQ(server.connectionCount(), 2) << "the test's premise: one message on each connection";
    ASSERT_TRUE(f.store.pause(f.account.id, f.now).has_value()) << "the test's premise: the limit paused it";
    EXPECT_EQ(f.entry(limited).state, MessageState::Queued) << "waits out the limit";
    const OutboxEntry failed = f.entry(refused);
    EXPECT_EQ(failed.state, MessageState::Failed) << messageStateName(failed.state).toStdString();
    EXPECT_TRUE(failed.lastError.contains(QStringLiteral("5.6.0"))) << failed.lastError.toStdString();
}

TEST(Outbox, AShorterLimitReplyDuringAnotherConnectionsLimitPauseDoesNotShortenThePause)
{
    // One connection's message gets Gmail's daily limit (24 hours), then the other's gets an hourly limit reply, also a
    // 5xx. The account is over its daily limit: the second reply must not bring sending back after an hour.
    Fixture f;
    AcceptingSmtpServer server;
    ASSERT_TRUE(oneMessagePerConnection(f, server));
    server.answerMessagesContaining("daily-here", "550 5.4.5 Daily user sending limit exceeded.", 100);
    server.answerMessagesContaining("hourly-here", "550 5.7.1 You have exceeded the max emails per hour.", 600);
    const qint64 daily = f.enqueue(1, QStringLiteral("daily-here"));
    const qint64 hourly = f.enqueue(1, QStringLiteral("hourly-here"));
    f.drain();
    ASSERT_EQ(server.connectionCount(), 2) << "the test's premise: one message on each connection";
    const auto pause = f.store.pause(f.account.id, f.now);
    ASSERT_TRUE(pause.has_value()) << "the test's premise: the limit paused it";
    EXPECT_GE(pause->first, f.now.addSecs(23 * 3600))
        << "paused until " << pause->first.toString(Qt::ISODate).toStdString() << " for "
        << pause->second.toStdString();
    EXPECT_EQ(f.entry(daily).state, MessageState::Queued);
    EXPECT_EQ(f.entry(hourly).state, MessageState::Queued);
    EXPECT_GE(f.entry(daily).nextAttemptAt, f.now.addSecs(23 * 3600));
}

TEST(Outbox, ASharedSignInIsNotPassedOnOnceItIsOlderThanFiveMinutes)
{
    // A connection that joins the account's others uses their sign-in, which is as old as the first one's: when
    // that one closes, the joined connection must not make the sign-in look new to the next connection that joins.
    Fixture f;
    f.settings.connectionsPerAccount = 2;
    f.settings.messagesPerConnection = 2;
    f.startOutbox();
    AcceptingSmtpServer server;
    ASSERT_TRUE(server.start());
    f.account.port = server.serverPort();
    f.accounts.upsert(f.account);
    const QString renewed = QStringLiteral("renewed-Pa55"); // what a sign-in made from now on reads
    const QDateTime start = f.now;
    const QList<qint64> first = {f.enqueue(), f.enqueue()}; // connection 1, signed in at 10:00
    QList<qint64> second;
    qint64 third = 0;
    bool firstClosedBeforeThird = false;
    QObject::connect(f.outbox.get(), &Outbox::changed, [&](qint64 id) {
        if (!id || f.entry(id).state != MessageState::Sent)
            return;
        if (id == first.first() && second.isEmpty()) {
            // 10:04, connection 1 still open: a program queues many more, connection 2 joins its sign-in.
            f.now = start.addSecs(4 * 60);
            f.secrets.write(f.account.id, renewed, [](const accounts::SecretStore::Result &) {});
            for (int i = 0; i < 200; ++i)
                second.append(f.enqueue());
            QTimer::singleShot(0, f.outbox.get(), &Outbox::kick);
        } else if (second.size() > 100 && id == second.at(100) && !third) {
            // 10:08, connection 1 closed long ago, connection 2 busy: one more is queued. The sign-in both used
            // is 8 minutes old.
            firstClosedBeforeThird = server.openNow() == 1;
            f.now = start.addSecs(8 * 60);
            third = f.enqueue();
            QTimer::singleShot(0, f.outbox.get(), &Outbox::kick);
        }
    });
    f.drain();
    ASSERT_TRUE(third);
    ASSERT_TRUE(firstClosedBeforeThird) << "the test's premise";
    EXPECT_EQ(f.entry(third).state, MessageState::Sent);
    const QByteArrayList signIns = server.signIns();
    ASSERT_EQ(signIns.size(), 3);
    auto password = [](const QByteArray &auth) {
        return QByteArray::fromBase64(auth.mid(11)).split('\0').value(2).toStdString();
    };
    EXPECT_EQ(password(signIns.at(0)), Password.toStdString());
    EXPECT_EQ(password(signIns.at(1)), Password.toStdString()) << "joined while the sign-in was 4 minutes old";
    EXPECT_EQ(password(signIns.at(2)), renewed.toStdString()) << "an 8-minute-old sign-in is not shared: a new one";
    const QByteArrayList sent = server.allMessageIds();
    EXPECT_EQ(sent.size(), 203);
    EXPECT_EQ(QSet<QByteArray>(sent.begin(), sent.end()).size(), 203) << "each message once";
}

TEST(Outbox, AKickFromInsideItsOwnSignalsOpensNoMoreConnectionsThanAllowed)
{
    // Whoever listens to changed() may kick the outbox at once (a window that refreshes and asks to send now):
    // that must not open connections beside the one being set up, each with a sign-in of its own.
    Fixture f;
    AcceptingSmtpServer server;
    ASSERT_TRUE(server.start());
    f.account.port = server.serverPort();
    f.accounts.upsert(f.account);
    QList<qint64> ids;
    for (int i = 0; i < 120; ++i)
        ids.append(f.enqueue());
    QObject::connect(f.outbox.get(), &Outbox::changed, f.outbox.get(), &Outbox::kick);
    f.drain();
    for (qint64 id : std::as_const(ids))
        EXPECT_EQ(f.entry(id).state, MessageState::Sent) << id;
    const QByteArrayList sent = server.allMessageIds();
    EXPECT_EQ(sent.size(), 120);
    EXPECT_EQ(QSet<QByteArray>(sent.begin(), sent.end()).size(), 120) << "each message once";
    EXPECT_LE(server.mostAtOnce(), f.settings.connectionsPerAccount);
}

TEST(Outbox, DocumentedLimitsHoldAcrossSeveralConnections)
{
    Fixture f(QStringLiteral("gmail")); // 500 recipients a day
    AcceptingSmtpServer server;
    ASSERT_TRUE(server.start());
    f.account.port = server.serverPort();
    f.accounts.upsert(f.account);
    OutboxEntry earlier = f.entry(f.enqueue(100)); // 100 recipients already sent in the last day
    earlier.state = MessageState::Sent;
    earlier.sentAt = f.now.addSecs(-3600);
    ASSERT_TRUE(f.store.save(earlier));
    QList<qint64> ids;
    for (int i = 0; i < 150; ++i)
        ids.append(f.enqueue(3));
    QSignalSpy held(f.outbox.get(), &Outbox::held);
    f.drain();
    int sent = 0;
    for (qint64 id : std::as_const(ids)) {
        const MessageState state = f.entry(id).state;
        sent += state == MessageState::Sent;
        EXPECT_TRUE(state == MessageState::Sent || state == MessageState::Queued)
            << messageStateName(state).toStdString();
    }
    EXPECT_EQ(sent, 133) << "100 + 133 * 3 = 499 recipients: the 134th message would pass 500";
    EXPECT_EQ(server.allMessageIds().size(), 133);
    EXPECT_GE(server.mostAtOnce(), 2) << "the test's premise: several connections";
    EXPECT_FALSE(held.isEmpty());
}

TEST(Outbox, AnotherProgramsSmallMessageIsKeptInsideTheOutboxAndSentByteForByte)
{
    Fixture f;
    mime::Message summary;
    summary.from = {QStringLiteral("Tienda"), f.account.address};
    summary.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
    summary.subject = QStringLiteral("Pedido 42");
    const QByteArray bytes = "From: Tienda <ana@example.test>\r\nTo: Bob <bob@example.test>\r\nSubject: Pedido 42\r\n"
                             "X-Shop: 7\r\n\r\n..a line that starts with a dot\r\nÑandú\r\n";
    QString error;
    const std::optional<qint64> id = f.store.enqueueRaw(f.account.id, summary, bytes, f.now, &error);
    ASSERT_TRUE(id) << error.toStdString();
    const OutboxEntry queued = f.entry(*id);
    ASSERT_TRUE(queued.isRaw());
    EXPECT_TRUE(queued.rawInline);
    EXPECT_TRUE(queued.rawMessagePath.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(f.store.attachmentsFolder(*id))) << "no file: one disk sync stores it";
    EXPECT_EQ(queued.message.subject, QStringLiteral("Pedido 42"));
    EXPECT_EQ(queued.size, bytes.size());
    EXPECT_EQ(f.store.rawMessage(queued, &error), bytes);

    f.serve(signedInGreeting() + anaToBob() + quit());
    f.drain();
    EXPECT_EQ(f.entry(*id).state, MessageState::Sent);
    EXPECT_EQ(f.server->messageData(), QByteArray(bytes).replace("\r\n..a line", "\r\n...a line") + ".\r\n");
}

TEST(Outbox, AnotherProgramsLargeMessageIsKeptPrivateInAFileAndSentByteForByte)
{
    Fixture f;
    mime::Message summary;
    summary.from = {QStringLiteral("Tienda"), f.account.address};
    summary.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
    summary.subject = QStringLiteral("Catálogo");
    QByteArray bytes = "From: Tienda <ana@example.test>\r\nTo: Bob <bob@example.test>\r\nSubject: Catalogo\r\n\r\n"
                       "..a line that starts with a dot\r\n";
    while (bytes.size() <= OutboxStore::InlineRawLimit)
        bytes += QByteArray(76, 'A') + "\r\n";
    QString error;
    const std::optional<qint64> id = f.store.enqueueRaw(f.account.id, summary, bytes, f.now, &error);
    ASSERT_TRUE(id) << error.toStdString();
    const OutboxEntry queued = f.entry(*id);
    ASSERT_TRUE(queued.isRaw());
    EXPECT_FALSE(queued.rawInline);
    QFile stored(queued.rawMessagePath);
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    EXPECT_EQ(stored.readAll(), bytes);
    EXPECT_EQ(
        stored.permissions()
            & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::Permissions());

    f.serve(signedInGreeting() + anaToBob() + quit());
    f.drain();
    EXPECT_EQ(f.entry(*id).state, MessageState::Sent);
    EXPECT_EQ(f.server->messageData(), QByteArray(bytes).replace("\r\n..a line", "\r\n...a line") + ".\r\n");
    EXPECT_TRUE(f.store.remove(*id));
    EXPECT_FALSE(QFile::exists(queued.rawMessagePath));
}

TEST(Outbox, AMissingCopyOfAProgramsMessageFailsItWithTheReasonAndSendsNothing)
{
    Fixture f;
    mime::Message summary;
    summary.from = {QString(), f.account.address};
    summary.to = {{QString(), QStringLiteral("bob@example.test")}};
    const std::optional<qint64> large = f.store.enqueueRaw(
        f.account.id, summary,
        "Subject: x\r\n\r\n"
            + QByteArray(OutboxStore::InlineRawLimit, 'a').replace(QByteArray(70, 'a'), QByteArray(70, 'a') + "\r\n"),
        f.now, nullptr);
    ASSERT_TRUE(large);
    ASSERT_TRUE(QFile::remove(f.entry(*large).rawMessagePath));
    const std::optional<qint64> small
        = f.store.enqueueRaw(f.account.id, summary, "Subject: y\r\n\r\nhola\r\n", f.now, nullptr);
    ASSERT_TRUE(small);
    // The database's copy gone too (a hand edit): found when its turn comes, before MAIL FROM.
    editOutbox(f.store.path(), QStringLiteral("UPDATE messages SET raw = NULL WHERE id = %1").arg(*small));
    f.serve(signedInGreeting() + quit());
    f.drain();
    for (const qint64 id : {*large, *small}) {
        const OutboxEntry failed = f.entry(id);
        EXPECT_EQ(failed.state, MessageState::Failed) << id;
        EXPECT_TRUE(failed.lastError.contains(QStringLiteral("cannot be read"))) << failed.lastError.toStdString();
    }
    EXPECT_FALSE(f.server->receivedBytes().contains("MAIL FROM"));
}

TEST(Outbox, AnUpgradeCutShortBeforeItsVersionWasWrittenStillOpens)
{
    // What a crash (or a second program opening the same version 5 outbox at once) leaves: the raw column added,
    // the version still 5. The outbox must open, not stop every sender with "duplicate column name: raw".
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("outbox.sqlite"));
    {
        OutboxStore store;
        ASSERT_TRUE(store.open(path, nullptr));
    }
    editOutbox(path, QStringLiteral("PRAGMA user_version=5"));
    OutboxStore store;
    QString error;
    EXPECT_TRUE(store.open(path, &error)) << error.toStdString();
}

TEST(Outbox, AnOutboxWrittenByANewerVersionIsRefusedUntouched)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("outbox.sqlite"));
    {
        OutboxStore store;
        ASSERT_TRUE(store.open(path, nullptr));
    }
    editOutbox(path, QStringLiteral("PRAGMA user_version=99"));
    OutboxStore store;
    QString error;
    EXPECT_FALSE(store.open(path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer version"))) << error.toStdString();
}
