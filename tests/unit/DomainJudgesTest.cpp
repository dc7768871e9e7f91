// The domain check's judges over plain values: no DNS, no event loop.
#include "diagnosis/DomainJudges.h"
#include "TestAccounts.h"
#include "diagnosis/SpfJudge.h"
#include "providers/ProviderCatalogue.h"

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::diagnosis;

using remitente::testing::builtInCatalogue;

namespace {
DomainExpectations expectationsFor(const QString &providerId, const QString &smtpHost = {})
{
    return DomainExpectations::of(QStringLiteral("example.test"), smtpHost, builtInCatalogue().byId(providerId));
}

// A domain with one SPF record, walked as DomainCheck would (lookups and followed targets given by the test).
SpfEvidence oneRecord(const QString &record, int lookups = 1, QSet<QString> followed = {})
{
    SpfEvidence evidence;
    evidence.records = {record};
    evidence.lookups = lookups;
    evidence.followed = std::move(followed);
    return evidence;
}

std::string describe(const DomainFinding &finding)
{
    return (verdictName(finding.verdict) + u' ' + finding.summary + u' ' + finding.details.join(u' ')).toStdString();
}
} // namespace

TEST(DomainExpectations, AProvidersIncludeAndSelectorsOrTheUsualNames)
{
    const DomainExpectations google = expectationsFor(QStringLiteral("google-workspace"));
    EXPECT_EQ(google.spfIncludes, QStringList{QStringLiteral("_spf.google.com")});
    EXPECT_TRUE(google.spfIncludesVerified);
    EXPECT_EQ(google.dkimSelectors, QStringList{QStringLiteral("google")});
    EXPECT_EQ(google.dkimSignerName, u"Google Workspace");
    EXPECT_FALSE(google.judgesSpfByServerAddress());

    // Hosting: its selector first, then the usual names, and no company named.
    const DomainExpectations hosting = expectationsFor(QStringLiteral("hosting"), QStringLiteral("mail.example.test"));
    EXPECT_EQ(hosting.dkimSelectors.first(), u"default");
    EXPECT_TRUE(hosting.dkimSelectors.contains(u"selector1"));
    EXPECT_EQ(hosting.dkimSelectors.count(u"default"), 1);
    EXPECT_TRUE(hosting.dkimSignerName.isEmpty());
    EXPECT_TRUE(hosting.judgesSpfByServerAddress());

    const DomainExpectations unknown = DomainExpectations::of(QStringLiteral("example.test"), {}, nullptr);
    EXPECT_TRUE(unknown.providerName.isEmpty());
    EXPECT_EQ(unknown.dkimSelectors.size(), 8);
    EXPECT_FALSE(unknown.judgesSpfByServerAddress()) << "no server named: nothing to compare";
}

TEST(JudgeMx, RecordsNoneNullAndFailure)
{
    const QString domain = QStringLiteral("example.test");
    const DomainFinding good
        = judgeMx(domain, {{QStringLiteral("mx1.example.test"), 10}, {QStringLiteral("mx2.example.test"), 20}}, {});
    EXPECT_EQ(good.verdict, Verdict::Pass);
    EXPECT_EQ(good.found, (QStringList{QStringLiteral("10 mx1.example.test"), QStringLiteral("20 mx2.example.test")}));
    EXPECT_TRUE(good.summary.contains(u"mx1.example.test, mx2.example.test")) << describe(good);

    EXPECT_EQ(judgeMx(domain, {}, {}).verdict, Verdict::Warning);
    const DomainFinding null = judgeMx(domain, {{QString(), 0}}, {});
    EXPECT_EQ(null.verdict, Verdict::Fail);
    EXPECT_EQ(null.found, QStringList{QStringLiteral("0 .")});
    const DomainFinding failed = judgeMx(domain, {}, QStringLiteral("Server failure"));
    EXPECT_EQ(failed.verdict, Verdict::Warning);
    EXPECT_TRUE(failed.summary.contains(u"Server failure"));
}

