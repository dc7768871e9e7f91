// The relay's listener over a real loopback connection, fed any bytes in pieces of any size: it never crashes,
// every connection ends when the client goes, and what a connection holds in memory stays bounded.
//
// The input's first byte chooses the piece size (1 to 128 bytes, or up to 8 KB); the rest is what the client
// sends. "{auth}" becomes a valid AUTH PLAIN response and "{user}" / "{pass}" the AUTH LOGIN ones, so the fuzzer
// reaches MAIL, RCPT, DATA and BDAT. The relay has a certificate, so STARTTLS is offered (and its handshake fed
// whatever follows).
#include "relay/RelayCertificate.h"
#include "relay/RelayServer.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <linux/sockios.h>
#include <sys/ioctl.h>

using namespace remitente::relay;

namespace {

constexpr qint64 MaxMessageBytes = 64 * 1024;
// The most one connection may hold: Qt's read buffer (256 KB), the session's buffer of unprocessed lines and the
// message (with QByteArray's growth), the replies it stops reading at (64 KB) and one more reply.
constexpr qint64 MostBufferedBytes = 2 * 1024 * 1024;
constexpr int MostRounds = 20000;
// FUZZ_RELAY_TRACE=1: the relay's replies on stderr, to see how far an input gets.
const bool trace = qEnvironmentVariableIsSet("FUZZ_RELAY_TRACE");

class StubDestination : public RelayDestination
{
public:
    qint64 maxMessageBytes(const RelayClient &) const override { return MaxMessageBytes; }
    std::optional<CommandRefusal> checkSender(const RelayClient &, const QString &from) override
    {
        if (from.contains(u'!'))
            return CommandRefusal{550, "5.7.1", "Not this sender"};
        return std::nullopt;
    }
    std::variant<QByteArray, CommandRefusal> commit(const RelayClient &, const QString &, const QStringList &recipients,
                                                    const QByteArray &message) override
    {
        if (recipients.isEmpty() || message.size() > MaxMessageBytes)
            std::abort(); // the session must never commit what it was told to refuse
        if (message.contains("fail"))
            return CommandRefusal{451, "4.3.0", "The outbox could not be written"};
        return QByteArray("Queued");
    }
};

struct Relay {
    Relay() : clients(folder.filePath(QStringLiteral("relay-clients.json")))
    {
        const auto added = clients.add(QStringLiteral("shop"), QString());
        const auto &credentials = std::get<RelayClients::Credentials>(added);
        authPlain
            = (QByteArray("\0", 1) + credentials.user.toUtf8() + QByteArray("\0", 1) + credentials.password.toUtf8())
                  .toBase64();
        user = credentials.user.toUtf8().toBase64();
        password = credentials.password.toUtf8().toBase64();
        RelayPolicy policy;
        policy.limits.maxMessageBytes = MaxMessageBytes;
        server = std::make_unique<RelayServer>(clients, destination, policy);
        const auto certificate = RelayCertificate::loadOrCreate(folder.path(), {QStringLiteral("relay.test")});
        if (const auto *made = std::get_if<RelayCertificate>(&certificate))
            server->setCertificate(made->certificate(), made->key());
        if (!server->listen(QHostAddress::LocalHost, 0))
            std::abort();
    }

    QTemporaryDir folder;
    RelayClients clients;
    StubDestination destination;
    std::unique_ptr<RelayServer> server;
    QByteArray authPlain;
    QByteArray user;
    QByteArray password;
};

Relay &relay()
{
    static int argc = 1;
    static char name[] = "fuzz_relay_session";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static const bool quiet = [] {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        return true;
    }();
    Q_UNUSED(quiet);
    static Relay instance;
    return instance;
}

// Bytes the relay has not read yet, in Qt's buffer or still in the kernel's.
qint64 unread(QSslSocket *socket)
{
    int inKernel = 0;
    if (socket->socketDescriptor() >= 0)
        ::ioctl(int(socket->socketDescriptor()), FIONREAD, &inKernel);
    return socket->bytesAvailable() + inKernel;
}

void checkBounded(const RelayServer &server)
{
    for (const RelaySession *session : server.findChildren<RelaySession *>()) {
        if (session->bufferedBytes() > MostBufferedBytes) {
            std::fprintf(stderr, "a relay session holds %lld bytes\n",
                         static_cast<long long>(session->bufferedBytes()));
            std::abort();
        }
    }
}

// Bytes the client's kernel has not sent yet.
qint64 unsent(const QTcpSocket &client)
{
    int notSent = 0;
    if (client.socketDescriptor() >= 0)
        ::ioctl(int(client.socketDescriptor()), SIOCOUTQNSD, &notSent);
    return notSent;
}

// The relay's end of this client's connection (sessions of earlier inputs may not be deleted yet).
QSslSocket *relaySide(const RelayServer &server, const QTcpSocket &client)
{
    for (QSslSocket *socket : server.findChildren<QSslSocket *>()) {
        if (socket->state() == QAbstractSocket::ConnectedState && socket->peerPort() == client.localPort())
            return socket;
    }
    return nullptr;
}

// Runs the event loop (the client reading and dropping every reply) until `done`; false when it never was.
template<typename Done> bool pump(QTcpSocket &client, const RelayServer &server, Done done)
{
    for (int round = 0; round < MostRounds; ++round) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (client.isOpen()) {
            const QByteArray replies = client.readAll();
            if (trace && !replies.isEmpty())
                std::fwrite(replies.constData(), 1, size_t(replies.size()), stderr);
        }
        checkBounded(server);
        if (done())
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Relay &r = relay();
    const qsizetype piece = data[0] < 128 ? 1 + data[0] : 1 + (data[0] - 128) * 64;
    QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    input.replace("{auth}", r.authPlain).replace("{user}", r.user).replace("{pass}", r.password);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, r.server->serverPort());
    client.setSocketOption(QAbstractSocket::LowDelayOption, 1); // each piece goes out at once (no Nagle)
    if (!pump(client, *r.server,
              [&] { return client.state() == QAbstractSocket::ConnectedState && r.server->activeSessions() == 1; }))
        std::abort();
    for (qsizetype at = 0; at < input.size() && client.state() == QAbstractSocket::ConnectedState; at += piece) {
        client.write(input.mid(at, piece));
        if (trace)
            std::fprintf(stderr, "> %s\n", input.mid(at, piece).toPercentEncoding(" <>:=").constData());
        // Until the relay has read the piece, or has ended the connection.
        pump(client, *r.server, [&] {
            if (client.bytesToWrite() > 0 || unsent(client) > 0)
                return false;
            QSslSocket *socket = relaySide(*r.server, client);
            return !socket || unread(socket) == 0;
        });
    }
    client.abort();
    // Every session ends once its client is gone.
    if (!pump(client, *r.server,
              [&] { return r.server->activeSessions() == 0 && r.server->findChildren<RelaySession *>().isEmpty(); })) {
        std::fprintf(stderr, "a relay session outlived its client\n");
        std::abort();
    }
    return 0;
}
