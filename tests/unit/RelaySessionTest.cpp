// The relay's side of the conversation, driven over a real loopback socket: AUTH before MAIL, pipelining, DATA
// with dot-stuffing, BDAT, the limits, and what the destination refuses said back to the program.
#include "SmtpLines.h"
#include "relay/RelayServer.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente::relay;
using namespace std::chrono_literals;

using remitente::testing::plainAuth;

namespace {

struct Committed {
    QString client;
    QString from;
    QStringList recipients;
    QByteArray message;
};

class FakeDestination : public RelayDestination
{
public:
    qint64 maxMessageBytes(const RelayClient &) const override { return accountLimit; }
    std::optional<CommandRefusal> checkSender(const RelayClient &, const QString &from) override
    {
        if (from != QStringLiteral("ana@example.es"))
            return CommandRefusal{550, "5.7.1", "This program may only send as ana@example.es"};
        return std::nullopt;
    }
    std::variant<QByteArray, CommandRefusal> commit(const RelayClient &client, const QString &from,
                                                    const QStringList &recipients, const QByteArray &message) override
    {
        if (failCommit)
            return CommandRefusal{451, "4.3.0", "The outbox could not be written"};
        committed.append({client.name, from, recipients, message});
        return QByteArray("Queued as ") + QByteArray::number(committed.size());
    }
    qint64 accountLimit = 10 * 1024 * 1024;
    bool failCommit = false;
    QList<Committed> committed;
};

// A program talking to the relay: one line out, the whole reply back.
class Client
{
public:
    explicit Client(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        EXPECT_TRUE(socket.waitForConnected(2000));
    }
    QByteArray reply() { return remitente::testing::readReply(socket); }
    QByteArray say(const QByteArray &line) { return remitente::testing::sayLine(socket, line); }
    QTcpSocket socket;
};

class Relay : public ::testing::Test
{
protected:
    Relay() : clients(folder.filePath(QStringLiteral("relay-clients.json")))
    {
        credentials = std::get<RelayClients::Credentials>(clients.add(QStringLiteral("shop"), QStringLiteral("acc1")));
    }
    void listen(RelayPolicy policy = {})
    {
        server = std::make_unique<RelayServer>(clients, destination, policy);
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost, 0));
    }
    std::unique_ptr<Client> signedIn()
    {
        auto client = std::make_unique<Client>(server->serverPort());
        EXPECT_TRUE(client->reply().startsWith("220 "));
        EXPECT_TRUE(client->say("EHLO shop").contains("250 AUTH PLAIN LOGIN"));
        EXPECT_TRUE(client->say(plainAuth(credentials.user, credentials.password)).startsWith("235 2.7.0"));
        return client;
    }

    QTemporaryDir folder;
    RelayClients clients;
    RelayClients::Credentials credentials;
    FakeDestination destination;
    std::unique_ptr<RelayServer> server;
};

} // namespace

TEST_F(Relay, AcceptsAMessageOnlyAfterSignInAndCommitsItBefore250)
{
    listen();
    Client client(server->serverPort());
    EXPECT_TRUE(client.reply().startsWith("220 "));
    const QByteArray ehlo = client.say("EHLO shop.example");
    for (const char *extension :
         {"PIPELINING", "SIZE ", "8BITMIME", "SMTPUTF8", "ENHANCEDSTATUSCODES", "CHUNKING", "AUTH PLAIN LOGIN"})
        EXPECT_TRUE(ehlo.contains(extension)) << extension;
    EXPECT_FALSE(ehlo.contains("STARTTLS")); // no certificate given
    EXPECT_TRUE(client.say("MAIL FROM:<ana@example.es>").startsWith("530 5.7.0"));
    EXPECT_TRUE(client.say(plainAuth(credentials.user, QStringLiteral("mailbox-password"))).startsWith("535 5.7.8"));
    EXPECT_TRUE(client.say(plainAuth(credentials.user, credentials.password)).startsWith("235 "));
    EXPECT_TRUE(client.say("MAIL FROM:<ana@example.es> SIZE=200").startsWith("250 2.1.0"));
    EXPECT_TRUE(client.say("RCPT TO:<bob@example.com>").startsWith("250 2.1.5"));
    EXPECT_TRUE(client.say("DATA").startsWith("354 "));
    client.socket.write("Subject: hola\r\n\r\n..leading dot\r\nlast line\r\n");
    EXPECT_TRUE(destination.committed.isEmpty());
    EXPECT_EQ(client.say("."), QByteArray("250 2.0.0 Queued as 1\r\n"));
    ASSERT_EQ(destination.committed.size(), 1);
    EXPECT_EQ(destination.committed.first().client, QStringLiteral("shop"));
    EXPECT_EQ(destination.committed.first().recipients, QStringList{QStringLiteral("bob@example.com")});
    EXPECT_EQ(destination.committed.first().message, QByteArray("Subject: hola\r\n\r\n.leading dot\r\nlast line\r\n"));
    EXPECT_TRUE(client.say("QUIT").startsWith("221 "));
}

