// Programs that misbehave against the relay, over real loopback sockets with short limits: each one is ended or
// refused, what the relay holds for it stays bounded, and well-behaved programs are served meanwhile.
#include "SmtpLines.h"
#include "relay/RelayServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

#include <sys/socket.h>

using namespace remitente::relay;
using namespace std::chrono_literals;

using remitente::testing::plainAuth;

namespace {

// The most one connection may hold, whatever its client does: Qt's read buffer (256 KB), the session's buffer of
// unprocessed lines with QByteArray's growth, and the replies it stops reading at (64 KB) plus one.
constexpr qint64 MostHeld = 2 * 1024 * 1024;

class AcceptingDestination : public RelayDestination
{
public:
    qint64 maxMessageBytes(const RelayClient &) const override { return 64 * 1024 * 1024; }
    std::optional<CommandRefusal> checkSender(const RelayClient &, const QString &) override { return std::nullopt; }
    std::variant<QByteArray, CommandRefusal> commit(const RelayClient &, const QString &, const QStringList &recipients,
                                                    const QByteArray &message) override
    {
        committed.append({recipients, message});
        return QByteArray("Queued as ") + QByteArray::number(committed.size());
    }
    QList<std::pair<QStringList, QByteArray>> committed;
};

class Client
{
public:
    explicit Client(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        EXPECT_TRUE(socket.waitForConnected(2000));
    }
    QByteArray reply(int timeoutMs = 5000) { return remitente::testing::readReply(socket, timeoutMs); }
    QByteArray say(const QByteArray &line) { return remitente::testing::sayLine(socket, line); }
    bool closedByRelay(int timeoutMs = 3000)
    {
        return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }
    // Whatever the relay says from now on, taken as soon as it arrives: when the relay hangs up on a client that
    // is still writing, the system resets the connection and Qt drops what it had not handed over yet.
    void capture()
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { captured += socket.readAll(); });
    }
    QByteArray capturedLine(int timeoutMs = 5000)
    {
        (void)QTest::qWaitFor([&] { return captured.contains('\n'); }, timeoutMs);
        return captured;
    }
    // Whether the relay said something not yet read (looked at in the kernel's queue without taking it): a
    // client that writes after the relay hung up gets a reset, and Qt then drops what it had not read.
    bool relaySpoke()
    {
        char byte = 0;
        return socket.bytesAvailable() > 0
            || ::recv(int(socket.socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
    }
    // Writes `total` bytes of `byte` in pieces, each once the previous one reached the kernel, while the relay
    // keeps its connection; the bytes it got out.
    qint64 stream(char byte, qint64 total)
    {
        const QByteArray piece(64 * 1024, byte);
        qint64 sent = 0;
        while (sent < total && socket.state() == QAbstractSocket::ConnectedState && !relaySpoke()) {
            socket.write(piece.left(qsizetype(std::min<qint64>(piece.size(), total - sent))));
            sent += std::min<qint64>(piece.size(), total - sent);
            (void)QTest::qWaitFor(
                [&] { return socket.bytesToWrite() == 0 || socket.state() != QAbstractSocket::ConnectedState; }, 5000);
        }
        return sent;
    }

    QTcpSocket socket;
    QByteArray captured;
};

// The process's resident memory (Linux), in bytes.
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

class Misbehaving : public ::testing::Test
{
protected:
    Misbehaving() : clients(folder.filePath(QStringLiteral("relay-clients.json")))
    {
        credentials = std::get<RelayClients::Credentials>(clients.add(QStringLiteral("shop"), QStringLiteral("acc1")));
        policy.limits.maxRecipients = 5;
        policy.limits.maxBadCommands = 3;
        policy.limits.idleTimeout = 400ms;
        policy.limits.sessionTimeout = 20s;
        // Sampled as the connections go: the most any one of them held at once.
        connect();
    }
    void connect()
    {
        QObject::connect(&sampler, &QTimer::timeout, [this] {
            if (!server)
                return;
            for (const RelaySession *session : server->findChildren<RelaySession *>())
                mostBuffered = std::max(mostBuffered, session->bufferedBytes());
        });
        sampler.start(1);
    }
    void listen(int maxConnections = 20)
    {
        server = std::make_unique<RelayServer>(clients, destination, policy);
        server->maxConnections = maxConnections;
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
    // A whole message from a well-behaved program.
    void sendOne(Client &client, const QByteArray &subject)
    {
        const qsizetype before = destination.committed.size();
        EXPECT_TRUE(client.say("MAIL FROM:<ana@example.es>").startsWith("250 "));
        EXPECT_TRUE(client.say("RCPT TO:<bob@example.com>").startsWith("250 "));
        EXPECT_TRUE(client.say("DATA").startsWith("354 "));
        EXPECT_TRUE(client.say("Subject: " + subject + "\r\n\r\nhola\r\n.").startsWith("250 2.0.0 Queued"));
        EXPECT_EQ(destination.committed.size(), before + 1);
    }

    QTemporaryDir folder;
    RelayClients clients;
    RelayClients::Credentials credentials;
    AcceptingDestination destination;
    RelayPolicy policy;
    std::unique_ptr<RelayServer> server;
    QTimer sampler;
    qint64 mostBuffered = 0;
};

} // namespace

TEST_F(Misbehaving, SlowDripIsEndedByTheIdleTimeoutWhileOthersAreServed)
{
    listen();
    Client drip(server->serverPort());
    EXPECT_TRUE(drip.reply().startsWith("220 "));
    drip.say("EHLO drip");
    drip.capture();
    // A byte every 5 ms of a command line that never ends: each byte arrives long before the idle timeout, but
    // no command does.
    QElapsedTimer elapsed;
    QTimer dripper;
    QObject::connect(&dripper, &QTimer::timeout, [&] {
        if (!drip.relaySpoke())
            drip.socket.write("M");
    });
    dripper.start(5);
    elapsed.start();

    auto other = signedIn();
    sendOne(*other, "while the drip goes on");
    sendOne(*other, "and again");

    const QByteArray ended = drip.capturedLine(3000);
    EXPECT_TRUE(ended.startsWith("421 4.4.2 Idle")) << ended.constData();
    EXPECT_TRUE(drip.closedByRelay());
    EXPECT_GE(elapsed.elapsed(), 350);
    EXPECT_LT(elapsed.elapsed(), 2000);
    dripper.stop();

    // A program that waits between whole commands for less than the idle time keeps its connection.
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(150);
        EXPECT_TRUE(other->say("NOOP").startsWith("250 "));
    }
    sendOne(*other, "still served");
}

