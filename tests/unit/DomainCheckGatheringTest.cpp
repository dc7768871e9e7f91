// DomainCheck's gathering against FakeDnsResolver: which questions it asks, how it walks SPF includes, deadlines
// and failures. What the answers mean is DomainJudgesTest's; tests/integration/DomainCheckTest.cpp is the proof
// against a real DNS server.
#include "FakeDnsResolver.h"
#include "TestAccounts.h"

#include "diagnosis/DomainCheck.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::diagnosis;
using remitente::testing::FakeDnsResolver;

using remitente::testing::builtInCatalogue;

namespace {
struct Checked {
    QList<DomainFinding> findings;
    QMap<QString, DomainFinding> byCheck;
};

Checked check(FakeDnsResolver &dns, const DomainCheck::Request &request, int deadline = 5000)
{
    DomainCheck domainCheck(dns, builtInCatalogue());
    domainCheck.setDeadline(deadline);
    QSignalSpy finished(&domainCheck, &DomainCheck::finished);
    domainCheck.start(request);
    EXPECT_TRUE(finished.wait(deadline + 2000));
    Checked checked;
    if (finished.isEmpty())
        return checked;
    checked.findings = finished.first().first().value<QList<DomainFinding>>();
    for (const DomainFinding &finding : std::as_const(checked.findings))
        checked.byCheck.insert(finding.check, finding);
    return checked;
}

std::string describe(const DomainFinding &finding)
{
    return (verdictName(finding.verdict) + u' ' + finding.summary + u' ' + finding.details.join(u' ')).toStdString();
}

// shop.test sends through Google Workspace and has every record right.
void publishGoodShop(FakeDnsResolver &dns)
{
    dns.addMx(QStringLiteral("shop.test"), QStringLiteral("aspmx.l.google.com"), 1);
    dns.addTxt(QStringLiteral("shop.test"), QStringLiteral("google-site-verification=abc"));
    dns.addTxt(QStringLiteral("shop.test"), QStringLiteral("v=spf1 include:_spf.google.com ~all"));
    dns.addTxt(QStringLiteral("_spf.google.com"),
               QStringLiteral("v=spf1 include:_netblocks.google.com include:_netblocks2.google.com ~all"));
    dns.addTxt(QStringLiteral("_netblocks.google.com"), QStringLiteral("v=spf1 ip4:192.0.2.0/24 ~all"));
    dns.addTxt(QStringLiteral("_netblocks2.google.com"), QStringLiteral("v=spf1 ip6:2001:db8::/32 ~all"));
    dns.addTxt(QStringLiteral("google._domainkey.shop.test"), QStringLiteral("v=DKIM1; k=rsa; p=MIIBIjANBg"));
    dns.addTxt(QStringLiteral("_dmarc.shop.test"), QStringLiteral("v=DMARC1; p=quarantine"));
}
} // namespace

TEST(DomainCheckGathering, AsksEachRecordAndWalksTheIncludes)
{
    FakeDnsResolver dns;
    publishGoodShop(dns);
    const Checked checked = check(dns, {QStringLiteral("Ana@Shop.Test"), QStringLiteral("google-workspace"), {}});
    ASSERT_EQ(checked.findings.size(), 4);
    QStringList order;
    for (const DomainFinding &finding : checked.findings) {
        order.append(finding.check);
        EXPECT_EQ(finding.verdict, Verdict::Pass) << describe(finding);
    }
    EXPECT_EQ(
        order,
        (QStringList{QStringLiteral("mx"), QStringLiteral("spf"), QStringLiteral("dkim"), QStringLiteral("dmarc")}));
    EXPECT_TRUE(checked.byCheck[QStringLiteral("spf")].summary.contains(u"3 of 10"))
        << describe(checked.byCheck[QStringLiteral("spf")]);
    const QStringList asked = dns.questions();
    for (const QString &question :
         {QStringLiteral("MX shop.test"), QStringLiteral("TXT shop.test"), QStringLiteral("TXT _spf.google.com"),
          QStringLiteral("TXT _netblocks.google.com"), QStringLiteral("TXT _netblocks2.google.com"),
          QStringLiteral("TXT google._domainkey.shop.test"), QStringLiteral("TXT _dmarc.shop.test")})
        EXPECT_EQ(asked.count(question), 1) << question.toStdString();
    EXPECT_FALSE(asked.join(u' ').contains(u"A ")) << "with a provider include, no address is needed";
}

TEST(DomainCheckGathering, AnIncludeLoopIsFollowedOnceAndABrokenIncludeFails)
{
    FakeDnsResolver dns;
    dns.addMx(QStringLiteral("loop.test"), QStringLiteral("mx.loop.test"));
    dns.addTxt(QStringLiteral("loop.test"), QStringLiteral("v=spf1 include:a.loop.test include:gone.test -all"));
    dns.addTxt(QStringLiteral("a.loop.test"), QStringLiteral("v=spf1 include:b.loop.test -all"));
    dns.addTxt(QStringLiteral("b.loop.test"), QStringLiteral("v=spf1 include:a.loop.test -all"));
    const Checked checked = check(dns, {QStringLiteral("loop.test"), {}, {}});
    const DomainFinding spf = checked.byCheck.value(QStringLiteral("spf"));
    EXPECT_EQ(spf.verdict, Verdict::Fail) << describe(spf);
    EXPECT_TRUE(spf.details.join(u' ').contains(u"gone.test")) << describe(spf);
    EXPECT_EQ(dns.questions().count(QStringLiteral("TXT a.loop.test")), 1);
    EXPECT_EQ(dns.questions().count(QStringLiteral("TXT b.loop.test")), 1);
}

