// The request target the browser brings back to the loopback listener, read as a pure function.
#include "oauth/RedirectParameters.h"

#include <gtest/gtest.h>

using namespace remitente::oauth;
using Kind = RedirectParameters::Kind;

TEST(RedirectParameters, ReadsCodeStateAndIssuer)
{
    const RedirectParameters p
        = parseRedirectTarget("/?code=4%2F0AX4XfWh-abc&state=st4te&iss=https%3A%2F%2Faccounts.google.com&scope=x");
    EXPECT_EQ(p.kind, Kind::Answer);
    EXPECT_EQ(p.code, QStringLiteral("4/0AX4XfWh-abc"));
    EXPECT_EQ(p.state, QStringLiteral("st4te"));
    EXPECT_EQ(p.iss, QStringLiteral("https://accounts.google.com"));
    EXPECT_FALSE(p.isError());
}

TEST(RedirectParameters, ReadsAnErrorWithPlusAsSpaceAndUtf8)
{
    const RedirectParameters p = parseRedirectTarget(
        "/?error=access_denied&error_description=The+user+said+%22no%22%3A%20%C3%B1+%2B1&state=s");
    EXPECT_EQ(p.kind, Kind::Answer);
    EXPECT_TRUE(p.isError());
    EXPECT_EQ(p.error, QStringLiteral("access_denied"));
    EXPECT_EQ(p.errorDescription, QStringLiteral("The user said \"no\": ñ +1"));
    EXPECT_EQ(p.state, QStringLiteral("s"));
    EXPECT_TRUE(p.code.isEmpty());
}

TEST(RedirectParameters, AcceptsTheAbsoluteFormAndIgnoresAFragment)
{
    EXPECT_EQ(parseRedirectTarget("http://127.0.0.1:5000/?code=c&state=s").code, QStringLiteral("c"));
    EXPECT_EQ(parseRedirectTarget("/?code=c&state=s#frag").state, QStringLiteral("s"));
}

TEST(RedirectParameters, OtherPathsAndEmptyQueriesAreNotForUs)
{
    EXPECT_EQ(parseRedirectTarget("/favicon.ico").kind, Kind::NotForUs);
    EXPECT_EQ(parseRedirectTarget("/favicon.ico?code=c&state=s").kind, Kind::NotForUs);
    EXPECT_EQ(parseRedirectTarget("/callback?code=c").kind, Kind::NotForUs);
    EXPECT_EQ(parseRedirectTarget("/").kind, Kind::NotForUs);
    EXPECT_EQ(parseRedirectTarget("/?state=s").kind, Kind::NotForUs);
    EXPECT_EQ(parseRedirectTarget("/?code=&state=s").kind, Kind::NotForUs);
    EXPECT_EQ(parseRedirectTarget("").kind, Kind::NotForUs);
    EXPECT_EQ(parseRedirectTarget("*").kind, Kind::NotForUs);
    EXPECT_EQ(parseRedirectTarget("http://127.0.0.1:5000").kind, Kind::NotForUs);
}

TEST(RedirectParameters, RepeatedParametersAreMalformed)
{
    EXPECT_EQ(parseRedirectTarget("/?code=a&code=b&state=s").kind, Kind::Malformed);
    EXPECT_EQ(parseRedirectTarget("/?code=a&state=s&state=s").kind, Kind::Malformed);
    EXPECT_EQ(parseRedirectTarget("/?code=a&state=s&state").kind, Kind::Malformed);
    const RedirectParameters both = parseRedirectTarget("/?code=a&error=access_denied&state=s");
    EXPECT_EQ(both.kind, Kind::Malformed);
    EXPECT_TRUE(both.code.isEmpty()); // nothing from a malformed answer is kept
    // Unknown parameters may repeat: they are not read.
    EXPECT_EQ(parseRedirectTarget("/?x=1&x=2&code=a&state=s").kind, Kind::Answer);
}

TEST(RedirectParameters, BadPercentEncodingAndNonUtf8AreMalformed)
{
    EXPECT_EQ(parseRedirectTarget("/?code=a%2&state=s").kind, Kind::Malformed);
    EXPECT_EQ(parseRedirectTarget("/?code=a%zz&state=s").kind, Kind::Malformed);
    EXPECT_EQ(parseRedirectTarget("/?code=a&state=%").kind, Kind::Malformed);
    EXPECT_EQ(parseRedirectTarget("/?code=a%FF%FE&state=s").kind, Kind::Malformed);
    EXPECT_EQ(parseRedirectTarget("/?code=a&state=s&other=%zz").kind, Kind::Answer); // not read
}

TEST(RedirectParameters, OverlongTargetsAreMalformed)
{
    const QByteArray code(8 * 1024, 'c');
    EXPECT_EQ(parseRedirectTarget("/?code=" + code + "&state=s").kind, Kind::Malformed);
    const QByteArray fits(7 * 1024, 'c');
    EXPECT_EQ(parseRedirectTarget("/?code=" + fits + "&state=s").code.size(), fits.size());
}

TEST(RedirectParameters, EmptyPairsAndSeparatorsAreHarmless)
{
    const RedirectParameters p = parseRedirectTarget("/?&&code=a&&state=s&");
    EXPECT_EQ(p.kind, Kind::Answer);
    EXPECT_EQ(p.code, QStringLiteral("a"));
    EXPECT_EQ(p.state, QStringLiteral("s"));
    EXPECT_EQ(parseRedirectTarget("/?code=a=b&state=s").code, QStringLiteral("a=b"));
}
