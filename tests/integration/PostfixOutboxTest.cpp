// The outbox draining 1,000 queued messages to the local Postfix over reused connections: every one delivered
// exactly once (counted in the Maildir).
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
