// Discovery end to end: the catalogue, MX and SRV from a real DNS server (dnsmasq), probes against the real
// Postfix and against black-holed ports, under one deadline.
#include "ScriptedSmtpServer.h"

#include "providers/Discovery.h"

#include <QElapsedTimer>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente::providers;
using remitente::net::SystemDnsResolver;
using namespace std::chrono_literals;

namespace {

struct Found {
    DiscoveryResult result;
    QStringList steps;
    qint64 elapsedMs = 0;
};

Found discover(const QString &address, Discovery::Options options = {})
{
    QString error;
    static const std::optional<ProviderCatalogue> catalogue = ProviderCatalogue::load(&error);
    EXPECT_TRUE(catalogue.has_value());
    SystemDnsResolver resolver(QHostAddress(QStringLiteral("127.0.0.2")));
    options.extraCaCertificates
        = QSslCertificate::fromPath(remitente::testing::ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")));
    Discovery discovery(*catalogue, resolver, options);
    Found run;
    bool done = false;
    QObject::connect(&discovery, &Discovery::progress,
                     [&](const QString &step, const QString &) { run.steps << step; });
    QObject::connect(&discovery, &Discovery::finished, [&](const DiscoveryResult &result) {
        run.result = result;
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    discovery.start(address);
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 30000));
    run.elapsedMs = clock.elapsed();
    return run;
}

} // namespace

TEST(Discovery, CatalogueDomainNeedsNoNetwork)
{
    const Found run = discover(QStringLiteral("ana@gmail.com"));
    EXPECT_EQ(run.result.providerId, QStringLiteral("gmail"));
    ASSERT_TRUE(run.result.best().has_value());
    EXPECT_EQ(run.result.best()->host, QStringLiteral("smtp.gmail.com"));
    EXPECT_EQ(run.result.best()->port, 465);
    EXPECT_EQ(run.result.best()->source, QStringLiteral("catalogue"));
    EXPECT_EQ(run.result.username, QStringLiteral("ana@gmail.com"));
    EXPECT_FALSE(run.steps.contains(QStringLiteral("mx")));
    EXPECT_LT(run.elapsedMs, 200);
}

TEST(Discovery, MxPointsToAKnownProvider)
{
    const Found run = discover(QStringLiteral("ana@workspace.test"));
    EXPECT_EQ(run.result.providerId, QStringLiteral("google-workspace"));
    EXPECT_EQ(run.result.best()->host, QStringLiteral("smtp.gmail.com"));
    EXPECT_EQ(run.result.best()->source, QStringLiteral("mx"));
    EXPECT_TRUE(run.steps.contains(QStringLiteral("mx")));
}

TEST(Discovery, SrvIsConfirmedByATlsHandshake)
{
    const Found run = discover(QStringLiteral("ana@example.test"));
    EXPECT_TRUE(run.result.providerId.isEmpty());
    ASSERT_TRUE(run.result.best().has_value());
    EXPECT_EQ(run.result.best()->host, QStringLiteral("mail.example.test"));
    EXPECT_EQ(run.result.best()->port, 465);
    EXPECT_EQ(run.result.best()->source, QStringLiteral("srv"));
    EXPECT_TRUE(run.result.best()->authMechanisms.contains(QStringLiteral("PLAIN")));
    EXPECT_EQ(
        run.result.imap,
        (remitente::imap::ImapServer{QStringLiteral("imap.example.test"), 993, remitente::imap::ImapSecurity::Tls}))
        << "_imaps._tcp (RFC 6186/8314)";
    EXPECT_EQ(run.result.imapSource, QStringLiteral("srv"));
}

TEST(Discovery, SharedHostingSuggestsTheCertificatesName)
{
    const Found run = discover(QStringLiteral("ana@shared.test"), {3000ms, 2000ms, 4, {}});
    bool suggested = false;
    for (const Suggestion &s : run.result.suggestions) {
        if (s.host == u"mail.shared.test") {
            EXPECT_FALSE(s.confirmed);
            suggested = s.certificateNames.contains(QStringLiteral("localhost"));
        }
    }
    EXPECT_TRUE(suggested) << "the certificate's own name is offered";
}

TEST(Discovery, GuessingDoesNotWaitForBlackHoles)
{
    // smtp.guess.test answers; mail.guess.test and guess.test accept TCP and never speak. The probe timeout is
    // 5 s: the answer must come long before it, not after the sum of timeouts.
    const Found run = discover(QStringLiteral("ana@guess.test"), {20000ms, 5000ms, 4, {}});
    ASSERT_TRUE(run.result.best().has_value());
    EXPECT_EQ(run.result.best()->host, QStringLiteral("smtp.guess.test"));
    EXPECT_EQ(run.result.best()->source, QStringLiteral("guess"));
    EXPECT_FALSE(run.result.timedOut);
    EXPECT_LT(run.elapsedMs, 2500);
}

TEST(Discovery, TheOverallDeadlineHolds)
{
    const Found run = discover(QStringLiteral("ana@blackhole.test"), {1000ms, 10000ms, 4, {}});
    EXPECT_TRUE(run.result.timedOut);
    EXPECT_FALSE(run.result.best().has_value());
    EXPECT_GE(run.elapsedMs, 900) << "(Qt's coarse timers may fire up to 5% early)";
    EXPECT_LT(run.elapsedMs, 1800);
}

TEST(Discovery, AutoconfigOverHttpsIsProbedBeforeUse)
{
    const Found run = discover(QStringLiteral("ana@auto.test"), {10000ms, 3000ms, 4, {}});
    ASSERT_TRUE(run.result.best().has_value());
    EXPECT_EQ(run.result.best()->host, QStringLiteral("mail.example.test"));
    EXPECT_EQ(run.result.best()->source, QStringLiteral("autoconfig"));
    EXPECT_EQ(run.result.username, QStringLiteral("ana")) << "%EMAILLOCALPART%";
    EXPECT_EQ(run.result.imap,
              (remitente::imap::ImapServer{QStringLiteral("imap.auto.test"), 993, remitente::imap::ImapSecurity::Tls}))
        << "autoconfig's incoming IMAP server";
    EXPECT_EQ(run.result.imapSource, QStringLiteral("autoconfig"));
    EXPECT_TRUE(run.steps.contains(QStringLiteral("autoconfig")));
    for (const Suggestion &s : run.result.suggestions)
        EXPECT_NE(s.host, QStringLiteral("plain.auto.test")) << "a plain-text server is never suggested";
}

TEST(Discovery, CancelStopsEverything)
{
    QString error;
    const std::optional<ProviderCatalogue> catalogue = ProviderCatalogue::load(&error);
    ASSERT_TRUE(catalogue.has_value());
    SystemDnsResolver resolver(QHostAddress(QStringLiteral("127.0.0.2")));
    Discovery discovery(*catalogue, resolver, {10000ms, 10000ms, 4, {}});
    bool finished = false;
    QObject::connect(&discovery, &Discovery::finished, [&] { finished = true; });
    discovery.start(QStringLiteral("ana@blackhole.test"));
    QTest::qWait(300); // the probes are hanging on the black holes by now
    discovery.cancel();
    QTest::qWait(300);
    EXPECT_FALSE(finished) << "a cancelled discovery reports nothing";
}
