// XOAUTH2 and OAUTHBEARER as pure mechanisms: their exact bytes, the error challenge, which secret may go through
// which mechanism, and AUTH lines with tokens longer than any line limit.
#include "smtp/Command.h"
#include "smtp/sasl/OAuthMechanism.h"
#include "smtp/sasl/SaslMechanism.h"

#include <gtest/gtest.h>

using namespace remitente::smtp;

namespace {

const QString Token = QStringLiteral("ya29.a0AfB_byC-token~value+with/slashes==");
const Credentials token{QStringLiteral("ana@example.es"), Token, CredentialKind::BearerToken};
const Credentials password{QStringLiteral("ana@example.es"), QStringLiteral("contraseña")};

QStringList list(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result.append(QString::fromLatin1(name));
    return result;
}

QByteArray chosen(const QStringList &offered, const Credentials &credentials)
{
    const auto mechanism = chooseSaslMechanism(offered, credentials, QStringLiteral("smtp.example.es"), 587);
    return mechanism ? mechanism->name() : QByteArray("none");
}

// A token of the given length made of every character RFC 6750 allows, like a long Microsoft JWT.
QString longToken(qsizetype length)
{
    const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/");
    QString result;
    result.reserve(length);
    for (qsizetype i = 0; i < length; ++i)
        result.append(alphabet.at((i * 7 + i / 13) % alphabet.size()));
    return result;
}

} // namespace

TEST(SaslOAuth, XOAuth2InitialResponseIsExact)
{
    auto mechanism = chooseSaslMechanism(list({"PLAIN", "XOAUTH2"}), token);
    ASSERT_TRUE(mechanism);
    EXPECT_EQ(mechanism->name(), "XOAUTH2");
    EXPECT_EQ(mechanism->initialResponse(),
              "user=ana@example.es\x01"
              "auth=Bearer "
                  + Token.toUtf8() + "\x01\x01");
    EXPECT_FALSE(mechanism->oauthChallenge().has_value());
}

TEST(SaslOAuth, OAuthBearerInitialResponseNamesHostAndPort)
{
    auto mechanism = chooseSaslMechanism(list({"OAUTHBEARER"}), token, QStringLiteral("smtp.example.es"), 587);
    ASSERT_TRUE(mechanism);
    EXPECT_EQ(mechanism->name(), "OAUTHBEARER");
    EXPECT_EQ(mechanism->initialResponse(),
              "n,a=ana@example.es,\x01host=smtp.example.es\x01port=587\x01"
              "auth=Bearer "
                  + Token.toUtf8() + "\x01\x01");
}

TEST(SaslOAuth, OAuthBearerEscapesCommaAndEqualsInTheUsername)
{
    const Credentials odd{QStringLiteral("a,b=c@example.es"), Token, CredentialKind::BearerToken};
    auto mechanism = chooseSaslMechanism(list({"OAUTHBEARER"}), odd, QStringLiteral("h.example"), 465);
    ASSERT_TRUE(mechanism);
    EXPECT_TRUE(
        mechanism->initialResponse()->startsWith("n,a=a=2Cb=3Dc@example.es,\x01host=h.example\x01port=465\x01"));
}

TEST(SaslOAuth, XOAuth2AnswersTheErrorChallengeWithAnEmptyResponse)
{
    auto mechanism = chooseSaslMechanism(list({"XOAUTH2"}), token);
    ASSERT_TRUE(mechanism->initialResponse());
    const auto answer = mechanism->respond(R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})");
    ASSERT_TRUE(answer.has_value());
    EXPECT_TRUE(answer->isEmpty());
    const auto challenge = mechanism->oauthChallenge();
    ASSERT_TRUE(challenge.has_value());
    EXPECT_EQ(challenge->status, u"401");
    EXPECT_EQ(challenge->schemes, u"bearer");
    EXPECT_EQ(challenge->scope, u"https://mail.google.com/");
    EXPECT_FALSE(mechanism->respond("{}").has_value()) << "a second challenge is cancelled, not answered";
}

TEST(SaslOAuth, OAuthBearerAnswersTheErrorChallengeWithControlA)
{
    auto mechanism = chooseSaslMechanism(list({"OAUTHBEARER"}), token, QStringLiteral("h.example"), 465);
    ASSERT_TRUE(mechanism->initialResponse());
    const auto answer = mechanism->respond(R"({"status":"invalid_token","scope":"mail"})");
    ASSERT_TRUE(answer.has_value());
    EXPECT_EQ(*answer, "\x01");
    EXPECT_EQ(answer->toBase64(), "AQ==");
    EXPECT_EQ(mechanism->oauthChallenge()->status, u"invalid_token");
}

TEST(SaslOAuth, TheTokenGoesOnlyOnceEvenToAServerThatAsksFirst)
{
    auto mechanism = chooseSaslMechanism(list({"XOAUTH2"}), token);
    const auto first = mechanism->respond({}); // an empty 334 instead of taking the initial response
    ASSERT_TRUE(first.has_value());
    EXPECT_TRUE(first->contains(Token.toUtf8()));
    const auto second = mechanism->respond("garbage");
    ASSERT_TRUE(second.has_value());
    EXPECT_FALSE(second->contains(Token.toUtf8()));
}

