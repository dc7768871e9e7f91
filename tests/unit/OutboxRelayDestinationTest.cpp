// The relay's messages going into the outbox of the right account, with what that account may send checked first.
#include "TestAccounts.h"

#include "relay/OutboxRelayDestination.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::relay;

namespace {
struct Fixture {
    QTemporaryDir folder;
    outbox::OutboxStore store;
    accounts::AccountStore accounts{folder.filePath(QStringLiteral("accounts.json"))};
    accounts::Account ana = remitente::testing::localAccount(QStringLiteral("ana"), QStringLiteral("ana@example.test"),
                                                             QStringLiteral("127.0.0.1"));
    accounts::Account shop = remitente::testing::localAccount(
        QStringLiteral("shop"), QStringLiteral("shop@example.test"), QStringLiteral("127.0.0.1"));
    QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
    std::unique_ptr<OutboxRelayDestination> destination;
    QList<qint64> queued;

    Fixture()
    {
        EXPECT_TRUE(store.open(folder.filePath(QStringLiteral("outbox.sqlite")), nullptr));
        ana.aliases = {QStringLiteral("ventas@example.test")};
        accounts.upsert(ana);
        accounts.upsert(shop);
        destination = std::make_unique<OutboxRelayDestination>(store, accounts, [this] { return now; });
        destination->queued = [this](qint64 id) { queued.append(id); };
    }
};

RelayClient client(const QString &accountId = {})
{
    return {QStringLiteral("tienda"), accountId, {}, {}, {}};
}
} // namespace

TEST(OutboxRelayDestination, AcceptedMailIsCommittedToTheClientsAccountBeforeTheReply)
{
    Fixture f;
    const QByteArray message = "From: Ventas <ventas@example.test>\r\nTo: bob@example.test\r\nSubject: Pedido\r\n\r\n"
                               "Gracias\r\n";
    EXPECT_FALSE(f.destination->checkSender(client(), QStringLiteral("ventas@example.test")));
    const auto committed = f.destination->commit(client(), QStringLiteral("ventas@example.test"),
                                                 {QStringLiteral("bob@example.test")}, message);
    ASSERT_TRUE(std::holds_alternative<QByteArray>(committed));
    ASSERT_EQ(f.queued.size(), 1);
    EXPECT_TRUE(std::get<QByteArray>(committed).startsWith("Queued as " + QByteArray::number(f.queued.first())));
    const outbox::OutboxEntry entry = f.store.entry(f.queued.first()).value();
    EXPECT_EQ(entry.accountId, QStringLiteral("ana")) << "no account named: the first one";
    EXPECT_EQ(entry.state, outbox::MessageState::Queued);
    EXPECT_EQ(entry.message.from.address, QStringLiteral("ventas@example.test"));
    EXPECT_EQ(entry.message.subject, QStringLiteral("Pedido"));
    QString why;
    const QByteArray stored = f.store.rawMessage(entry, &why).value_or(QByteArray());
    EXPECT_TRUE(entry.rawInline) << "small: kept inside the database";
    EXPECT_TRUE(stored.contains("Message-ID: <")) << "made complete for the server";
    EXPECT_TRUE(stored.endsWith("\r\n\r\nGracias\r\n"));

    const auto other = f.destination->commit(client(QStringLiteral("shop")), QStringLiteral("shop@example.test"),
                                             {QStringLiteral("bob@example.test")}, "Subject: x\r\n\r\nhola\r\n");
    ASSERT_TRUE(std::holds_alternative<QByteArray>(other));
    EXPECT_EQ(f.store.entry(f.queued.last())->accountId, QStringLiteral("shop"));
}

TEST(OutboxRelayDestination, ASenderTheAccountMayNotUseIsRefusedInWordsUnlessRewritingWasChosen)
{
    Fixture f;
    const std::optional<CommandRefusal> refusal = f.destination->checkSender(client(), QStringLiteral("x@gmail.com"));
    ASSERT_TRUE(refusal);
    EXPECT_EQ(refusal->code, 553);
    EXPECT_TRUE(refusal->text.contains("ana@example.test")) << refusal->text.toStdString();
    EXPECT_TRUE(f.destination->checkSender(client(), QString())) << "no bounces";

    const auto foreign
        = f.destination->commit(client(), QStringLiteral("ana@example.test"), {QStringLiteral("bob@example.test")},
                                "From: x@gmail.com\r\nSubject: x\r\n\r\nhola\r\n");
    ASSERT_TRUE(std::holds_alternative<CommandRefusal>(foreign)) << "the header From is checked too";
    EXPECT_EQ(std::get<CommandRefusal>(foreign).code, 553);
    EXPECT_TRUE(f.queued.isEmpty());
    EXPECT_TRUE(f.store.entries().isEmpty()) << "nothing accepted to be lost later";

    f.ana.rewriteForeignFrom = true;
    f.accounts.upsert(f.ana);
    EXPECT_FALSE(f.destination->checkSender(client(), QStringLiteral("x@gmail.com")));
    const auto rewritten
        = f.destination->commit(client(), QStringLiteral("x@gmail.com"), {QStringLiteral("bob@example.test")},
                                "From: x@gmail.com\r\nSubject: x\r\n\r\nhola\r\n");
    ASSERT_TRUE(std::holds_alternative<QByteArray>(rewritten));
    QString why;
    const QByteArray stored = f.store.rawMessage(*f.store.entry(f.queued.first()), &why).value_or(QByteArray());
    EXPECT_TRUE(stored.contains("From: ana@example.test\r\n")) << stored.toStdString();
    EXPECT_TRUE(stored.contains("Reply-To: x@gmail.com")) << stored.toStdString();
}

