#include "smtp/sasl/SaslMechanism.h"
#include "smtp/TlsFailure.h"

#include <gtest/gtest.h>

using namespace remitente::smtp;

namespace {
const Credentials credentials{QStringLiteral("ana@example.es"), QStringLiteral("contraseña")};
}

TEST(Sasl, PrefersPlainWithInitialResponse)
{
    auto mechanism = chooseSaslMechanism({QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}, credentials);
    ASSERT_TRUE(mechanism);
    EXPECT_EQ(mechanism->name(), "PLAIN");
    const auto initial = mechanism->initialResponse();
    ASSERT_TRUE(initial.has_value());
    EXPECT_EQ(*initial, QByteArray("\0ana@example.es\0", 16) + QStringLiteral("contraseña").toUtf8());
    EXPECT_FALSE(mechanism->respond({}).has_value()) << "PLAIN has nothing more to say";
}

TEST(Sasl, LoginAnswersUsernameThenPassword)
{
    auto mechanism = chooseSaslMechanism({QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}, credentials);
    ASSERT_TRUE(mechanism);
    EXPECT_EQ(mechanism->name(), "LOGIN");
    EXPECT_FALSE(mechanism->initialResponse().has_value());
    EXPECT_EQ(mechanism->respond("Username:"), "ana@example.es");
    EXPECT_EQ(mechanism->respond("Password:"), QStringLiteral("contraseña").toUtf8());
}

TEST(Sasl, LoginGoesByOrderWhenPromptsAreOdd)
{
    auto mechanism = chooseSaslMechanism({QStringLiteral("LOGIN")}, credentials);
    EXPECT_EQ(mechanism->respond(""), "ana@example.es");
    EXPECT_EQ(mechanism->respond("?"), QStringLiteral("contraseña").toUtf8());
    EXPECT_FALSE(mechanism->respond("?").has_value());
}

TEST(Sasl, NoCommonMechanism)
{
    EXPECT_EQ(chooseSaslMechanism({QStringLiteral("CRAM-MD5"), QStringLiteral("XOAUTH2")}, credentials), nullptr);
    EXPECT_EQ(chooseSaslMechanism({}, credentials), nullptr);
}

TEST(Fingerprint, ParsesCommonSpellings)
{
    const QByteArray raw = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    EXPECT_EQ(
        parseSha256Fingerprint(QStringLiteral("00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF")),
        raw);
    EXPECT_EQ(parseSha256Fingerprint(QString::fromLatin1(raw.toHex(':'))), raw);
    EXPECT_EQ(parseSha256Fingerprint(QStringLiteral("sha256:") + QString::fromLatin1(raw.toHex())), raw);
    EXPECT_TRUE(parseSha256Fingerprint(QStringLiteral("abcd")).isEmpty());
    EXPECT_TRUE(parseSha256Fingerprint(QString(64, u'z')).isEmpty());
}
