// RFC 8601 Authentication-Results and the spam headers of a delivered copy, read and said in words.
#include "diagnosis/AuthenticationResults.h"
#include "diagnosis/ReceiverVerdict.h"
#include "diagnosis/VerdictAdvice.h"
#include "mime/HeaderFields.h"

#include <gtest/gtest.h>

using namespace remitente::diagnosis;

TEST(AuthenticationResults, ReadsGmailsField)
{
    const auto ar = parseAuthenticationResults(
        "mx.google.com;\r\n       dkim=pass header.i=@example.es header.s=s1 header.b=AbCd;\r\n       spf=pass "
        "(google.com: domain of ana@example.es designates 192.0.2.1 as permitted sender) "
        "smtp.mailfrom=ana@example.es;\r\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.es");
    ASSERT_TRUE(ar);
    EXPECT_EQ(ar->authservId, u"mx.google.com");
    ASSERT_EQ(ar->results.size(), 3);
    EXPECT_EQ(ar->results[0].method, u"dkim");
    EXPECT_EQ(ar->results[0].result, u"pass");
    EXPECT_EQ(ar->results[0].domain(), u"example.es");
    EXPECT_EQ(ar->find("spf")->domain(), u"example.es");
    EXPECT_EQ(ar->find("spf")->property("smtp", "mailfrom"), u"ana@example.es");
    EXPECT_EQ(ar->find("dmarc")->property("header", "from"), u"example.es");
}

TEST(AuthenticationResults, ReadsMicrosoftsFieldWithSpacesVersionsReasonsAndQuotes)
{
    const auto ar = parseAuthenticationResults(
        "spf=fail (sender IP is 192.0.2.9) smtp.mailfrom=example.es; dkim=none (message not signed) header.d=none;"
        "dmarc=fail action=quarantine header.from=example.es;compauth=fail reason=\"001 x; y\"");
    ASSERT_TRUE(ar);
    EXPECT_TRUE(ar->authservId.isEmpty()); // Microsoft leaves the authserv-id out
    ASSERT_EQ(ar->results.size(), 4);
    EXPECT_EQ(ar->find("spf")->result, u"fail");
    EXPECT_EQ(ar->find("dkim")->result, u"none");
    EXPECT_EQ(ar->find("dmarc")->domain(), u"example.es");
    EXPECT_EQ(ar->find("compauth")->reason, u"001 x; y");
    const auto withId = parseAuthenticationResults("example.org 1; spf = pass smtp.mailfrom = a@b.example; "
                                                   "dkim/1=fail reason=\"bad; sig\" header.d=x.example; "
                                                   "compauth=fail reason=\"001 x; y\"");
    ASSERT_TRUE(withId);
    EXPECT_EQ(withId->authservId, u"example.org");
    ASSERT_EQ(withId->results.size(), 3);
    EXPECT_EQ(withId->results[0].result, u"pass");
    EXPECT_EQ(withId->results[0].domain(), u"b.example");
    EXPECT_EQ(withId->results[1].method, u"dkim");
    EXPECT_EQ(withId->results[1].reason, u"bad; sig");
    EXPECT_EQ(withId->results[2].reason, u"001 x; y");
}

TEST(AuthenticationResults, SkipsNestedCommentsAndReadsNone)
{
    const auto ar = parseAuthenticationResults("mx.example (a (nested; comment) here); spf=pass (x) smtp.helo=mx.b");
    ASSERT_TRUE(ar);
    ASSERT_EQ(ar->results.size(), 1);
    EXPECT_EQ(ar->results[0].domain(), u"mx.b");
    const auto none = parseAuthenticationResults("mx.example; none");
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->results.isEmpty());
    EXPECT_FALSE(parseAuthenticationResults(""));
    EXPECT_FALSE(parseAuthenticationResults("   ;   "));
}

TEST(AuthenticationResults, IsBoundedAndStripsControlCharacters)
{
    QByteArray huge = "mx.example";
    for (int i = 0; i < 500; ++i)
        huge += "; spf=pass smtp.mailfrom=a" + QByteArray::number(i) + "@x";
    const auto ar = parseAuthenticationResults(huge);
    ASSERT_TRUE(ar);
    EXPECT_LE(ar->results.size(), MaxAuthResults);
    const auto dirty = parseAuthenticationResults("mx.example; dkim=pass header.d=ex\x1b[31mample\x07.es");
    ASSERT_TRUE(dirty);
    EXPECT_EQ(dirty->results[0].domain(), u"ex[31mample.es");
}

TEST(AuthenticationResults, ReadsArcSetsWithTheirInstance)
{
    const auto arc = parseAuthenticationResults("i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=example.es");
    ASSERT_TRUE(arc);
    EXPECT_EQ(arc->authservId, u"mx.microsoft.com");
    EXPECT_EQ(arc->find("spf")->result, u"pass");
}

TEST(HeaderFields, UnfoldsAndFindsEveryField)
{
    const QByteArray block = "Received: x\r\nauthentication-results: a;\r\n\tspf=pass\r\nX: y\r\n"
                             "Authentication-Results: b; dkim=fail\r\n\r\nAuthentication-Results: body\r\n";
    const QList<QByteArray> values = remitente::mime::headerFieldValues(block, "Authentication-Results");
    EXPECT_EQ(values, (QList<QByteArray>{"a; spf=pass", "b; dkim=fail"}));
}