TEST(JudgeDmarc, MissingDuplicateInvalidMonitoringAndEnforcing)
{
    const QString domain = QStringLiteral("example.test");
    const DomainFinding missing = judgeDmarc(domain, {QStringLiteral("something else")}, {});
    EXPECT_EQ(missing.verdict, Verdict::Warning);
    EXPECT_TRUE(missing.found.isEmpty());
    EXPECT_EQ(missing.recordName, u"_dmarc.example.test");
    EXPECT_EQ(missing.recordValue, u"v=DMARC1; p=none; rua=mailto:postmaster@example.test");

    const DomainFinding twice
        = judgeDmarc(domain, {QStringLiteral("v=DMARC1; p=none"), QStringLiteral("v=DMARC1; p=reject")}, {});
    EXPECT_EQ(twice.verdict, Verdict::Fail);
    EXPECT_TRUE(twice.recordValue.isEmpty());

    const DomainFinding invalid = judgeDmarc(domain, {QStringLiteral("v=DMARC1; p=maybe")}, {});
    EXPECT_EQ(invalid.verdict, Verdict::Fail);
    EXPECT_TRUE(invalid.recordValue.startsWith(u"v=DMARC1; p=none"));

    const DomainFinding monitoring = judgeDmarc(domain, {QStringLiteral("v=DMARC1; p=none")}, {});
    EXPECT_EQ(monitoring.verdict, Verdict::Pass);
    EXPECT_FALSE(monitoring.details.isEmpty()) << "says how to move on from monitoring";

    const DomainFinding enforcing = judgeDmarc(domain, {QStringLiteral("v=DMARC1; p=quarantine")}, {});
    EXPECT_EQ(enforcing.verdict, Verdict::Pass);
    EXPECT_TRUE(enforcing.summary.contains(u"quarantine"));

    const DomainFinding failed = judgeDmarc(domain, {}, QStringLiteral("timeout"));
    EXPECT_EQ(failed.verdict, Verdict::Warning);
    EXPECT_TRUE(failed.recordValue.isEmpty()) << "no record suggested when DNS did not answer";
}

TEST(JudgeDkim, AKeyWinsOverRevokedOverFailuresOverNothing)
{
    const DomainExpectations google = expectationsFor(QStringLiteral("google-workspace"));
    const QString key = QStringLiteral("v=DKIM1; k=rsa; p=MIIBIjANBg");
    const QString revoked = QStringLiteral("v=DKIM1; p=");

    const DomainFinding found = judgeDkim({{QStringLiteral("a._domainkey.example.test"), {revoked}, {}},
                                           {QStringLiteral("b._domainkey.example.test"), {key}, {}}},
                                          google);
    EXPECT_EQ(found.verdict, Verdict::Pass);
    EXPECT_EQ(found.found, QStringList{QStringLiteral("b._domainkey.example.test")});

    const DomainFinding empty = judgeDkim({{QStringLiteral("a._domainkey.example.test"), {revoked}, {}}}, google);
    EXPECT_EQ(empty.verdict, Verdict::Warning);
    EXPECT_TRUE(empty.summary.contains(u"revoked")) << describe(empty);

    const DomainFinding failed
        = judgeDkim({{QStringLiteral("a._domainkey.example.test"), {}, {}},
                     {QStringLiteral("b._domainkey.example.test"), {}, QStringLiteral("first")},
                     {QStringLiteral("c._domainkey.example.test"), {}, QStringLiteral("second")}},
                    google);
    EXPECT_EQ(failed.verdict, Verdict::Warning);
    EXPECT_TRUE(failed.summary.contains(u"first")) << "the first error that came back";

    const DomainFinding notAtGoogles
        = judgeDkim({{dkimRecordName(QStringLiteral("google"), google.domain), {}, {}}}, google);
    EXPECT_TRUE(notAtGoogles.summary.contains(u"Google Workspace")) << describe(notAtGoogles);
    EXPECT_TRUE(notAtGoogles.summary.contains(u"(google)")) << describe(notAtGoogles);

    const DomainFinding notAtUsualNames
        = judgeDkim({}, DomainExpectations::of(QStringLiteral("example.test"), {}, nullptr));
    EXPECT_TRUE(notAtUsualNames.summary.contains(u"default, dkim, mail")) << describe(notAtUsualNames);
}

TEST(JudgeSpf, NoRecordSuggestsTheProvidersInclude)
{
    const DomainFinding google = judgeSpf({}, expectationsFor(QStringLiteral("google-workspace")));
    EXPECT_EQ(google.verdict, Verdict::Fail);
    EXPECT_EQ(google.recordName, u"example.test");
    EXPECT_EQ(google.recordValue, u"v=spf1 include:_spf.google.com ~all");
    EXPECT_EQ(google.details.size(), 1);

    const DomainFinding hosting = judgeSpf({}, expectationsFor(QStringLiteral("hosting")));
    EXPECT_EQ(hosting.recordValue, u"v=spf1 a mx ~all");
    EXPECT_EQ(hosting.details.size(), 2) << "asks the host for the exact record";
}

TEST(JudgeSpf, ALookupFailureOnlyWarns)
{
    SpfEvidence evidence;
    evidence.error = QStringLiteral("Server failure");
    const DomainFinding finding = judgeSpf(evidence, expectationsFor(QStringLiteral("google-workspace")));
    EXPECT_EQ(finding.verdict, Verdict::Warning);
    EXPECT_TRUE(finding.summary.contains(u"Server failure"));
    EXPECT_TRUE(finding.recordValue.isEmpty());
}

