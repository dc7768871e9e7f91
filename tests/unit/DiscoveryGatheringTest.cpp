// Discovery's gathering against FakeDnsResolver and a scripted server: what it asks, what it probes, how it
// meets DNS failures and silence. The choices themselves are DiscoveryJudgesTest's; tests/integration/
// DiscoveryTest.cpp is the proof against a real DNS server and Postfix.
#include "FakeDnsResolver.h"
#include "TestAccounts.h"
#include "ScriptedSmtpServer.h"

#include "providers/Discovery.h"

#include <QElapsedTimer>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::providers;
using namespace std::chrono_literals;
using remitente::testing::FakeDnsResolver;
using remitente::testing::ScriptedSmtpServer;

using remitente::testing::builtInCatalogue;

namespace {
struct Found {
    bool finished = false;
    DiscoveryResult result;
    QStringList steps;
    qint64 elapsedMs = 0;
};

Found discover(FakeDnsResolver &dns, const QString &address, Discovery::Options options = {1500ms, 1000ms, 4, {}})
{
    options.extraCaCertificates = QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")));
    Discovery discovery(builtInCatalogue(), dns, options);
    Found run;
    QObject::connect(&discovery, &Discovery::progress,
                     [&](const QString &step, const QString &) { run.steps << step; });
    QObject::connect(&discovery, &Discovery::finished, [&](const DiscoveryResult &result) {
        run.result = result;
        run.finished = true;
    });
    QElapsedTimer clock;
    clock.start();
    discovery.start(address);
    EXPECT_TRUE(QTest::qWaitFor([&] { return run.finished; }, 10000));
    run.elapsedMs = clock.elapsed();
    return run;
}

const Suggestion *suggestionFor(const DiscoveryResult &result, const QString &host, quint16 port)
{
    for (const Suggestion &suggestion : result.suggestions) {
        if (suggestion.host == host && suggestion.port == port)
            return &suggestion;
    }
    return nullptr;
}
} // namespace

TEST(DiscoveryGathering, ACatalogueDomainAsksNoDns)
{
    FakeDnsResolver dns;
    const Found run = discover(dns, QStringLiteral("ana@gmail.com"));
    EXPECT_EQ(run.result.providerId, u"gmail");
    EXPECT_EQ(run.result.imap, (imap::ImapServer{QStringLiteral("imap.gmail.com"), 993, imap::ImapSecurity::Tls}));
    EXPECT_EQ(run.result.imapSource, u"catalogue");
    EXPECT_TRUE(dns.questions().isEmpty()) << dns.questions().join(u", ").toStdString();
}

TEST(DiscoveryGathering, AnMxOfAKnownProviderNeedsNoProbe)
{
    FakeDnsResolver dns;
    dns.addMx(QStringLiteral("workspace.test"), QStringLiteral("aspmx.l.google.com"));
    const Found run = discover(dns, QStringLiteral("ana@workspace.test"));
    EXPECT_EQ(run.result.providerId, u"google-workspace");
    ASSERT_TRUE(run.result.best().has_value());
    EXPECT_EQ(run.result.best()->host, u"smtp.gmail.com");
    EXPECT_EQ(run.result.best()->source, u"mx");
    const QStringList asked = dns.questions();
    EXPECT_TRUE(asked.contains(u"SRV _submissions._tcp.workspace.test"));
    EXPECT_TRUE(asked.contains(u"SRV _submission._tcp.workspace.test"));
    EXPECT_TRUE(asked.contains(u"A autoconfig.workspace.test"));
    EXPECT_TRUE(asked.contains(u"SRV _imaps._tcp.workspace.test"));
    EXPECT_TRUE(asked.contains(u"SRV _imap._tcp.workspace.test"));
    EXPECT_EQ(run.result.imap.host, u"imap.gmail.com") << "the provider's own, whatever else is published";
    EXPECT_EQ(run.result.imapSource, u"mx");
    EXPECT_FALSE(asked.contains(u"A smtp.workspace.test")) << "nothing guessed or probed";
}

