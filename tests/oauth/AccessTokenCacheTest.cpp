// Access tokens kept in memory per account, refreshed ahead of expiry.
#include "oauth/AccessTokenCache.h"

#include <gtest/gtest.h>

using namespace remitente::oauth;
using namespace std::chrono_literals;

namespace {
const QDateTime Now = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
}

TEST(AccessTokenCache, ValidUntilTheMarginBeforeExpiry)
{
    AccessTokenCache cache;
    const QString ana = QStringLiteral("ana@outlook.test");
    EXPECT_FALSE(cache.valid(ana, 60s, Now));
    cache.store(ana, QStringLiteral("token-a"), Now.addSecs(3600));
    EXPECT_TRUE(cache.valid(ana, 60s, Now));
    EXPECT_EQ(cache.accessToken(ana, 60s, Now), QStringLiteral("token-a"));
    EXPECT_TRUE(cache.valid(ana, 60s, Now.addSecs(3539)));
    EXPECT_FALSE(cache.valid(ana, 60s, Now.addSecs(3540))); // refreshed ahead of expiry
    EXPECT_TRUE(cache.accessToken(ana, 60s, Now.addSecs(3540)).isEmpty());
    EXPECT_TRUE(cache.valid(ana, 0s, Now.addSecs(3599)));
    EXPECT_EQ(cache.expiresAt(ana), Now.addSecs(3600));
}

TEST(AccessTokenCache, KeepsAccountsApartAndForgets)
{
    AccessTokenCache cache;
    const QString ana = QStringLiteral("ana");
    const QString bo = QStringLiteral("bo");
    cache.store(ana, QStringLiteral("a"), Now.addSecs(3600));
    cache.store(bo, QStringLiteral("b"), Now.addSecs(30));
    EXPECT_TRUE(cache.valid(ana, 60s, Now));
    EXPECT_FALSE(cache.valid(bo, 60s, Now));
    EXPECT_TRUE(cache.valid(bo, 10s, Now));
    cache.forget(ana);
    EXPECT_FALSE(cache.valid(ana, 60s, Now));
    EXPECT_FALSE(cache.expiresAt(ana).isValid());
    cache.store(bo, QStringLiteral("b2"), Now.addSecs(7200));
    EXPECT_EQ(cache.accessToken(bo, 60s, Now), QStringLiteral("b2"));
    cache.clear();
    EXPECT_FALSE(cache.valid(bo, 60s, Now));
}

TEST(AccessTokenCache, UsesTheClockByDefault)
{
    AccessTokenCache cache;
    cache.store(QStringLiteral("x"), QStringLiteral("t"), QDateTime::currentDateTimeUtc().addSecs(120));
    EXPECT_TRUE(cache.valid(QStringLiteral("x")));
    cache.store(QStringLiteral("x"), QStringLiteral("t"), QDateTime::currentDateTimeUtc().addSecs(30));
    EXPECT_FALSE(cache.valid(QStringLiteral("x")));
    cache.store(QStringLiteral("y"), {}, QDateTime::currentDateTimeUtc().addSecs(3600));
    EXPECT_FALSE(cache.valid(QStringLiteral("y"))); // no token, nothing valid
}