TEST_F(Misbehaving, TheWholeSessionIsEndedAtItsTimeoutEvenWhenBusy)
{
    policy.limits.sessionTimeout = 700ms;
    listen();
    auto client = signedIn();
    QElapsedTimer elapsed;
    elapsed.start();
    QByteArray answer;
    while (elapsed.elapsed() < 3000) {
        answer = client->say("NOOP");
        if (!answer.startsWith("250 "))
            break;
        QTest::qWait(50);
    }
    EXPECT_TRUE(answer.startsWith("421 4.4.2 Connected for too long")) << answer.constData();
    EXPECT_TRUE(client->closedByRelay());
    EXPECT_GE(elapsed.elapsed(), 500);
    EXPECT_LT(elapsed.elapsed(), 2000);
}

TEST_F(Misbehaving, AHugeCommandLineIsRefusedWithBoundedMemory)
{
    listen();
    Client client(server->serverPort());
    EXPECT_TRUE(client.reply().startsWith("220 "));
    client.capture();
    const qint64 sent = client.stream('A', 2 * 1024 * 1024);
    EXPECT_LT(sent, 2 * 1024 * 1024); // the relay hung up long before
    const QByteArray refused = client.capturedLine();
    EXPECT_TRUE(refused.startsWith("500 5.5.6 Line too long")) << refused.constData();
    EXPECT_TRUE(client.closedByRelay());
    EXPECT_LT(mostBuffered, MostHeld);
}

TEST_F(Misbehaving, AHugeLineInAMessageIsRefusedAtTheDotWithBoundedMemory)
{
    listen();
    auto client = signedIn();
    client->say("MAIL FROM:<ana@example.es>");
    client->say("RCPT TO:<bob@example.com>");
    EXPECT_TRUE(client->say("DATA").startsWith("354 "));
    client->socket.write("Subject: a huge line\r\n\r\n");
    const qint64 rssBefore = residentBytes();
    constexpr qint64 Huge = 24 * 1024 * 1024;
    EXPECT_EQ(client->stream('x', Huge), Huge);
    const QByteArray refused = client->say("\r\n.");
    const qint64 rssGrowth = residentBytes() - rssBefore;
    EXPECT_TRUE(refused.startsWith("554 5.6.0")) << refused.constData();
    EXPECT_TRUE(destination.committed.isEmpty());
    EXPECT_LT(mostBuffered, MostHeld) << "the session held " << mostBuffered << " bytes";
    EXPECT_LT(rssGrowth, 12 * 1024 * 1024)
        << "the process grew by " << rssGrowth << " bytes for a " << Huge << " byte line";
    // The connection goes on: the next message is fine.
    sendOne(*client, "after the huge line");
    ASSERT_EQ(destination.committed.size(), 1);
}