TEST(ReceiverVerdict, TrustsTheTopmostFieldAndSaysItInWords)
{
    const QByteArray header = "Authentication-Results: mx.google.com; dkim=pass header.i=@example.es; spf=pass "
                              "smtp.mailfrom=example.es; dmarc=pass (p=NONE) header.from=example.es\r\n"
                              "Authentication-Results: forged.example; spf=fail; dkim=fail; dmarc=fail\r\n"
                              "Subject: x\r\n\r\n";
    const ReceiverVerdict verdict = readReceiverVerdict(header);
    EXPECT_EQ(verdict.result("dkim"), u"pass");
    EXPECT_EQ(describeAuthentication(verdict),
              u"mx.google.com checked: SPF pass for example.es, DKIM pass for example.es, DMARC pass for example.es");
    EXPECT_EQ(authenticationLines(verdict),
              QStringList({u"spf pass example.es"_qs, u"dkim pass example.es"_qs, u"dmarc pass example.es"_qs}));
    // The one from a known checker, wherever it is.
    const ReceiverVerdict trusted = readReceiverVerdict(header, QStringLiteral("forged.example"));
    EXPECT_EQ(trusted.result("spf"), u"fail");
    EXPECT_EQ(describeAuthentication(trusted), u"forged.example checked: SPF fail, DKIM fail, DMARC fail");
}

TEST(ReceiverVerdict, ReadsSpamHeaders)
{
    ReceiverVerdict ms = readReceiverVerdict("X-MS-Exchange-Organization-SCL: 6\r\n\r\n");
    EXPECT_EQ(ms.microsoftScl, 6);
    EXPECT_TRUE(ms.isJudgedSpam());
    EXPECT_EQ(describeSpamHeaders(ms), u"Microsoft's spam confidence is 6 of 9: junk.");
    ms = readReceiverVerdict("X-MS-Exchange-Organization-SCL: -1\r\n\r\n");
    EXPECT_FALSE(ms.isJudgedSpam());
    const ReceiverVerdict sa = readReceiverVerdict("X-Spam-Status: Yes, score=7.1 required=5.0 tests=X\r\n\r\n");
    EXPECT_EQ(sa.spamFlag, true);
    EXPECT_EQ(sa.spamScore, 7.1);
    EXPECT_EQ(describeSpamHeaders(sa), u"The receiver's spam filter marked it as spam (score 7.1).");
    const ReceiverVerdict clean = readReceiverVerdict("X-Spam-Flag: NO\r\n\r\n");
    EXPECT_EQ(clean.spamFlag, false);
    EXPECT_EQ(describeSpamHeaders(clean), u"The receiver's spam filter did not mark it as spam.");
    EXPECT_FALSE(readReceiverVerdict("Subject: x\r\n\r\n").hasAnything());
    EXPECT_TRUE(describeAuthentication(readReceiverVerdict("Subject: x\r\n\r\n")).isEmpty());
}

TEST(ReceiverVerdict, FallsBackToArcWhenTheReceiverSaidNothing)
{
    const ReceiverVerdict verdict
        = readReceiverVerdict("ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=a.es;"
                              " dkim=pass header.d=a.es\r\n\r\n");
    EXPECT_EQ(verdict.result("spf"), u"pass");
    EXPECT_EQ(describeAuthentication(verdict), u"mx.microsoft.com checked: SPF pass for a.es, DKIM pass for a.es");
}

TEST(VerdictAdvice, NamesEachFailureWithItsFixAndNothingWhenAllPassed)
{
    const ReceiverVerdict failing = readReceiverVerdict(
        "Authentication-Results: mx.example; spf=softfail smtp.mailfrom=ana@example.es; dkim=none; "
        "dmarc=fail header.from=example.es\r\nX-Spam-Flag: YES\r\n\r\n");
    const QList<VerdictProblem> problems = verdictProblems(failing);
    ASSERT_EQ(problems.size(), 4);
    EXPECT_EQ(problems[0].method, u"spf");
    EXPECT_EQ(problems[0].result, u"softfail");
    EXPECT_EQ(problems[0].domain, u"example.es");
    EXPECT_TRUE(problems[0].words.startsWith(u"SPF softfail for example.es: the server that sent the message is not "
                                             u"listed"))
        << problems[0].words.toStdString();
    EXPECT_EQ(problems[1].method, u"dkim");
    EXPECT_TRUE(problems[1].words.contains(u"the sending domain")); // dkim=none names no domain
    EXPECT_EQ(problems[2].method, u"dmarc");
    EXPECT_TRUE(problems[2].words.contains(u"DMARC failed for example.es"));
    EXPECT_EQ(problems[3].method, u"spam");

    const ReceiverVerdict passing = readReceiverVerdict(
        "Authentication-Results: mx.example; spf=pass smtp.mailfrom=a.es; dkim=pass header.d=a.es; dmarc=pass\r\n\r\n");
    EXPECT_TRUE(verdictProblems(passing).isEmpty());
    EXPECT_TRUE(verdictProblems(readReceiverVerdict("Subject: x\r\n\r\n")).isEmpty());
}
