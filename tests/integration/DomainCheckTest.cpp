// The domain check against a real DNS server (dnsmasq on 127.0.0.2, zones in tests/support/dns/zones.conf).
#include "diagnosis/DomainCheck.h"
#include "TestAccounts.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::diagnosis;

using remitente::testing::builtInCatalogue;

namespace {
QMap<QString, DomainFinding> check(const QString &domain, const QString &providerId = {}, const QString &smtpHost = {})
{
    net::SystemDnsResolver resolver(QHostAddress(QStringLiteral("127.0.0.2")));
    DomainCheck domainCheck(resolver, builtInCatalogue());
    QSignalSpy finished(&domainCheck, &DomainCheck::finished);
    domainCheck.start({domain, providerId, smtpHost});
    EXPECT_TRUE(finished.wait(15000)) << domain.toStdString();
    QMap<QString, DomainFinding> byCheck;
    if (finished.isEmpty())
        return byCheck;
    for (const DomainFinding &finding : finished.first().first().value<QList<DomainFinding>>())
        byCheck.insert(finding.check, finding);
    return byCheck;
}

std::string describe(const DomainFinding &finding)
{
    return (verdictName(finding.verdict) + u' ' + finding.summary + u' ' + finding.details.join(u' ')).toStdString();
}
} // namespace

TEST(DomainCheck, AWellSetUpDomainPassesEveryCheck)
{
    const auto findings = check(QStringLiteral("good.test"), QStringLiteral("google-workspace"));
    ASSERT_EQ(
        findings.keys(),
        (QStringList{QStringLiteral("dkim"), QStringLiteral("dmarc"), QStringLiteral("mx"), QStringLiteral("spf")}));
    for (const DomainFinding &finding : findings)
        EXPECT_EQ(finding.verdict, Verdict::Pass) << finding.check.toStdString() << ": " << describe(finding);
    EXPECT_EQ(findings[QStringLiteral("spf")].found, QStringList{QStringLiteral("v=spf1 include:_spf.google.com ~all")})
        << "the site-verification TXT record is not SPF";
    EXPECT_TRUE(findings[QStringLiteral("spf")].summary.contains(u"Google Workspace"));
    EXPECT_TRUE(findings[QStringLiteral("dmarc")].summary.contains(u"quarantine"));
    EXPECT_TRUE(findings[QStringLiteral("spf")].recordValue.isEmpty());
}

TEST(DomainCheck, MissingRecordsFailOrWarnWithTheRecordToAdd)
{
    const auto findings = check(QStringLiteral("missing.test"), QStringLiteral("google-workspace"));
    const DomainFinding spf = findings.value(QStringLiteral("spf"));
    EXPECT_EQ(spf.verdict, Verdict::Fail) << describe(spf);
    EXPECT_EQ(spf.recordName, u"missing.test");
    EXPECT_EQ(spf.recordValue, u"v=spf1 include:_spf.google.com ~all");
    const DomainFinding dmarc = findings.value(QStringLiteral("dmarc"));
    EXPECT_EQ(dmarc.verdict, Verdict::Warning) << describe(dmarc);
    EXPECT_EQ(dmarc.recordName, u"_dmarc.missing.test");
    EXPECT_TRUE(dmarc.recordValue.startsWith(u"v=DMARC1; p=none"));
    const DomainFinding dkim = findings.value(QStringLiteral("dkim"));
    EXPECT_EQ(dkim.verdict, Verdict::Warning) << describe(dkim);
    EXPECT_TRUE(dkim.summary.contains(u"google")) << "names the selector Google uses";
    EXPECT_EQ(findings.value(QStringLiteral("mx")).verdict, Verdict::Pass);
}

TEST(DomainCheck, DuplicateSpfAndDmarcRecordsFail)
{
    const auto findings = check(QStringLiteral("duplicate.test"));
    const DomainFinding spf = findings.value(QStringLiteral("spf"));
    EXPECT_EQ(spf.verdict, Verdict::Fail) << describe(spf);
    EXPECT_EQ(spf.found.size(), 2);
    // One merged record to publish instead.
    EXPECT_TRUE(spf.recordValue.contains(u"include:_spf.google.com")) << spf.recordValue.toStdString();
    EXPECT_TRUE(spf.recordValue.contains(u"ip4:198.51.100.7")) << spf.recordValue.toStdString();
    EXPECT_EQ(spf.recordValue.count(u"all"), 1);
    EXPECT_EQ(findings.value(QStringLiteral("dmarc")).verdict, Verdict::Fail);
}

