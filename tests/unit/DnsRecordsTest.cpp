#include "diagnosis/DnsRecords.h"

#include <gtest/gtest.h>

using namespace remitente::diagnosis;

TEST(SpfRecord, ReadsMechanismsQualifiersAndModifiers)
{
    EXPECT_TRUE(SpfRecord::looksLikeSpf(QStringLiteral("v=spf1 -all")));
    EXPECT_TRUE(SpfRecord::looksLikeSpf(QStringLiteral("V=SPF1")));
    EXPECT_FALSE(SpfRecord::looksLikeSpf(QStringLiteral("v=spf10 -all")));
    EXPECT_FALSE(SpfRecord::looksLikeSpf(QStringLiteral("google-site-verification=x")));

    const SpfRecord record = SpfRecord::parse(
        QStringLiteral("v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a mx/24 a:mail.example.com include:_spf.google.com "
                       "exists:%{i}.spf.example.com ptr ?all redirect=_spf.example.com exp=why.example.com"));
    ASSERT_EQ(record.mechanisms.size(), 9);
    EXPECT_EQ(record.mechanisms[0].name, u"ip4");
    EXPECT_EQ(record.mechanisms[0].value, u"192.0.2.0/24");
    EXPECT_EQ(record.mechanisms[1].value, u"2001:db8::/32");
    EXPECT_EQ(record.mechanisms[3].name, u"mx");
    EXPECT_EQ(record.mechanisms[3].value, u"/24");
    EXPECT_EQ(record.mechanisms[4].value, u"mail.example.com");
    EXPECT_EQ(record.redirect, u"_spf.example.com");
    ASSERT_NE(record.all(), nullptr);
    EXPECT_EQ(record.all()->qualifier, u'?');
    // a, mx, a:, include, exists, ptr and redirect each cost a lookup; ip4/ip6/all do not.
    EXPECT_EQ(record.lookupCost(), 7);
    EXPECT_TRUE(record.problems.isEmpty());
}

TEST(SpfRecord, ReportsWhatIsNotSpf)
{
    const SpfRecord record = SpfRecord::parse(QStringLiteral("v=spf1 include:a.example ipv4:192.0.2.1 ~all"));
    EXPECT_EQ(record.problems, QStringList{QStringLiteral("ipv4:192.0.2.1")});
}

TEST(SpfRecord, AddsAMechanismBeforeAll)
{
    const QString text = QStringLiteral("v=spf1 mx ~all");
    EXPECT_EQ(SpfRecord::parse(text).withMechanism(text, QStringLiteral("include:x.example")),
              u"v=spf1 mx include:x.example ~all");
    const QString noAll = QStringLiteral("v=spf1 mx");
    EXPECT_EQ(SpfRecord::parse(noAll).withMechanism(noAll, QStringLiteral("include:x.example")),
              u"v=spf1 mx include:x.example");
    const QString redirect = QStringLiteral("v=spf1 mx redirect=_spf.example.com");
    EXPECT_EQ(SpfRecord::parse(redirect).withMechanism(redirect, QStringLiteral("include:x.example")),
              u"v=spf1 mx include:x.example redirect=_spf.example.com");
}

TEST(DmarcRecord, NeedsVersionAndAKnownPolicy)
{
    DmarcRecord record = DmarcRecord::parse(QStringLiteral("v=DMARC1; p=Reject; rua=mailto:d@example.com"));
    EXPECT_TRUE(record.valid);
    EXPECT_EQ(record.policy(), u"reject");
    EXPECT_EQ(record.tags.value(QStringLiteral("rua")), u"mailto:d@example.com");
    EXPECT_FALSE(DmarcRecord::parse(QStringLiteral("v=DMARC1; rua=mailto:d@example.com")).valid);
    EXPECT_FALSE(DmarcRecord::parse(QStringLiteral("v=DMARC1; p=block")).valid);
    EXPECT_FALSE(DmarcRecord::parse(QStringLiteral("p=none")).valid);
}

TEST(DkimKey, PresentRevokedOrNotAKey)
{
    EXPECT_FALSE(DkimKey::parse(QStringLiteral("v=DKIM1; k=rsa; p=MIIBIj"))->revoked);
    EXPECT_TRUE(DkimKey::parse(QStringLiteral("v=DKIM1; p="))->revoked);
    EXPECT_FALSE(DkimKey::parse(QStringLiteral("v=spf1 -all")).has_value());
    EXPECT_FALSE(DkimKey::parse(QStringLiteral("v=DKIM2; p=abc")).has_value());
}
