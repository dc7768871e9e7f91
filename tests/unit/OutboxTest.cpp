// The outbox's state machine against the scripted fake server, with an injected clock: sent, retried with
// back-off, failed with a diagnosis, uncertain (never resent), paused by a limit reply or by the documented
// limits, and recovered after a crash.
#include "OutboxScripts.h"
#include "ScriptedSmtpServer.h"

#include "accounts/KeychainSecretStore.h"
#include "outbox/Outbox.h"

#include <QSignalSpy>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::outbox;
using namespace remitente::testing;
using namespace std::chrono_literals;

namespace {

const QString Password = QStringLiteral("outbox-Pa55");

QStringList quit()
{
    return {QStringLiteral("C: QUIT")};
}

// After a failed transaction the client says RSET before going on (here: before QUIT).
QStringList resetAndQuit()
{
    return {QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"), QStringLiteral("C: QUIT")};
}

struct Fixture {
    QTemporaryDir folder;
    QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    OutboxStore store;
    accounts::AccountStore accounts{folder.filePath(QStringLiteral("accounts.json"))};
    accounts::SessionSecretStore secrets;
    providers::ProviderCatalogue catalogue = *providers::ProviderCatalogue::load();
    std::unique_ptr<ScriptedSmtpServer> server;
    std::unique_ptr<Outbox> outbox;
    accounts::Account account;

    Fixture(const QString &providerId = {})
    {
        EXPECT_TRUE(store.open(folder.filePath(QStringLiteral("outbox.sqlite")), nullptr));
        account.id = QStringLiteral("acc1");
        account.address = QStringLiteral("ana@example.test");
        account.host = QStringLiteral("127.0.0.1");
        account.security = smtp::Security::ImplicitTls;
        account.username = account.address;
        account.providerId = providerId;
        accounts.upsert(account);
        secrets.write(account.id, Password, [](const accounts::SecretStore::Result &) {});
        OutboxSettings settings;
        settings.clock = [this] { return now; };
        settings.timeouts = {2000ms, 2000ms, 2000ms, 2000ms, 2000ms};
        settings.extraCaCertificates = QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")));
        outbox = std::make_unique<Outbox>(store, accounts, secrets, catalogue, settings);
    }

    void serve(const QStringList &script)
    {
        server = std::make_unique<ScriptedSmtpServer>(script, ScriptedSmtpServer::Transport::ImplicitTls);
        ASSERT_TRUE(server->start());
        account.port = server->serverPort();
        accounts.upsert(account);
    }

    qint64 enqueue(int recipients = 1)
    {
        mime::Message message;
        message.from = {QStringLiteral("Ana"), account.address};
        message.to = {{QString(), QStringLiteral("bob@example.test")}};
        for (int i = 1; i < recipients; ++i)
            message.bcc.append({QString(), QStringLiteral("r%1@example.test").arg(i)});
        message.subject = QStringLiteral("Factura");
        message.text = QStringLiteral("Hola");
        QString error;
        const std::optional<qint64> id = store.enqueue(account.id, message, now, &error);
        EXPECT_TRUE(id.has_value()) << error.toStdString();
        return id.value_or(0);
    }

    // Sends what is due and waits until the outbox has nothing more to do now.
    void drain()
    {
        QSignalSpy idle(outbox.get(), &Outbox::idle);
        outbox->kick();
        ASSERT_TRUE(idle.count() > 0 || idle.wait(10000));
        QTest::qWait(20); // the fake server reads the QUIT
    }

    OutboxEntry entry(qint64 id) { return store.entry(id).value_or(OutboxEntry{}); }
};

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
            + QStringList {QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 ok"),
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
            + QStringList {QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 ok"),
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
    f.serve(signedInGreeting() + anaToBob(QStringLiteral("S: 550 5.4.5 Daily user sending limit exceeded.")) +
            resetAndQuit());
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
    f.serve(signedInGreeting() + anaToBob(QStringLiteral("S: 250 ok")) + anaToBob(QStringLiteral("S: 250 ok")) +
            quit());
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
    f.store.save(earlier);

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
        + QStringList {QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 ok")};
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
    f.store.markSending({notStarted, started}, f.now);
    f.store.markDataStarted(started);
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