TEST(DomainCheckGathering, HostingResolvesTheAAndMxTermsAndTheServer)
{
    FakeDnsResolver dns;
    dns.addMx(QStringLiteral("host.test"), QStringLiteral("mx.host.test"));
    dns.addTxt(QStringLiteral("host.test"), QStringLiteral("v=spf1 a mx ~all"));
    dns.addAddress(QStringLiteral("host.test"), QHostAddress(QStringLiteral("192.0.2.1")));
    dns.addAddress(QStringLiteral("mx.host.test"), QHostAddress(QStringLiteral("192.0.2.2")));
    dns.addAddress(QStringLiteral("mail.host.test"), QHostAddress(QStringLiteral("192.0.2.2")));
    dns.addAddress(QStringLiteral("smtp.elsewhere.test"), QHostAddress(QStringLiteral("203.0.113.9")));

    const DomainFinding listed
        = check(dns, {QStringLiteral("host.test"), QStringLiteral("hosting"), QStringLiteral("mail.host.test")})
              .byCheck.value(QStringLiteral("spf"));
    EXPECT_EQ(listed.verdict, Verdict::Pass) << describe(listed);
    EXPECT_TRUE(dns.questions().contains(QStringLiteral("A mx.host.test"))) << "found through the mx term";

    const DomainFinding elsewhere = check(dns, {QStringLiteral("host.test"), {}, QStringLiteral("smtp.elsewhere.test")})
                                        .byCheck.value(QStringLiteral("spf"));
    EXPECT_EQ(elsewhere.verdict, Verdict::Warning) << describe(elsewhere);
    EXPECT_TRUE(elsewhere.details.join(u' ').contains(u"203.0.113.9")) << describe(elsewhere);
}

TEST(DomainCheckGathering, FailedLookupsBecomeWarnings)
{
    FakeDnsResolver dns;
    dns.failOn(QStringLiteral("broken.test"), QStringLiteral("Server failure"));
    dns.failOn(QStringLiteral("_dmarc.broken.test"), QStringLiteral("Server failure"));
    const Checked checked = check(dns, {QStringLiteral("broken.test"), QStringLiteral("google-workspace"), {}});
    ASSERT_EQ(checked.findings.size(), 4);
    for (const QString &name : {QStringLiteral("mx"), QStringLiteral("spf"), QStringLiteral("dmarc")}) {
        const DomainFinding finding = checked.byCheck.value(name);
        EXPECT_EQ(finding.verdict, Verdict::Warning) << describe(finding);
        EXPECT_TRUE(finding.summary.contains(u"Server failure")) << describe(finding);
        EXPECT_TRUE(finding.recordValue.isEmpty()) << "nothing to add when DNS did not say";
    }
}

TEST(DomainCheckGathering, ASilentNameDoesNotHoldUpTheOthers)
{
    FakeDnsResolver dns;
    publishGoodShop(dns);
    dns.neverAnswer(QStringLiteral("_dmarc.shop.test"));
    dns.delay(QStringLiteral("_spf.google.com"), std::chrono::milliseconds(50));
    const Checked checked = check(dns, {QStringLiteral("shop.test"), QStringLiteral("google-workspace"), {}}, 400);
    ASSERT_EQ(checked.findings.size(), 4);
    EXPECT_EQ(checked.byCheck[QStringLiteral("spf")].verdict, Verdict::Pass) << "a slow answer is waited for";
    const DomainFinding dmarc = checked.byCheck.value(QStringLiteral("dmarc"));
    EXPECT_EQ(dmarc.verdict, Verdict::Warning);
    EXPECT_TRUE(dmarc.summary.contains(u"in time")) << describe(dmarc);
}

TEST(DomainCheckGathering, AProvidersOwnDomainAsksNothing)
{
    FakeDnsResolver dns;
    const Checked checked = check(dns, {QStringLiteral("ana@gmail.com"), {}, {}});
    ASSERT_EQ(checked.findings.size(), 1);
    EXPECT_EQ(checked.findings.first().verdict, Verdict::Managed);
    EXPECT_TRUE(dns.questions().isEmpty());
}

TEST(DomainCheckGathering, StartingAgainDropsTheEarlierAnswers)
{
    FakeDnsResolver dns;
    publishGoodShop(dns);
    dns.delay(QStringLiteral("_dmarc.slow.test"), std::chrono::milliseconds(100));
    DomainCheck domainCheck(dns, builtInCatalogue());
    QSignalSpy finished(&domainCheck, &DomainCheck::finished);
    domainCheck.start({QStringLiteral("slow.test"), {}, {}});
    domainCheck.start({QStringLiteral("shop.test"), QStringLiteral("google-workspace"), {}});
    ASSERT_TRUE(finished.wait(3000));
    QTest::qWait(250);
    ASSERT_EQ(finished.size(), 1);
    const auto findings = finished.first().first().value<QList<DomainFinding>>();
    ASSERT_EQ(findings.size(), 4);
    EXPECT_EQ(findings.first().summary, u"Receives email through aspmx.l.google.com");
}
