// The relay's own certificate for the local network: made once (ECDSA P-256, self-signed, five years, private
// files), loaded after with the same fingerprint, and good for STARTTLS to a program pinned to that fingerprint;
// AUTH before STARTTLS is refused where TLS is required.
#include "SmtpLines.h"
#include "relay/RelayCertificate.h"
#include "relay/RelayService.h"

#include "accounts/AccountStore.h"
#include "outbox/OutboxStore.h"

#include <QFile>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>
#include <optional>

#include <sys/stat.h>

using namespace remitente;
using namespace remitente::relay;

using remitente::testing::plainAuth;

namespace {

unsigned modeOf(const QString &path)
{
    struct stat info {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

RelayCertificate made(const std::variant<RelayCertificate, QString> &result)
{
    if (const auto *why = std::get_if<QString>(&result))
        ADD_FAILURE() << why->toStdString();
    return std::get<RelayCertificate>(result);
}

} // namespace

TEST(RelayCertificate, MadeOnceForTheNamesGivenPrivateAndLoadedAfterWithTheSameFingerprint)
{
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("data/remitente"));
    const auto first = RelayCertificate::loadOrCreate(folder,
                                                      {QStringLiteral("Scanner-Host"), QStringLiteral("192.0.2.2"),
                                                       QStringLiteral("fd00::2"), QStringLiteral("not a host!"),
                                                       QStringLiteral("scanner-host")});
    ASSERT_TRUE(std::holds_alternative<RelayCertificate>(first)) << std::get<QString>(first).toStdString();
    const RelayCertificate certificate = std::get<RelayCertificate>(first);
    EXPECT_TRUE(certificate.wasCreated());

    const QString certificatePath = folder + QStringLiteral("/relay-certificate.pem");
    const QString keyPath = folder + QStringLiteral("/relay-key.pem");
    EXPECT_EQ(modeOf(folder), 0700u);
    EXPECT_EQ(modeOf(certificatePath), 0600u);
    EXPECT_EQ(modeOf(keyPath), 0600u);

    const QSslCertificate &x509 = certificate.certificate();
    EXPECT_TRUE(x509.isSelfSigned());
    EXPECT_EQ(x509.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("scanner-host")});
    EXPECT_EQ(x509.publicKey().algorithm(), QSsl::Ec);
    EXPECT_EQ(x509.publicKey().length(), 256);
    EXPECT_EQ(certificate.key().algorithm(), QSsl::Ec);
    EXPECT_EQ(certificate.key().type(), QSsl::PrivateKey);
    const auto names = x509.subjectAlternativeNames();
    EXPECT_EQ(names.values(QSsl::DnsEntry), QStringList{QStringLiteral("scanner-host")});
    const QStringList addresses = names.values(QSsl::IpAddressEntry);
    EXPECT_EQ(addresses.size(), 2);
    EXPECT_TRUE(addresses.contains(QStringLiteral("192.0.2.2")));
    EXPECT_TRUE(addresses.contains(QStringLiteral("FD00:0:0:0:0:0:0:2"), Qt::CaseInsensitive)
                || addresses.contains(QStringLiteral("fd00::2"), Qt::CaseInsensitive))
        << addresses.join(u' ').toStdString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_LE(x509.effectiveDate(), now);
    EXPECT_GT(x509.expiryDate(), now.addDays(5 * 365 - 1));
    EXPECT_LT(x509.expiryDate(), now.addDays(5 * 365 + 3));

