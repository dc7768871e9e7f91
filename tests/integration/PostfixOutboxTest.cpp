// The outbox against the local Postfix: 1,000 queued messages drained over reused connections, and a backup account
// taking over when the first account's port is closed; every message delivered exactly once (counted in the Maildir).
#include "ScriptedSmtpServer.h"
#include "TestAccounts.h"
#include "TestMailServer.h"

#include "accounts/KeychainSecretStore.h"
#include "outbox/Outbox.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;

namespace {
// How many times each "<run> #n" subject arrived in bench's Maildir.
QMap<int, int> deliveredNumbers(const QByteArray &run)
{
    QMap<int, int> counts;
    QDirIterator files(TestMailServer::maildir("bench"), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray head = file.read(4096);
        const qsizetype at = head.indexOf("Subject: " + run + " #");
        if (at < 0)
            continue;
        const qsizetype start = at + 9 + run.size() + 2;
        counts[head.mid(start, head.indexOf('\n', start) - start).trimmed().toInt()]
            += 1; // Maildir files end lines with LF
    }
    return counts;
}
} // namespace

TEST(PostfixOutbox, AThousandQueuedMessagesAreEachDeliveredExactlyOnce)
{
    constexpr int total = 1000;
    QTemporaryDir folder;
    outbox::OutboxStore store;
    ASSERT_TRUE(store.open(folder.filePath(QStringLiteral("outbox.sqlite")), nullptr));
    accounts::AccountStore accounts(folder.filePath(QStringLiteral("accounts.json")));
    const accounts::Account account
        = localAccount(QStringLiteral("postfix"), TestMailServer::user("ana"), QStringLiteral("localhost"));
    accounts.upsert(account);
    accounts::SessionSecretStore secrets;
    secrets.write(account.id, TestMailServer::password(), [](const accounts::SecretStore::Result &) {});
    const providers::ProviderCatalogue &catalogue = builtInCatalogue();

    const QByteArray run = "outbox-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < total; ++i) {
        mime::Message message;
        message.from = {QStringLiteral("Ana"), account.address};
        message.to = {{QString(), TestMailServer::user("bench")}};
        message.subject = QString::fromLatin1(run) + QStringLiteral(" #%1").arg(i);
        message.text = QStringLiteral("Mensaje %1 de %2.").arg(i).arg(total);
        ASSERT_TRUE(store.enqueue(account.id, message, now, nullptr));
    }

    accounts::SessionPlanner planner(secrets, catalogue);
    planner.setSettings({{}, QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")))});
    outbox::Outbox sender(store, accounts, planner, catalogue);
    QSignalSpy idle(&sender, &outbox::Outbox::idle);
    QElapsedTimer clock;
    clock.start();
    sender.start(false);
    ASSERT_TRUE(idle.wait(90000));
    const qint64 ms = clock.elapsed();
    EXPECT_EQ(store.entries({outbox::MessageState::Sent}, {}, {}, 100000).size(), total);
    EXPECT_TRUE(
        store
            .entries({outbox::MessageState::Queued, outbox::MessageState::Retrying, outbox::MessageState::Failed,
                      outbox::MessageState::Uncertain, outbox::MessageState::Sending})
            .isEmpty());
    std::cout << "outbox drained " << total << " messages in " << ms << " ms" << std::endl;

    QMap<int, int> counts;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            counts = deliveredNumbers(run);
            return counts.size() == total;
        },
        60000))
        << counts.size() << " of " << total << " delivered";
    for (int i = 0; i < total; ++i)
        ASSERT_EQ(counts.value(i), 1) << "message " << i;
}