TEST_F(Misbehaving, EndlessRecipientsStopAtTheLimit)
{
    listen();
    auto client = signedIn();
    EXPECT_TRUE(client->say("MAIL FROM:<ana@example.es>").startsWith("250 "));
    QByteArray many;
    for (int i = 0; i < 2000; ++i)
        many += "RCPT TO:<r" + QByteArray::number(i) + "@example.com>\r\n";
    client->socket.write(many);
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray answer = client->reply();
        if (answer.startsWith("250 "))
            ++accepted;
        else if (answer.startsWith("452 4.5.3"))
            ++refused;
        else
            FAIL() << i << ": " << answer.constData();
    }
    EXPECT_EQ(accepted, 5);
    EXPECT_EQ(refused, 1995);
    EXPECT_TRUE(client->say("DATA").startsWith("354 "));
    EXPECT_TRUE(client->say("Subject: x\r\n\r\nbody\r\n.").startsWith("250 "));
    ASSERT_EQ(destination.committed.size(), 1);
    EXPECT_EQ(destination.committed.first().first.size(), 5);
    EXPECT_EQ(destination.committed.first().first.last(), QStringLiteral("r4@example.com"));
}

TEST_F(Misbehaving, GarbageIsClosedAfterTheBadCommandLimit)
{
    listen();
    Client garbage(server->serverPort());
    EXPECT_TRUE(garbage.reply().startsWith("220 "));
    const QByteArray noise("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\xff\xfe\x00\x80 GET / HTTP/1.1\r\n", 35);
    garbage.socket.write(noise + "\x01\x02\x03\r\n" + "HELO\r\n" + QByteArray(100, '\0') + "\r\nSTILL\r\n");
    QList<QByteArray> answers;
    for (int i = 0; i < 4; ++i)
        answers.append(garbage.reply());
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(answers.at(i).startsWith("5")) << i << ": " << answers.at(i).constData();
    EXPECT_TRUE(answers.at(3).startsWith("421 4.7.0 Too many errors")) << answers.at(3).constData();
    EXPECT_TRUE(garbage.closedByRelay());
    EXPECT_TRUE(QTest::qWaitFor([&] { return server->activeSessions() == 0; }, 2000));
}

TEST_F(Misbehaving, TooManyConnectionsAreToldToComeBackWhileTheOthersAreServed)
{
    listen(2);
    auto first = signedIn();
    auto second = signedIn();
    std::vector<std::unique_ptr<Client>> extra;
    for (int i = 0; i < 5; ++i) {
        extra.push_back(std::make_unique<Client>(server->serverPort()));
        EXPECT_TRUE(extra.back()->reply().startsWith("421 4.7.0 Too many connections"));
        EXPECT_TRUE(extra.back()->closedByRelay());
    }
    EXPECT_EQ(server->activeSessions(), 2);
    sendOne(*first, "first");
    sendOne(*second, "second");
    EXPECT_TRUE(first->say("QUIT").startsWith("221 "));
    EXPECT_TRUE(QTest::qWaitFor([&] { return server->activeSessions() == 1; }, 2000));
    auto third = signedIn(); // a place was freed
    sendOne(*third, "third");
}

TEST_F(Misbehaving, ACommandFloodThatNeverReadsItsRepliesIsNotBuffered)
{
    policy.limits.idleTimeout = 5s;
    listen();
    Client flood(server->serverPort());
    flood.socket.setReadBufferSize(1024); // it reads nothing more than this: the replies stay in the kernel, then
                                          // in the relay unless it stops reading the flood
    QByteArray commands;
    for (int i = 0; i < 4096; ++i)
        commands += "EHLO flood.example\r\n"; // 20 bytes, each answered with about 150
    const qint64 rssBefore = residentBytes();
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 queued = 0;
    while (elapsed.elapsed() < 3000 && queued < 64 * 1024 * 1024) {
        if (flood.socket.bytesToWrite() < 1024 * 1024) {
            flood.socket.write(commands);
            queued += commands.size();
        }
        QTest::qWait(5);
    }
    std::cout << "flood: " << queued << " bytes of EHLO written\n";
    EXPECT_LT(mostBuffered, MostHeld) << "the session held " << mostBuffered << " bytes";
    EXPECT_LT(residentBytes() - rssBefore, 64 * 1024 * 1024);

    // Meanwhile another program is served.
    auto other = signedIn();
    sendOne(*other, "during the flood");
}

TEST_F(Misbehaving, CommandsSentAByteAtATimeAreAnswered)
{
    listen();
    Client client(server->serverPort());
    EXPECT_TRUE(client.reply().startsWith("220 "));
    for (const QByteArray &line :
         {QByteArray("EHLO shop\r\n"), plainAuth(credentials.user, credentials.password) + "\r\n",
          QByteArray("NOOP\r\n")}) {
        for (const char byte : line) {
            client.socket.write(&byte, 1);
            QTest::qWait(1);
        }
        const QByteArray answer = client.reply();
        EXPECT_TRUE(answer.startsWith("2")) << answer.constData();
    }
}