    static const QRegularExpression colonHex(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    EXPECT_TRUE(colonHex.match(certificate.fingerprint()).hasMatch()) << certificate.fingerprint().toStdString();
    EXPECT_EQ(certificate.fingerprint(),
              QString::fromLatin1(x509.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));

    // Loaded, not made again, whatever names are given now: programs keep trusting the same fingerprint.
    const QByteArray certificateBytes = contentsOf(certificatePath);
    const QByteArray keyBytes = contentsOf(keyPath);
    QFile::setPermissions(certificatePath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const RelayCertificate again = made(RelayCertificate::loadOrCreate(folder, {QStringLiteral("other-host")}));
    EXPECT_FALSE(again.wasCreated());
    EXPECT_EQ(again.fingerprint(), certificate.fingerprint());
    EXPECT_EQ(again.key().toDer(), certificate.key().toDer());
    EXPECT_EQ(contentsOf(certificatePath), certificateBytes);
    EXPECT_EQ(contentsOf(keyPath), keyBytes);
    EXPECT_EQ(modeOf(certificatePath), 0600u); // made private again

    // Another folder, another certificate.
    QTemporaryDir elsewhere;
    const RelayCertificate other = made(RelayCertificate::loadOrCreate(elsewhere.path(), {QStringLiteral("h")}));
    EXPECT_NE(other.fingerprint(), certificate.fingerprint());
}

TEST(RelayCertificate, ADamagedOrMismatchedPairIsNamedAndNeverReplaced)
{
    QTemporaryDir one;
    QTemporaryDir two;
    made(RelayCertificate::loadOrCreate(one.path(), {QStringLiteral("one")}));
    made(RelayCertificate::loadOrCreate(two.path(), {QStringLiteral("two")}));
    const QString certificatePath = one.filePath(QStringLiteral("relay-certificate.pem"));
    const QString keyPath = one.filePath(QStringLiteral("relay-key.pem"));
    const QByteArray certificateBytes = contentsOf(certificatePath);

    // The key of another certificate.
    QFile::remove(keyPath);
    ASSERT_TRUE(QFile::copy(two.filePath(QStringLiteral("relay-key.pem")), keyPath));
    auto result = RelayCertificate::loadOrCreate(one.path(), {QStringLiteral("one")});
    ASSERT_TRUE(std::holds_alternative<QString>(result));
    EXPECT_TRUE(std::get<QString>(result).contains(certificatePath));
    EXPECT_TRUE(std::get<QString>(result).contains(keyPath));

    // A key that is not one, or none at all.
    QFile key(keyPath);
    ASSERT_TRUE(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write("-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n");
    key.close();
    EXPECT_TRUE(std::holds_alternative<QString>(RelayCertificate::loadOrCreate(one.path(), {})));
    QFile::remove(keyPath);
    EXPECT_TRUE(std::holds_alternative<QString>(RelayCertificate::loadOrCreate(one.path(), {})));
    EXPECT_EQ(contentsOf(certificatePath), certificateBytes);
}

TEST(RelayCertificate, NamesForAnAddressAreTheHostAndThatAddressOrEveryOneOfThisComputer)
{
    const QStringList names = RelayCertificate::namesFor(QHostAddress(QStringLiteral("192.0.2.77")));
    EXPECT_TRUE(names.contains(QStringLiteral("192.0.2.77")));
    if (!QHostInfo::localHostName().isEmpty()) {
        EXPECT_TRUE(names.contains(QHostInfo::localHostName().toLower()));
    }
    const QStringList any = RelayCertificate::namesFor(QHostAddress(QHostAddress::Any));
    EXPECT_FALSE(any.contains(QStringLiteral("127.0.0.1")));
    EXPECT_FALSE(any.contains(QStringLiteral("0.0.0.0")));
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && !address.isLinkLocal() && address.protocol() == QAbstractSocket::IPv4Protocol) {
            EXPECT_TRUE(any.contains(address.toString())) << address.toString().toStdString();
        }
    }
}

namespace {

// A program on the network: plain SMTP lines, STARTTLS, and trust in one certificate given by its fingerprint.
class PinnedClient
{
public:
    PinnedClient(const QHostAddress &address, quint16 port, QByteArray pinnedSha256) : m_pinned(std::move(pinnedSha256))
    {
        QObject::connect(&socket, &QSslSocket::sslErrors, [this](const QList<QSslError> &errors) {
            if (socket.peerCertificate().digest(QCryptographicHash::Sha256) == m_pinned)
                socket.ignoreSslErrors(errors);
        });
        socket.connectToHost(address, port);
        EXPECT_TRUE(socket.waitForConnected(3000));
    }
    QByteArray reply() { return remitente::testing::readReply(socket); }
    QByteArray say(const QByteArray &line) { return remitente::testing::sayLine(socket, line); }
    bool startTls()
    {
        socket.startClientEncryption();
        return QTest::qWaitFor(
                   [&] { return socket.isEncrypted() || socket.state() != QAbstractSocket::ConnectedState; }, 5000)
            && socket.isEncrypted();
    }