TEST(OutboxRelayDestination, TheServersSizeLimitBoundsWhatIsAccepted)
{
    Fixture f;
    EXPECT_GT(f.destination->maxMessageBytes(client()), qint64(1) << 40) << "unknown: no limit of its own";
    f.store.setServerSizeLimit(QStringLiteral("ana"), 1000);
    EXPECT_EQ(f.destination->maxMessageBytes(client()), 1000);
    const auto tooLarge
        = f.destination->commit(client(), QStringLiteral("ana@example.test"), {QStringLiteral("bob@example.test")},
                                "Subject: big\r\n\r\n" + QByteArray(2000, 'a') + "\r\n");
    ASSERT_TRUE(std::holds_alternative<CommandRefusal>(tooLarge));
    EXPECT_EQ(std::get<CommandRefusal>(tooLarge).code, 552);
}

TEST(OutboxRelayDestination, AClientWhoseAccountIsGoneIsToldToComeBackLater)
{
    Fixture f;
    const std::optional<CommandRefusal> refusal
        = f.destination->checkSender(client(QStringLiteral("removed")), QStringLiteral("ana@example.test"));
    ASSERT_TRUE(refusal);
    EXPECT_EQ(refusal->code / 100, 4) << "a temporary refusal: the program keeps the message";
}

TEST(OutboxRelayDestination, RepliesAreAsciiWhateverTheLanguage)
{
    EXPECT_EQ(asciiReplyText(QStringLiteral("El mensaje está\nen camino: ¡ñandú!")),
              QByteArray("El mensaje esta en camino: nandu!"));
}

// Issue 16: what would get a program's message junked is said (for the relay's output), and it is queued anyway.
TEST(OutboxRelayDestination, WarningsAreToldButTheMessageIsQueuedAllTheSame)
{
    Fixture f;
    const std::optional<providers::ProviderCatalogue> catalogue = providers::ProviderCatalogue::load();
    ASSERT_TRUE(catalogue);
    f.ana.aliases.append(QStringLiteral("ana.perez@gmail.com")); // hers, but not this server's to sign for
    f.accounts.upsert(f.ana);
    QList<std::pair<qint64, QStringList>> warned;
    f.destination->catalogue = &*catalogue;
    f.destination->warned = [&](qint64 id, const QList<diagnosis::SendingWarning> &warnings) {
        QStringList kinds;
        for (const diagnosis::SendingWarning &warning : warnings)
            kinds.append(warning.kind);
        warned.append({id, kinds});
    };
    QByteArray cc = "Cc: ";
    QStringList recipients;
    for (int i = 1; i <= 12; ++i) {
        recipients.append(QStringLiteral("reader%1@other.test").arg(i));
        cc += (i > 1 ? ",\r\n " : "") + recipients.last().toLatin1();
    }
    const QByteArray message = "From: Ana <ana.perez@gmail.com>\r\n" + cc + "\r\nSubject: Hola\r\n\r\nhola\r\n";
    const auto committed = f.destination->commit(client(), QStringLiteral("ana.perez@gmail.com"), recipients, message);
    ASSERT_TRUE(std::holds_alternative<QByteArray>(committed));
    ASSERT_EQ(f.queued.size(), 1);
    ASSERT_EQ(warned.size(), 1);
    EXPECT_EQ(warned.first().first, f.queued.first());
    EXPECT_EQ(warned.first().second,
              (QStringList{QStringLiteral("foreign-domain"), QStringLiteral("visible-recipients")}));

    // What readers see counts, not only the envelope: twelve in Cc, sent to one of them (Bcc-like copies).
    const QByteArray shown = "From: ana@example.test\r\n" + cc + "\r\nSubject: Hola\r\n\r\nhola\r\n";
    ASSERT_TRUE(std::holds_alternative<QByteArray>(f.destination->commit(
        client(), QStringLiteral("ana@example.test"), {QStringLiteral("reader1@other.test")}, shown)));
    ASSERT_EQ(warned.size(), 2);
    EXPECT_EQ(warned.last().second, QStringList{QStringLiteral("visible-recipients")});

    // An ordinary message: nothing to say.
    const auto plain
        = f.destination->commit(client(), QStringLiteral("ana@example.test"), {QStringLiteral("bob@example.test")},
                                "From: ana@example.test\r\nTo: bob@example.test\r\n\r\nhola\r\n");
    ASSERT_TRUE(std::holds_alternative<QByteArray>(plain));
    EXPECT_EQ(warned.size(), 2);
}
