// A keyring that is locked and cannot prompt (no display): a clear "access denied", quickly, never a hang.
#include "accounts/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente::accounts;

TEST(LockedKeychain, SaysItIsLocked)
{
    ASSERT_EQ(qgetenv("REMITENTE_KEYRING_LOCKED"), QByteArray("1"));
    KeychainSecretStore store(nullptr, std::chrono::seconds(20));
    std::optional<SecretStore::Result> result;
    QElapsedTimer clock;
    clock.start();
    store.write(QStringLiteral("k"), QStringLiteral("secret"), [&](const SecretStore::Result &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    EXPECT_EQ(secretStatusName(result->status).toStdString(), "access-denied") << result->message.toStdString();
    EXPECT_TRUE(result->message.contains(QStringLiteral("locked")));
    EXPECT_LT(clock.elapsed(), 15000);
}