TEST(PostfixOutbox, TheBackupAccountDeliversWhenTheFirstOnesServerIsClosed)
{
    QTemporaryDir folder;
    outbox::OutboxStore store;
    ASSERT_TRUE(store.open(folder.filePath(QStringLiteral("outbox.sqlite")), nullptr));
    accounts::AccountStore accounts(folder.filePath(QStringLiteral("accounts.json")));
    // The first account's port is closed; carol's account on the real Postfix is its backup.
    accounts::Account first
        = localAccount(QStringLiteral("first"), TestMailServer::user("ana"), QStringLiteral("localhost"), 1);
    first.displayName = QStringLiteral("Ana");
    first.backupAccountId = QStringLiteral("backup");
    const accounts::Account backup
        = localAccount(QStringLiteral("backup"), TestMailServer::user("carol"), QStringLiteral("localhost"));
    accounts.upsert(first);
    accounts.upsert(backup);
    accounts::SessionSecretStore secrets;
    for (const QString &id : {first.id, backup.id})
        secrets.write(id, TestMailServer::password(), [](const accounts::SecretStore::Result &) {});
    const providers::ProviderCatalogue &catalogue = builtInCatalogue();

    const QByteArray run = "backup-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    mime::Message message;
    message.from = {QStringLiteral("Ana"), first.address};
    message.to = {{QString(), TestMailServer::user("bob")}};
    message.subject = QString::fromLatin1(run) + QStringLiteral(" composed");
    message.text = QStringLiteral("Enviado por la cuenta de respaldo.");
    const std::optional<qint64> composed = store.enqueue(first.id, message, now, nullptr);
    ASSERT_TRUE(composed);
    // A message another program wrote, kept byte for byte: its From is inside the file.
    const QByteArray rawId = run + ".raw@example.test";
    const QByteArray raw = "From: Ana <" + first.address.toUtf8() + ">\r\nTo: " + TestMailServer::user("bob").toUtf8()
        + "\r\nSubject: " + run + " raw\r\nDate: " + mime::rfc5322Date(now) + "\r\nMessage-ID: <" + rawId
        + ">\r\n\r\nDe otro programa.\r\n";
    mime::Message summary;
    summary.from = {QStringLiteral("Ana"), first.address};
    summary.to = message.to;
    summary.subject = QString::fromLatin1(run) + QStringLiteral(" raw");
    summary.messageId = rawId;
    const std::optional<qint64> program = store.enqueueRaw(first.id, summary, raw, now, nullptr);
    ASSERT_TRUE(program);

    accounts::SessionPlanner planner(secrets, catalogue);
    planner.setSettings({{}, QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")))});
    outbox::OutboxSettings settings;
    settings.unreachableBeforeBackup = std::chrono::seconds(0); // at the first refused connection
    outbox::Outbox sender(store, accounts, planner, catalogue, settings);
    QSignalSpy idle(&sender, &outbox::Outbox::idle);
    sender.start(false);
    ASSERT_TRUE(idle.wait(30000));

    const QByteArray composedId = store.entry(*composed)->message.messageId;
    for (const auto &[id, marker] : {std::pair{*composed, composedId}, std::pair{*program, rawId}}) {
        const outbox::OutboxEntry entry = *store.entry(id);
        EXPECT_EQ(entry.state, outbox::MessageState::Sent) << entry.lastError.toStdString();
        EXPECT_EQ(entry.accountId, backup.id) << "the sent log names the backup";
        EXPECT_EQ(entry.originalAccountId, first.id);
        EXPECT_TRUE(entry.transcript.contains(QStringLiteral("MAIL FROM:<%1>").arg(backup.address)))
            << entry.transcript.toStdString();
        const QByteArray delivered = TestMailServer::waitForDelivery("bob", marker);
        ASSERT_FALSE(delivered.isEmpty()) << marker.toStdString();
        EXPECT_TRUE(delivered.contains("\nFrom: Ana <" + backup.address.toUtf8() + ">\n")) << delivered.toStdString();
        EXPECT_TRUE(delivered.contains("\nReply-To: Ana <" + first.address.toUtf8() + ">\n"))
            << delivered.toStdString();
        QTest::qWait(500); // a second copy would have arrived by now
        EXPECT_EQ(TestMailServer::countDelivered("bob", marker), 1) << "exactly once";
    }
}