TEST_F(Relay, LoginMechanismAndPipelinedCommands)
{
    listen();
    Client client(server->serverPort());
    client.reply();
    client.say("EHLO shop");
    EXPECT_TRUE(client.say("AUTH LOGIN").startsWith("334 VXNlcm5hbWU6"));
    EXPECT_TRUE(client.say(credentials.user.toUtf8().toBase64()).startsWith("334 UGFzc3dvcmQ6"));
    EXPECT_TRUE(client.say(credentials.password.toUtf8().toBase64()).startsWith("235 "));
    client.socket.write("MAIL FROM:<ana@example.es>\r\nRCPT TO:<a@example.com>\r\nRCPT TO:<b@example.com>\r\nDATA\r\n");
    EXPECT_TRUE(client.reply().startsWith("250 2.1.0"));
    EXPECT_TRUE(client.reply().startsWith("250 2.1.5"));
    EXPECT_TRUE(client.reply().startsWith("250 2.1.5"));
    EXPECT_TRUE(client.reply().startsWith("354"));
    EXPECT_TRUE(client.say("Subject: x\r\n\r\nbody\r\n.").startsWith("250 2.0.0"));
    ASSERT_EQ(destination.committed.size(), 1);
    EXPECT_EQ(destination.committed.first().recipients.size(), 2);
}

TEST_F(Relay, ChunksWithBdat)
{
    listen();
    auto client = signedIn();
    client->say("MAIL FROM:<ana@example.es>");
    client->say("RCPT TO:<bob@example.com>");
    client->socket.write("BDAT 9\r\nSubject: ");
    EXPECT_TRUE(client->reply().startsWith("250 2.0.0 9 octets"));
    client->socket.write("BDAT 7 LAST\r\nx\r\n\r\nhi");
    EXPECT_TRUE(client->reply().startsWith("250 2.0.0 Queued"));
    ASSERT_EQ(destination.committed.size(), 1);
    EXPECT_EQ(destination.committed.first().message, QByteArray("Subject: x\r\n\r\nhi"));
}

TEST_F(Relay, RefusesWhatTheAccountCouldNeverSendAtDataWithTheReason)
{
    destination.accountLimit = 1000;
    listen();
    auto client = signedIn();
    EXPECT_TRUE(client->say("MAIL FROM:<other@example.es>").startsWith("550 5.7.1 This program may only send as"));
    EXPECT_TRUE(client->say("MAIL FROM:<ana@example.es> SIZE=5000").startsWith("552 5.3.4"));
    client->say("MAIL FROM:<ana@example.es>");
    client->say("RCPT TO:<bob@example.com>");
    client->say("DATA");
    client->socket.write(QByteArray(3000, 'x') + "\r\n");
    EXPECT_TRUE(client->say(".").startsWith("552 5.3.4"));
    client->say("MAIL FROM:<ana@example.es>");
    client->say("RCPT TO:<bob@example.com>");
    destination.accountLimit = 10000;
    client->say("DATA");
    client->socket.write(QByteArray(1200, 'y') + "\r\n");
    EXPECT_TRUE(client->say(".").startsWith("554 5.6.0"));
    destination.failCommit = true;
    client->say("MAIL FROM:<ana@example.es>");
    client->say("RCPT TO:<bob@example.com>");
    client->say("DATA");
    EXPECT_TRUE(client->say("short\r\n.").startsWith("451 4.3.0"));
    EXPECT_TRUE(destination.committed.isEmpty());
}

TEST_F(Relay, MisbehavingClientsAreBoundedAndDisconnected)
{
    RelayPolicy policy;
    policy.limits.maxRecipients = 3;
    policy.limits.maxBadCommands = 3;
    policy.limits.idleTimeout = 300ms;
    listen(policy);
    {
        auto client = signedIn();
        client->say("MAIL FROM:<ana@example.es>");
        for (int i = 0; i < 3; ++i)
            EXPECT_TRUE(client->say("RCPT TO:<r@example.com>").startsWith("250"));
        EXPECT_TRUE(client->say("RCPT TO:<r@example.com>").startsWith("452 4.5.3"));
    }
    {
        Client garbage(server->serverPort());
        garbage.reply();
        for (int i = 0; i < 3; ++i)
            EXPECT_TRUE(garbage.say("GARBAGE").startsWith("500 "));
        EXPECT_TRUE(garbage.say("GARBAGE").startsWith("421 4.7.0"));
    }
    {
        Client longLine(server->serverPort());
        longLine.reply();
        longLine.socket.write(QByteArray(20000, 'A'));
        EXPECT_TRUE(longLine.reply().startsWith("500 5.5.6"));
    }
    {
        Client idle(server->serverPort());
        idle.reply();
        EXPECT_TRUE(idle.reply().startsWith("421 4.4.2"));
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return server->activeSessions() == 0; }, 2000));
}

TEST_F(Relay, TooManyConnectionsAreToldToComeBack)
{
    listen();
    server->maxConnections = 1;
    Client first(server->serverPort());
    EXPECT_TRUE(first.reply().startsWith("220"));
    Client second(server->serverPort());
    EXPECT_TRUE(second.reply().startsWith("421 4.7.0"));
}
