// QDnsLookup against a real DNS server (dnsmasq on 127.0.0.2, started by ctest): MX, SRV and addresses.
#include "net/DnsResolver.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace remitente::net;

namespace {
template<typename T> std::pair<QList<T>, QString> wait(const std::function<void(DnsResolver::Callback<T>)> &ask)
{
    std::optional<std::pair<QList<T>, QString>> answer;
    ask([&](const QList<T> &records, const QString &error) { answer = {records, error}; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
    return answer.value_or(std::pair<QList<T>, QString>{{}, QStringLiteral("no answer")});
}

const QHostAddress testDns(QStringLiteral("127.0.0.2"));
} // namespace

TEST(DnsResolver, MxRecordsByPreference)
{
    SystemDnsResolver resolver(testDns);
    const auto [records, error]
        = wait<MxRecord>([&](auto done) { resolver.lookupMx(QStringLiteral("workspace.test"), done); });
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].exchange, QStringLiteral("aspmx.l.google.com"));
    EXPECT_EQ(records[0].preference, 1);
    EXPECT_EQ(records[1].exchange, QStringLiteral("alt1.aspmx.l.google.com"));
}

TEST(DnsResolver, SrvRecordsByPriorityAndDotMeansNotOffered)
{
    SystemDnsResolver resolver(testDns);
    const auto [submission, error] = wait<SrvRecord>(
        [&](auto done) { resolver.lookupSrv(QStringLiteral("_submission._tcp.example.test"), done); });
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    ASSERT_EQ(submission.size(), 2);
    EXPECT_EQ(submission[0].target, QStringLiteral("mail.example.test"));
    EXPECT_EQ(submission[0].port, 587);
    EXPECT_EQ(submission[1].target, QStringLiteral("backup.example.test"));

    const auto [implicit, error2] = wait<SrvRecord>(
        [&](auto done) { resolver.lookupSrv(QStringLiteral("_submissions._tcp.example.test"), done); });
    ASSERT_EQ(implicit.size(), 1);
    EXPECT_EQ(implicit[0].port, 465);

    const auto [none, error3] = wait<SrvRecord>(
        [&](auto done) { resolver.lookupSrv(QStringLiteral("_submission._tcp.nosubmit.test"), done); });
    EXPECT_TRUE(error3.isEmpty()) << error3.toStdString();
    EXPECT_TRUE(none.isEmpty()) << "target \".\" means the service is not offered";
}

TEST(DnsResolver, AddressesAndMissingNames)
{
    SystemDnsResolver resolver(testDns);
    const auto [addresses, error]
        = wait<QHostAddress>([&](auto done) { resolver.lookupAddresses(QStringLiteral("mail.example.test"), done); });
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(addresses.contains(QHostAddress(QStringLiteral("127.0.0.1"))));

    const auto [nothing, error2]
        = wait<MxRecord>([&](auto done) { resolver.lookupMx(QStringLiteral("nothing-here.test"), done); });
    EXPECT_TRUE(nothing.isEmpty());
}

TEST(DnsResolver, TxtRecordsAndNamesWithoutThem)
{
    SystemDnsResolver resolver(testDns);
    const auto [texts, error]
        = wait<QString>([&](auto done) { resolver.lookupTxt(QStringLiteral("good.test"), done); });
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(texts.size(), 2);
    EXPECT_TRUE(texts.contains(QStringLiteral("v=spf1 include:_spf.google.com ~all")));

    // A name with an MX but no TXT: "no records", not a failure.
    const auto [none, error2]
        = wait<QString>([&](auto done) { resolver.lookupTxt(QStringLiteral("missing.test"), done); });
    EXPECT_TRUE(error2.isEmpty()) << error2.toStdString();
    EXPECT_TRUE(none.isEmpty());
    const auto [nothing, error3]
        = wait<QString>([&](auto done) { resolver.lookupTxt(QStringLiteral("_dmarc.missing.test"), done); });
    EXPECT_TRUE(error3.isEmpty()) << error3.toStdString();
    EXPECT_TRUE(nothing.isEmpty());
}
