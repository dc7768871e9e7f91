// The real QtKeychain against gnome-keyring (run through tests/support/keyring/with-keyring.sh).
#include "accounts/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace remitente::accounts;

namespace {
SecretStore::Result call(const std::function<void(SecretStore::Callback)> &operation)
{
    std::optional<SecretStore::Result> result;
    operation([&](const SecretStore::Result &r) { result = r; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 30000));
    return result.value_or(SecretStore::Result{SecretStore::Status::Failed, {}, QStringLiteral("no answer")});
}
} // namespace

TEST(Keychain, RoundTripUpdateAndRemove)
{
    KeychainSecretStore store;
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QStringLiteral("abcd efgh ijkl mnop-ñ");

    EXPECT_EQ(call([&](auto done) { store.read(key, done); }).status, SecretStore::Status::NotFound);
    const SecretStore::Result written = call([&](auto done) { store.write(key, secret, done); });
    ASSERT_EQ(written.status, SecretStore::Status::Ok) << written.message.toStdString();
    const SecretStore::Result read = call([&](auto done) { store.read(key, done); });
    ASSERT_EQ(read.status, SecretStore::Status::Ok) << read.message.toStdString();
    EXPECT_EQ(read.secret, secret);

    ASSERT_EQ(call([&](auto done) { store.write(key, QStringLiteral("new-app-password"), done); }).status,
              SecretStore::Status::Ok);
    EXPECT_EQ(call([&](auto done) { store.read(key, done); }).secret, QStringLiteral("new-app-password"));

    ASSERT_EQ(call([&](auto done) { store.remove(key, done); }).status, SecretStore::Status::Ok);
    const SecretStore::Result gone = call([&](auto done) { store.read(key, done); });
    EXPECT_EQ(gone.status, SecretStore::Status::NotFound);
    EXPECT_FALSE(gone.message.isEmpty());
}

TEST(Keychain, EntriesAreSeparatePerAccount)
{
    KeychainSecretStore store;
    const QString a = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString b = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_EQ(call([&](auto done) { store.write(a, QStringLiteral("first"), done); }).status, SecretStore::Status::Ok);
    ASSERT_EQ(call([&](auto done) { store.write(b, QStringLiteral("second"), done); }).status, SecretStore::Status::Ok);
    EXPECT_EQ(call([&](auto done) { store.read(a, done); }).secret, QStringLiteral("first"));
    EXPECT_EQ(call([&](auto done) { store.read(b, done); }).secret, QStringLiteral("second"));
}

TEST(SessionSecrets, KeptInMemoryOnly)
{
    SessionSecretStore store;
    EXPECT_EQ(call([&](auto done) { store.read(QStringLiteral("k"), done); }).status, SecretStore::Status::NotFound);
    EXPECT_EQ(call([&](auto done) { store.write(QStringLiteral("k"), QStringLiteral("s"), done); }).status,
              SecretStore::Status::Ok);
    EXPECT_EQ(call([&](auto done) { store.read(QStringLiteral("k"), done); }).secret, QStringLiteral("s"));
    SessionSecretStore other;
    EXPECT_EQ(call([&](auto done) { other.read(QStringLiteral("k"), done); }).status, SecretStore::Status::NotFound);
}
