// With no D-Bus session (so no Secret Service), every operation says so: no silent plaintext fallback.
#include "accounts/KeychainSecretStore.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace remitente::accounts;

TEST(NoKeychainService, EveryOperationSaysNoService)
{
    ASSERT_EQ(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("unix:path=/nonexistent/remitente-test-bus"));
    KeychainSecretStore store;
    for (int operation = 0; operation < 3; ++operation) {
        std::optional<SecretStore::Result> result;
        auto done = [&](const SecretStore::Result &r) { result = r; };
        if (operation == 0)
            store.write(QStringLiteral("k"), QStringLiteral("secret"), done);
        else if (operation == 1)
            store.read(QStringLiteral("k"), done);
        else
            store.remove(QStringLiteral("k"), done);
        ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
        EXPECT_EQ(secretStatusName(result->status).toStdString(), "no-service") << result->message.toStdString();
        EXPECT_TRUE(result->message.contains(QStringLiteral("start GNOME Keyring or KWallet")));
        EXPECT_FALSE(result->message.contains(QStringLiteral("ask me each time"))) << "nothing offers that";
    }
}
