// PKCE (RFC 7636) and the authorize URL built from it.
#include "oauth/AuthorizationRequest.h"
#include "oauth/FormEncoding.h"
#include "oauth/Pkce.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace remitente::oauth;

TEST(Pkce, MatchesRfc7636AppendixB)
{
    const Pkce pkce = Pkce::fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    EXPECT_EQ(pkce.challenge, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

TEST(Pkce, GeneratesFreshBase64UrlVerifiers)
{
    const Pkce first = Pkce::generate();
    const Pkce second = Pkce::generate();
    const QRegularExpression base64Url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    EXPECT_TRUE(base64Url.match(QString::fromLatin1(first.verifier)).hasMatch()) << first.verifier.constData();
    EXPECT_TRUE(base64Url.match(QString::fromLatin1(first.challenge)).hasMatch());
    EXPECT_NE(first.verifier, second.verifier);
    EXPECT_EQ(Pkce::fromVerifier(first.verifier).challenge, first.challenge);
    EXPECT_EQ(randomBase64Url(16).size(), 22);
}

namespace {
OAuthSettings microsoft()
{
    OAuthSettings settings;
    settings.authorizeUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize"));
    settings.scopes = {QStringLiteral("https://outlook.office.com/SMTP.Send"), QStringLiteral("offline_access")};
    settings.clientId = QStringLiteral("9e5f94bc-e8a4-4e73-b8be-63364c29d753");
    settings.tenant = QStringLiteral("organizations");
    return settings;
}
const QUrl Redirect(QStringLiteral("http://127.0.0.1:49152/"));
} // namespace

TEST(AuthorizationRequest, CarriesEveryParameter)
{
    const Pkce pkce = Pkce::fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    const AuthorizationRequest request(microsoft(), Redirect, QStringLiteral("ana+mail@example.com"), "st4te", pkce);
    const QUrl url = request.url();
    EXPECT_EQ(url.scheme(), QStringLiteral("https"));
    EXPECT_EQ(url.host(), QStringLiteral("login.microsoftonline.com"));
    EXPECT_EQ(url.path(), QStringLiteral("/organizations/oauth2/v2.0/authorize"));
    const QUrlQuery query(url);
    EXPECT_EQ(query.queryItems().size(), 8);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("client_id")),
              QStringLiteral("9e5f94bc-e8a4-4e73-b8be-63364c29d753"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), Redirect.toString());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
              QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("code_challenge")),
              QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
              QStringLiteral("ana+mail@example.com"));
    EXPECT_EQ(request.state(), "st4te");
    EXPECT_EQ(request.codeVerifier(), pkce.verifier);
    EXPECT_EQ(request.redirectUri(), Redirect);
}

TEST(AuthorizationRequest, EncodesSpacesSlashesAndPlusSoNothingIsMisread)
{
    const Pkce pkce = Pkce::fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    const AuthorizationRequest request(microsoft(), Redirect, QStringLiteral("ana+mail@example.com"), "s", pkce);
    const QByteArray wire = request.url().toEncoded();
    EXPECT_TRUE(wire.contains("scope=https%3A%2F%2Foutlook.office.com%2FSMTP.Send%20offline_access"))
        << wire.constData();
    EXPECT_TRUE(wire.contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A49152%2F")) << wire.constData();
    EXPECT_TRUE(wire.contains("login_hint=ana%2Bmail%40example.com")) << wire.constData();
    EXPECT_FALSE(wire.contains(' '));
}

TEST(AuthorizationRequest, LeavesOutAnEmptyLoginHintAndKeepsTheEndpointsOwnQuery)
{
    OAuthSettings settings = microsoft();
    settings.authorizeUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth?access_type=offline"));
    settings.scopes = {QStringLiteral("https://mail.google.com/")};
    const AuthorizationRequest request(settings, Redirect);
    const QUrlQuery query(request.url());
    EXPECT_FALSE(query.hasQueryItem(QStringLiteral("login_hint")));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
              QStringLiteral("https://mail.google.com/"));
    EXPECT_GE(request.state().size(), 22); // at least 128 bits of base64url
    EXPECT_NE(request.state(), AuthorizationRequest(settings, Redirect).state());
    EXPECT_NE(request.codeVerifier(), AuthorizationRequest(settings, Redirect).codeVerifier());
}

TEST(FormEncoding, EncodesEverythingButUnreservedCharacters)
{
    EXPECT_EQ(formEncode({{QStringLiteral("a b"), QStringLiteral("x+y&z=1/2 ñ")}, {QStringLiteral("k"), {}}}),
              "a%20b=x%2By%26z%3D1%2F2%20%C3%B1&k=");
    EXPECT_EQ(withQueryItems(QUrl(QStringLiteral("https://h.test/p")), {{QStringLiteral("q"), QStringLiteral("%")}})
                  .toEncoded(),
              "https://h.test/p?q=%25");
}