TEST(SaslOAuth, ChallengesAreUntrusted)
{
    OAuthChallenge garbage = parseOAuthChallenge(QByteArray("\x1b[2J\xff\xfe not json"));
    EXPECT_TRUE(garbage.status.isEmpty());
    EXPECT_FALSE(garbage.text.contains(u'\x1b')) << "control characters never reach a transcript";

    EXPECT_TRUE(parseOAuthChallenge("[1,2]").status.isEmpty());
    EXPECT_EQ(parseOAuthChallenge(R"({"status":401})").status, u"401") << "a number is read as text";

    const OAuthChallenge injected = parseOAuthChallenge(R"({"status":"401\r\nS: 235 ok","scope":"x\u001b]0;t"})");
    EXPECT_FALSE(injected.status.contains(u'\n'));
    EXPECT_FALSE(injected.scope.contains(u'\x1b'));

    QByteArray huge = R"({"status":"401","scope":")" + QByteArray(10'000, 'a') + R"("})";
    const OAuthChallenge oversized = parseOAuthChallenge(huge);
    EXPECT_TRUE(oversized.status.isEmpty()) << "not read beyond " << MaxOAuthChallengeBytes << " bytes";
    EXPECT_LE(oversized.text.size(), 1025);

    const OAuthChallenge longScope
        = parseOAuthChallenge(R"({"status":"400","scope":")" + QByteArray(3000, 's') + R"("})");
    EXPECT_EQ(longScope.status, u"400");
    EXPECT_LE(longScope.scope.size(), 257);
}

TEST(SaslOAuth, MechanismChoiceMatrix)
{
    struct Row {
        QStringList offered;
        const char *forToken;
        const char *forPassword;
    };
    const Row rows[] = {
        {list({"PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER"}), "XOAUTH2", "PLAIN"},
        {list({"OAUTHBEARER", "XOAUTH2"}), "XOAUTH2", "none"},
        {list({"xoauth2"}), "XOAUTH2", "none"},
        {list({"OAUTHBEARER", "LOGIN"}), "OAUTHBEARER", "LOGIN"},
        {list({"PLAIN", "LOGIN"}), "none", "PLAIN"},
        {list({"LOGIN"}), "none", "LOGIN"},
        {list({"CRAM-MD5", "GSSAPI"}), "none", "none"},
        {{}, "none", "none"},
    };
    for (const Row &row : rows) {
        const std::string offered = row.offered.join(u' ').toStdString();
        EXPECT_EQ(chosen(row.offered, token), row.forToken) << offered;
        EXPECT_EQ(chosen(row.offered, password), row.forPassword) << offered;
    }
    EXPECT_EQ(supportedSaslMechanisms(CredentialKind::BearerToken), list({"XOAUTH2", "OAUTHBEARER"}));
    EXPECT_EQ(supportedSaslMechanisms(), list({"PLAIN", "LOGIN"}));
    EXPECT_EQ(credentialKindName(CredentialKind::BearerToken), u"token");
    EXPECT_EQ(credentialKindName(CredentialKind::Password), u"password");
}

TEST(SaslOAuth, OnlyRealBearerTokensAndUsernamesAreSent)
{
    EXPECT_TRUE(isUsableBearerToken(Token));
    EXPECT_TRUE(isUsableBearerToken(longToken(12'000)));
    EXPECT_TRUE(isUsableBearerToken(u"abc=="));
    EXPECT_FALSE(isUsableBearerToken(u""));
    EXPECT_FALSE(isUsableBearerToken(u"=="));
    EXPECT_FALSE(isUsableBearerToken(u"ab=c"));
    EXPECT_FALSE(isUsableBearerToken(u"Bearer abc"));
    EXPECT_FALSE(isUsableBearerToken(u"abc\x01"
                                     "auth=Bearer x"));
    EXPECT_FALSE(isUsableBearerToken(u"abc\r\n"));
    EXPECT_FALSE(isUsableBearerToken(u"tökén"));
    EXPECT_TRUE(isUsableOAuthUsername(u"ana@example.es"));
    EXPECT_TRUE(isUsableOAuthUsername(u"josé@ejemplo.es"));
    EXPECT_FALSE(isUsableOAuthUsername(u""));
    EXPECT_FALSE(isUsableOAuthUsername(u"ana\x01"
                                       "auth=Bearer x"));
    EXPECT_FALSE(isUsableOAuthUsername(u"ana\r\nMAIL FROM:<x>"));
}

TEST(SaslOAuth, AuthLinesWithLongTokensAreNeverCut)
{
    for (const qsizetype length : {6'000, 12'000}) {
        const Credentials credentials{QStringLiteral("ana@example.es"), longToken(length), CredentialKind::BearerToken};
        auto mechanism = chooseSaslMechanism(list({"XOAUTH2"}), credentials);
        const std::optional<QByteArray> initial = mechanism->initialResponse();
        ASSERT_TRUE(initial.has_value());
        const Command command = commands::auth(mechanism->name(), &*initial);
        EXPECT_EQ(command.wire, "AUTH XOAUTH2 " + initial->toBase64() + "\r\n") << length;
        EXPECT_GT(command.wire.size(), length * 4 / 3);
        EXPECT_EQ(command.wire.count('\n'), 1);
        EXPECT_EQ(command.transcriptLine, "AUTH XOAUTH2 <redacted>");
        EXPECT_EQ(QByteArray::fromBase64(command.wire.sliced(13).chopped(2)), *initial);
    }
}