TEST(DiscoveryGathering, AnSrvServerIsConfirmedByItsTlsHandshake)
{
    ScriptedSmtpServer server({QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO *"),
                               QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
                               QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")},
                              ScriptedSmtpServer::Transport::ImplicitTls);
    ASSERT_TRUE(server.start());
    FakeDnsResolver dns;
    dns.addSrv(QStringLiteral("_submissions._tcp.example.test"), QStringLiteral("mail.example.test"),
               server.serverPort());
    dns.addAddress(QStringLiteral("mail.example.test"), QHostAddress::LocalHost);
    const Found run = discover(dns, QStringLiteral("ana@example.test"));
    EXPECT_EQ(server.scriptError(), QString());
    ASSERT_TRUE(run.result.best().has_value());
    EXPECT_EQ(run.result.best()->host, u"mail.example.test");
    EXPECT_EQ(run.result.best()->port, server.serverPort());
    EXPECT_EQ(run.result.best()->source, u"srv");
    EXPECT_EQ(run.result.best()->authMechanisms, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    EXPECT_TRUE(run.steps.contains(u"probe"));
    const Suggestion *guess = suggestionFor(run.result, QStringLiteral("smtp.example.test"), 465);
    ASSERT_NE(guess, nullptr) << "the guesses are offered too";
    EXPECT_FALSE(guess->confirmed);
    EXPECT_EQ(guess->problem, u"The name smtp.example.test does not exist.");
    // No IMAP published: the mailbox is guessed beside the SMTP server that answered.
    EXPECT_EQ(run.result.imap, (imap::ImapServer{QStringLiteral("mail.example.test"), 993, imap::ImapSecurity::Tls}));
    EXPECT_EQ(run.result.imapSource, u"guess");
}

TEST(DiscoveryGathering, ImapSrvRecordsNameTheMailboxImapsFirst)
{
    FakeDnsResolver dns;
    dns.addSrv(QStringLiteral("_imap._tcp.srv.test"), QStringLiteral("imap.srv.test."), 143);
    dns.addSrv(QStringLiteral("_imaps._tcp.srv.test"), QStringLiteral("backup-imap.srv.test"), 993, 20);
    dns.addSrv(QStringLiteral("_imaps._tcp.srv.test"), QStringLiteral("imap.srv.test"), 993, 10);
    Found run = discover(dns, QStringLiteral("ana@srv.test"));
    EXPECT_EQ(run.result.imap, (imap::ImapServer{QStringLiteral("imap.srv.test"), 993, imap::ImapSecurity::Tls}))
        << "implicit TLS (RFC 8314) before STARTTLS, then by priority";
    EXPECT_EQ(run.result.imapSource, u"srv");

    FakeDnsResolver starttlsOnly;
    starttlsOnly.addSrv(QStringLiteral("_imap._tcp.srv.test"), QStringLiteral("imap.srv.test."), 143);
    run = discover(starttlsOnly, QStringLiteral("ana@srv.test"));
    EXPECT_EQ(run.result.imap, (imap::ImapServer{QStringLiteral("imap.srv.test"), 143, imap::ImapSecurity::StartTls}));

    FakeDnsResolver notOffered;
    notOffered.addSrv(QStringLiteral("_imaps._tcp.srv.test"), QStringLiteral("."), 0);
    run = discover(notOffered, QStringLiteral("ana@srv.test"));
    EXPECT_FALSE(run.result.imap.isSet()) << "\".\" means no IMAP here, and no SMTP server answered to guess beside";
}

TEST(DiscoveryGathering, FailingLookupsStillLeadToTheGuesses)
{
    FakeDnsResolver dns;
    for (const QString &name : {QStringLiteral("broken.test"), QStringLiteral("_submissions._tcp.broken.test"),
                                QStringLiteral("_submission._tcp.broken.test"), QStringLiteral("smtp.broken.test")})
        dns.failOn(name, QStringLiteral("Server failure"));
    const Found run = discover(dns, QStringLiteral("ana@broken.test"));
    EXPECT_FALSE(run.result.timedOut);
    EXPECT_FALSE(run.result.best().has_value());
    EXPECT_EQ(run.result.suggestions.size(), 6);
    const Suggestion *failed = suggestionFor(run.result, QStringLiteral("smtp.broken.test"), 587);
    ASSERT_NE(failed, nullptr);
    EXPECT_EQ(failed->problem, u"Server failure") << "the resolver's own words";
}

TEST(DiscoveryGathering, SilentDnsMeetsTheDeadline)
{
    FakeDnsResolver dns;
    dns.neverAnswer(QStringLiteral("silent.test"));
    const Found run = discover(dns, QStringLiteral("ana@silent.test"), {300ms, 1000ms, 4, {}});
    EXPECT_TRUE(run.result.timedOut);
    EXPECT_FALSE(run.result.best().has_value());
    EXPECT_GE(run.elapsedMs, 280);
    EXPECT_LT(run.elapsedMs, 1500);
}

TEST(DiscoveryGathering, CancelledDiscoveryReportsNothing)
{
    FakeDnsResolver dns;
    dns.delay(QStringLiteral("late.test"), 200ms);
    Discovery discovery(builtInCatalogue(), dns, {2000ms, 1000ms, 4, {}});
    bool finished = false;
    QObject::connect(&discovery, &Discovery::finished, [&] { finished = true; });
    discovery.start(QStringLiteral("ana@late.test"));
    QTest::qWait(50);
    discovery.cancel();
    QTest::qWait(400);
    EXPECT_FALSE(finished);
}