    QSslSocket socket;

private:
    QByteArray m_pinned;
};

// An address of this machine beyond loopback, when it has one.
std::optional<QHostAddress> networkAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && !address.isLinkLocal() && address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return std::nullopt;
}

class RelayOnTheNetwork : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(store.open(folder.filePath(QStringLiteral("outbox.sqlite")), &error)) << error.toStdString();
        credentials = std::get<RelayClients::Credentials>(
            RelayClients(clientsPath).add(QStringLiteral("scanner"), QStringLiteral("acc1")));
        certificate = std::make_unique<RelayCertificate>(made(RelayCertificate::loadOrCreate(
            folder.path(), RelayCertificate::namesFor(QHostAddress(QStringLiteral("127.0.0.1"))))));
        service.setCertificate(certificate->certificate(), certificate->key());
    }

    // STARTTLS to a client pinned to the relay's fingerprint, AUTH refused before it and accepted after.
    void expectTlsBeforeAuth(const QHostAddress &address)
    {
        PinnedClient client(address, service.port(), certificate->certificate().digest(QCryptographicHash::Sha256));
        EXPECT_TRUE(client.reply().startsWith("220 "));
        const QByteArray ehlo = client.say("EHLO scanner");
        EXPECT_TRUE(ehlo.contains("STARTTLS")) << ehlo.constData();
        EXPECT_FALSE(ehlo.contains("AUTH")) << ehlo.constData();
        EXPECT_TRUE(client.say(plainAuth(credentials.user, credentials.password)).startsWith("530 5.7.0"));
        EXPECT_TRUE(client.say("MAIL FROM:<ana@example.es>").startsWith("530 5.7.0"));
        EXPECT_TRUE(client.say("STARTTLS").startsWith("220 2.0.0"));
        ASSERT_TRUE(client.startTls()) << client.socket.errorString().toStdString();
        EXPECT_EQ(client.socket.peerCertificate(), certificate->certificate());
        const QByteArray secureEhlo = client.say("EHLO scanner");
        EXPECT_TRUE(secureEhlo.contains("AUTH PLAIN LOGIN")) << secureEhlo.constData();
        EXPECT_FALSE(secureEhlo.contains("STARTTLS"));
        EXPECT_TRUE(client.say(plainAuth(credentials.user, credentials.password)).startsWith("235 2.7.0"));
        EXPECT_TRUE(client.say("QUIT").startsWith("221 "));

        // A program pinned to another certificate does not get through the handshake.
        PinnedClient stranger(address, service.port(), QByteArray(32, '\x42'));
        stranger.reply();
        stranger.say("EHLO stranger");
        EXPECT_TRUE(stranger.say("STARTTLS").startsWith("220 "));
        EXPECT_FALSE(stranger.startTls());
    }

    QTemporaryDir folder;
    QString clientsPath = folder.filePath(QStringLiteral("relay-clients.json"));
    outbox::OutboxStore store;
    accounts::AccountStore accounts{folder.filePath(QStringLiteral("accounts.json"))};
    RelayService service{store, accounts, clientsPath};
    RelayClients::Credentials credentials;
    std::unique_ptr<RelayCertificate> certificate;
};

} // namespace

TEST_F(RelayOnTheNetwork, BeyondLoopbackOnlyWithItsCertificateAndStartTlsBeforeAuth)
{
    const std::optional<QHostAddress> address = networkAddress();
    QString error;
    if (!address) {
        // No network here: loopback with TLS required as it would be beyond it.
        std::cout << "No address beyond loopback on this machine: 127.0.0.1 with TLS required\n";
        service.setTlsRequiredOnLoopback(true);
        ASSERT_TRUE(service.listen(QHostAddress::LocalHost, 0, &error)) << error.toStdString();
        expectTlsBeforeAuth(QHostAddress::LocalHost);
        return;
    }
    std::cout << "Listening on " << address->toString().toStdString() << "\n";
    RelayService bare{store, accounts, clientsPath};
    EXPECT_FALSE(bare.listen(*address, 0, &error));
    EXPECT_TRUE(error.contains(address->toString())) << error.toStdString();
    ASSERT_TRUE(service.listen(*address, 0, &error)) << error.toStdString();
    expectTlsBeforeAuth(*address);
}

TEST_F(RelayOnTheNetwork, TlsRequiredOnLoopbackWhenAskedFor)
{
    QString error;
    service.setTlsRequiredOnLoopback(true);
    ASSERT_TRUE(service.listen(QHostAddress::LocalHost, 0, &error)) << error.toStdString();
    expectTlsBeforeAuth(QHostAddress::LocalHost);
}

TEST_F(RelayOnTheNetwork, AProgramGivenTheCertificateFileTrustsItForTheAddressItIsMadeFor)
{
    QString error;
    service.setTlsRequiredOnLoopback(true);
    ASSERT_TRUE(service.listen(QHostAddress::LocalHost, 0, &error)) << error.toStdString();
    PinnedClient client(QHostAddress::LocalHost, service.port(), {}); // no pin: the system's checks only
    QSslConfiguration configuration = client.socket.sslConfiguration();
    configuration.setCaCertificates(
        {QSslCertificate::fromPath(folder.filePath(QStringLiteral("relay-certificate.pem")))});
    client.socket.setSslConfiguration(configuration);
    client.reply();
    client.say("EHLO program");
    EXPECT_TRUE(client.say("STARTTLS").startsWith("220 "));
    ASSERT_TRUE(client.startTls()) << client.socket.errorString().toStdString();
    EXPECT_TRUE(client.socket.sslHandshakeErrors().isEmpty());
    EXPECT_TRUE(client.say("EHLO program").contains("AUTH PLAIN LOGIN"));
}