TEST(DomainCheck, PlusAllFailsAndIsReplacedBySoftFail)
{
    const DomainFinding spf
        = check(QStringLiteral("plusall.test"), QStringLiteral("google-workspace")).value(QStringLiteral("spf"));
    EXPECT_EQ(spf.verdict, Verdict::Fail) << describe(spf);
    EXPECT_TRUE(spf.details.join(u' ').contains(u"+all"));
    EXPECT_EQ(spf.recordValue, u"v=spf1 include:_spf.google.com ~all");
}

TEST(DomainCheck, MoreThanTenLookupsFail)
{
    const DomainFinding spf
        = check(QStringLiteral("lookups.test"), QStringLiteral("google-workspace")).value(QStringLiteral("spf"));
    EXPECT_EQ(spf.verdict, Verdict::Fail) << describe(spf);
    EXPECT_TRUE(spf.details.join(u' ').contains(u"11 DNS lookups")) << describe(spf);
}

TEST(DomainCheck, NoDmarcWarnsAndTheRestPasses)
{
    const auto findings = check(QStringLiteral("nodmarc.test"), QStringLiteral("google-workspace"));
    EXPECT_EQ(findings.value(QStringLiteral("dmarc")).verdict, Verdict::Warning);
    EXPECT_EQ(findings.value(QStringLiteral("spf")).verdict, Verdict::Pass);
    EXPECT_EQ(findings.value(QStringLiteral("dkim")).verdict, Verdict::Pass);
}

TEST(DomainCheck, TheSendingServiceMustBeAuthorised)
{
    // Google's include is a verified fact: without it, SPF fails, and the fix keeps what is there.
    const DomainFinding google
        = check(QStringLiteral("hosting.test"), QStringLiteral("google-workspace")).value(QStringLiteral("spf"));
    EXPECT_EQ(google.verdict, Verdict::Fail) << describe(google);
    EXPECT_EQ(google.recordValue, u"v=spf1 a mx include:_spf.google.com ~all");
    // Microsoft's include comes from setup guides (unverified): only a warning.
    const DomainFinding microsoft
        = check(QStringLiteral("good.test"), QStringLiteral("microsoft365")).value(QStringLiteral("spf"));
    EXPECT_EQ(microsoft.verdict, Verdict::Warning) << describe(microsoft);
    EXPECT_EQ(microsoft.recordValue, u"v=spf1 include:_spf.google.com include:spf.protection.outlook.com ~all");
}

TEST(DomainCheck, HostingIsJudgedByTheServersAddress)
{
    const auto listed
        = check(QStringLiteral("hosting.test"), QStringLiteral("hosting"), QStringLiteral("mail.hosting.test"));
    EXPECT_EQ(listed.value(QStringLiteral("spf")).verdict, Verdict::Pass)
        << describe(listed.value(QStringLiteral("spf")));
    const DomainFinding dkim = listed.value(QStringLiteral("dkim"));
    EXPECT_EQ(dkim.verdict, Verdict::Warning);
    EXPECT_TRUE(dkim.summary.contains(u"revoked")) << describe(dkim);

    const DomainFinding elsewhere
        = check(QStringLiteral("hosting.test"), {}, QStringLiteral("smtp.elsewhere.test")).value(QStringLiteral("spf"));
    EXPECT_EQ(elsewhere.verdict, Verdict::Warning) << describe(elsewhere);
    EXPECT_TRUE(elsewhere.details.join(u' ').contains(u"127.0.0.10"));
}

TEST(DomainCheck, AProvidersOwnDomainIsManagedByIt)
{
    const auto findings = check(QStringLiteral("ana@gmail.com"));
    ASSERT_EQ(findings.size(), 1);
    const DomainFinding managed = findings.first();
    EXPECT_EQ(managed.check, u"provider");
    EXPECT_EQ(managed.verdict, Verdict::Managed);
    EXPECT_TRUE(managed.summary.contains(u"Gmail"));
}