TEST(JudgeSpf, SeveralRecordsAreMergedIntoOne)
{
    SpfEvidence evidence;
    evidence.records = {QStringLiteral("v=spf1 include:_spf.google.com -all"),
                        QStringLiteral("v=spf1 ip4:198.51.100.7 ?include:_spf.google.com ~all")};
    const DomainFinding finding = judgeSpf(evidence, expectationsFor(QStringLiteral("google-workspace")));
    EXPECT_EQ(finding.verdict, Verdict::Fail);
    EXPECT_EQ(finding.found, evidence.records);
    EXPECT_EQ(finding.recordValue, u"v=spf1 include:_spf.google.com ip4:198.51.100.7 ?include:_spf.google.com ~all");
    EXPECT_EQ(mergedSpfRecord({QStringLiteral("v=spf1 a/24 mx"), QStringLiteral("v=spf1 a/24")}),
              u"v=spf1 a/24 mx ~all");
}

TEST(JudgeSpf, AWellFormedRecordWithTheIncludePasses)
{
    const DomainFinding finding = judgeSpf(
        oneRecord(QStringLiteral("v=spf1 include:_spf.google.com ~all"), 4, {QStringLiteral("_spf.google.com")}),
        expectationsFor(QStringLiteral("google-workspace")));
    EXPECT_EQ(finding.verdict, Verdict::Pass) << describe(finding);
    EXPECT_TRUE(finding.summary.contains(u"Google Workspace")) << describe(finding);
    EXPECT_TRUE(finding.summary.contains(u"4 of 10")) << describe(finding);
    EXPECT_TRUE(finding.recordValue.isEmpty());
}

TEST(JudgeSpf, PlusAllFailsAndTheFixUsesSoftFail)
{
    const DomainFinding finding = judgeSpf(
        oneRecord(QStringLiteral("v=spf1 include:_spf.google.com +all"), 1, {QStringLiteral("_spf.google.com")}),
        expectationsFor(QStringLiteral("google-workspace")));
    EXPECT_EQ(finding.verdict, Verdict::Fail);
    EXPECT_EQ(finding.recordValue, u"v=spf1 include:_spf.google.com ~all");

    const DomainFinding bare = judgeSpf(oneRecord(QStringLiteral("v=spf1 mx all")), expectationsFor({}));
    EXPECT_EQ(bare.recordValue, u"v=spf1 mx ~all");
}

TEST(JudgeSpf, NeutralOrMissingAllOnlyWarnsButARedirectIsEnough)
{
    EXPECT_EQ(judgeSpf(oneRecord(QStringLiteral("v=spf1 mx ?all")), expectationsFor({})).verdict, Verdict::Warning);
    EXPECT_EQ(judgeSpf(oneRecord(QStringLiteral("v=spf1 mx")), expectationsFor({})).verdict, Verdict::Warning);
    EXPECT_EQ(judgeSpf(oneRecord(QStringLiteral("v=spf1 redirect=_spf.example.test")), expectationsFor({})).verdict,
              Verdict::Pass);
}

TEST(JudgeSpf, TooManyLookupsBrokenIncludesAndUnknownTermsFail)
{
    const DomainExpectations none = expectationsFor({});
    const DomainFinding lookups = judgeSpf(oneRecord(QStringLiteral("v=spf1 mx ~all"), 11), none);
    EXPECT_EQ(lookups.verdict, Verdict::Fail);
    EXPECT_TRUE(lookups.details.join(u' ').contains(u"11 DNS lookups")) << describe(lookups);

    SpfEvidence broken = oneRecord(QStringLiteral("v=spf1 include:gone.test ~all"));
    broken.broken = {QStringLiteral("gone.test")};
    EXPECT_EQ(judgeSpf(broken, none).verdict, Verdict::Fail);

    const DomainFinding unknown = judgeSpf(oneRecord(QStringLiteral("v=spf1 mx foo:bar ~all")), none);
    EXPECT_EQ(unknown.verdict, Verdict::Fail);
    EXPECT_TRUE(unknown.details.join(u' ').contains(u"foo:bar")) << describe(unknown);
    EXPECT_TRUE(unknown.recordValue.isEmpty()) << "nothing Remitente can fix by itself";
}

TEST(JudgeSpf, AMissingIncludeFailsWhenVerifiedAndOnlyWarnsOtherwise)
{
    const QString record = QStringLiteral("v=spf1 include:_spf.google.com ~all");
    const DomainFinding google = judgeSpf(oneRecord(QStringLiteral("v=spf1 a mx ~all"), 2),
                                          expectationsFor(QStringLiteral("google-workspace")));
    EXPECT_EQ(google.verdict, Verdict::Fail);
    EXPECT_EQ(google.recordValue, u"v=spf1 a mx include:_spf.google.com ~all");

    const DomainFinding microsoft = judgeSpf(oneRecord(record, 1, {QStringLiteral("_spf.google.com")}),
                                             expectationsFor(QStringLiteral("microsoft365")));
    EXPECT_EQ(microsoft.verdict, Verdict::Warning) << describe(microsoft);
    EXPECT_EQ(microsoft.recordValue, u"v=spf1 include:_spf.google.com include:spf.protection.outlook.com ~all");
}

TEST(JudgeSpf, HostingIsJudgedByTheServersAddress)
{
    const DomainExpectations hosting = expectationsFor(QStringLiteral("hosting"), QStringLiteral("mail.example.test"));
    SpfEvidence byRange = oneRecord(QStringLiteral("v=spf1 ip4:192.0.2.0/24 ~all"));
    byRange.listedRanges = {QStringLiteral("192.0.2.0/24")};
    byRange.serverAddresses = {QHostAddress(QStringLiteral("192.0.2.25"))};
    const DomainFinding listed = judgeSpf(byRange, hosting);
    EXPECT_EQ(listed.verdict, Verdict::Pass) << describe(listed);
    EXPECT_TRUE(listed.summary.contains(u"mail.example.test")) << describe(listed);

    SpfEvidence elsewhere = oneRecord(QStringLiteral("v=spf1 a ~all"));
    elsewhere.listedAddresses = {QHostAddress(QStringLiteral("192.0.2.1"))};
    elsewhere.serverAddresses = {QHostAddress(QStringLiteral("203.0.113.9"))};
    const DomainFinding notListed = judgeSpf(elsewhere, hosting);
    EXPECT_EQ(notListed.verdict, Verdict::Warning);
    EXPECT_TRUE(notListed.details.join(u' ').contains(u"203.0.113.9")) << describe(notListed);
    EXPECT_TRUE(notListed.recordValue.isEmpty()) << "only the host knows the right record";
}

TEST(SpfReferences, IncludesAndRedirectToFetchAndRangesToCompare)
{
    const SpfReferences references = spfReferences(SpfRecord::parse(QStringLiteral(
        "v=spf1 ip4:192.0.2.0/24 include:_SPF.Example.NET ip6:2001:db8::/32 a redirect=_spf.example.test")));
    EXPECT_EQ(references.targets,
              (QStringList{QStringLiteral("_spf.example.net"), QStringLiteral("_spf.example.test")}));
    EXPECT_EQ(references.ranges, (QStringList{QStringLiteral("192.0.2.0/24"), QStringLiteral("2001:db8::/32")}));
}

TEST(SpfAddressTerms, AAndMxTermsNameTheirTargetsOrTheDomain)
{
    const SpfAddressTerms terms = spfAddressTerms(
        SpfRecord::parse(QStringLiteral("v=spf1 a a/24 a:web.example.test/28 mx mx:other.test ip4:1.2.3.4 ~all")),
        QStringLiteral("example.test"));
    EXPECT_EQ(terms.hosts,
              (QStringList{QStringLiteral("example.test"), QStringLiteral("example.test"),
                           QStringLiteral("web.example.test")}));
    EXPECT_EQ(terms.mxDomains, (QStringList{QStringLiteral("example.test"), QStringLiteral("other.test")}));
}

TEST(SpfListsAddress, ListedAddressesRangesAndBareAddresses)
{
    const QHostAddress v4(QStringLiteral("192.0.2.25"));
    EXPECT_TRUE(spfListsAddress(v4, {}, {v4}));
    EXPECT_TRUE(spfListsAddress(v4, {QStringLiteral("192.0.2.0/24")}, {}));
    EXPECT_TRUE(spfListsAddress(v4, {QStringLiteral("192.0.2.25")}, {}));
    EXPECT_FALSE(spfListsAddress(v4, {QStringLiteral("192.0.2.26"), QStringLiteral("not an address")}, {}));
    const QHostAddress v6(QStringLiteral("2001:db8::25"));
    EXPECT_TRUE(spfListsAddress(v6, {QStringLiteral("2001:db8::/32")}, {}));
    EXPECT_TRUE(spfListsAddress(v6, {QStringLiteral("2001:db8::25")}, {}));
}

TEST(DomainJudges, ManagedAndUnanswered)
{
    const DomainFinding managed = managedByProvider(QStringLiteral("gmail.com"), QStringLiteral("Gmail"));
    EXPECT_EQ(managed.check, u"provider");
    EXPECT_EQ(managed.verdict, Verdict::Managed);
    EXPECT_TRUE(managed.summary.contains(u"Gmail"));
    const DomainFinding late = unansweredInTime(QStringLiteral("dkim"));
    EXPECT_EQ(late.check, u"dkim");
    EXPECT_EQ(late.verdict, Verdict::Warning);
}
