// The IMAP response parser: every kind of line, literals, lists, and the caps that keep a hostile server bounded.
#include "imap/ImapResponseParser.h"

#include <gtest/gtest.h>

using namespace remitente::imap;

namespace {
ImapParseResult parse(const QByteArray &bytes, const ImapResponseLimits &limits = {})
{
    return parseImapResponse(bytes, limits);
}
} // namespace

TEST(ImapResponseParser, ReadsAGreetingWithCapabilitiesInItsCode)
{
    const QByteArray wire = "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN IDLE] Dovecot ready.\r\n";
    const ImapParseResult r = parse(wire);
    ASSERT_EQ(r.status, ImapParseResult::Status::Complete);
    EXPECT_EQ(r.consumed, wire.size());
    EXPECT_EQ(r.response.kind, ImapResponse::Kind::Untagged);
    EXPECT_EQ(r.response.status, "OK");
    EXPECT_EQ(r.response.code, (QList<QByteArray>{"CAPABILITY", "IMAP4rev1", "SASL-IR", "AUTH=PLAIN", "IDLE"}));
    EXPECT_EQ(r.response.text, "Dovecot ready.");
}

TEST(ImapResponseParser, ReadsTaggedStatusAndFreeTextWithOddCharacters)
{
    const ImapParseResult r = parse("a7 no [AUTHENTICATIONFAILED] Authentication failed (\"quote) [x\r\nrest");
    ASSERT_EQ(r.status, ImapParseResult::Status::Complete);
    EXPECT_EQ(r.response.kind, ImapResponse::Kind::Tagged);
    EXPECT_EQ(r.response.tag, "a7");
    EXPECT_EQ(r.response.status, "NO");
    EXPECT_EQ(r.response.code, QList<QByteArray>{"AUTHENTICATIONFAILED"});
    EXPECT_EQ(r.response.text, "Authentication failed (\"quote) [x");
    EXPECT_EQ(r.consumed, 64);
}

TEST(ImapResponseParser, ReadsContinuations)
{
    ImapParseResult r = parse("+ eyJzdGF0dXMiOiI0MDEifQ==\r\n");
    ASSERT_EQ(r.status, ImapParseResult::Status::Complete);
    EXPECT_EQ(r.response.kind, ImapResponse::Kind::Continuation);
    EXPECT_EQ(r.response.text, "eyJzdGF0dXMiOiI0MDEifQ==");
    r = parse("+\r\n");
    ASSERT_EQ(r.status, ImapParseResult::Status::Complete);
    EXPECT_TRUE(r.response.text.isEmpty());
}

TEST(ImapResponseParser, ReadsListResponsesWithQuotedNamesAndFlags)
{
    const ImapParseResult r = parse("* LIST (\\HasNoChildren \\Junk) \".\" \"Correo no deseado\"\r\n");
    ASSERT_EQ(r.status, ImapParseResult::Status::Complete);
    const QList<ImapValue> &v = r.response.values;
    ASSERT_EQ(v.size(), 4);
    EXPECT_TRUE(v[0].isAtom("LIST"));
    ASSERT_TRUE(v[1].isList());
    ASSERT_EQ(v[1].list.size(), 2);
    EXPECT_EQ(v[1].list[1].text, "\\Junk");
    EXPECT_EQ(v[2].kind, ImapValue::Kind::String);
    EXPECT_EQ(v[3].text, "Correo no deseado");
}

TEST(ImapResponseParser, ReadsNilEscapesAndNumbers)
{
    const ImapParseResult r = parse("* LIST () NIL \"a\\\"b\\\\c\"\r\n");
    ASSERT_EQ(r.status, ImapParseResult::Status::Complete);
    EXPECT_EQ(r.response.values[2].kind, ImapValue::Kind::Nil);
    EXPECT_EQ(r.response.values[3].text, "a\"b\\c");
    const ImapParseResult search = parse("* SEARCH 4 17 230\r\n");
    ASSERT_EQ(search.response.values.size(), 4);
    EXPECT_EQ(search.response.values[3].text, "230");
}

TEST(ImapResponseParser, ReadsAFetchWithALiteralAndSummarisesIt)
{
    const QByteArray header = "Subject: hi\r\nMessage-ID: <a@b>\r\n\r\n";
    const QByteArray wire = "* 3 FETCH (UID 9 FLAGS (\\Recent) BODY[HEADER] {" + QByteArray::number(header.size())
        + "}\r\n" + header + ")\r\n";
    const ImapParseResult r = parse(wire + "r5 OK done\r\n");
    ASSERT_EQ(r.status, ImapParseResult::Status::Complete) << r.error.toStdString();
    EXPECT_EQ(r.consumed, wire.size());
    const QList<ImapValue> &v = r.response.values;
    ASSERT_EQ(v.size(), 3);
    EXPECT_TRUE(v[1].isAtom("FETCH"));
    ASSERT_EQ(v[2].list.size(), 6);
    EXPECT_EQ(v[2].list[4].text, "BODY[HEADER]");
    EXPECT_EQ(v[2].list[5].text, header);
    EXPECT_EQ(r.response.summary, "* 3 FETCH (UID 9 FLAGS (\\Recent) BODY[HEADER] {34 bytes})");
    EXPECT_FALSE(r.response.summary.contains("Subject"));
}

TEST(ImapResponseParser, KeepsASectionWithSpacesInOneAtom)
{
    const ImapParseResult r = parse("* 1 FETCH (BODY[HEADER.FIELDS (MESSAGE-ID)] {2}\r\nab)\r\n");
    ASSERT_EQ(r.status, ImapParseResult::Status::Complete) << r.error.toStdString();
    EXPECT_EQ(r.response.values[2].list[0].text, "BODY[HEADER.FIELDS (MESSAGE-ID)]");
    EXPECT_EQ(r.response.values[2].list[1].text, "ab");
}

TEST(ImapResponseParser, IsIncompleteUntilTheLastLineAndEveryLiteralByteCame)
{
    const QByteArray wire = "* 1 FETCH (BODY[HEADER] {5}\r\nabcde)\r\n";
    for (qsizetype cut = 0; cut < wire.size(); ++cut)
        EXPECT_EQ(parse(wire.left(cut)).status, ImapParseResult::Status::Incomplete) << cut;
    EXPECT_EQ(parse(wire).status, ImapParseResult::Status::Complete);
}

TEST(ImapResponseParser, RefusesWhatBreaksTheCaps)
{
    ImapResponseLimits limits;
    limits.maxLine = 100;
    limits.maxLiteral = 10;
    limits.maxDepth = 3;
    limits.maxValues = 5;
    limits.maxResponse = 200;
    EXPECT_EQ(parse(QByteArray(101, 'a'), limits).status, ImapParseResult::Status::Error); // no CRLF yet, too long
    EXPECT_EQ(parse("* " + QByteArray(120, 'a') + "\r\n", limits).status, ImapParseResult::Status::Error);
    EXPECT_EQ(parse("* 1 FETCH (BODY[] {11}\r\n", limits).status, ImapParseResult::Status::Error);
    EXPECT_EQ(parse("* 1 FETCH (BODY[] {99999999999999}\r\n", limits).status, ImapParseResult::Status::Error);
    EXPECT_EQ(parse("* X ((((a))))\r\n", limits).status, ImapParseResult::Status::Error);
    EXPECT_EQ(parse("* SEARCH 1 2 3 4 5 6\r\n", limits).status, ImapParseResult::Status::Error);
    EXPECT_EQ(parse("* X ((a))\r\n", limits).status, ImapParseResult::Status::Complete); // depth 2 is fine
    // Many literals, each within its cap, still cannot grow one response past maxResponse.
    QByteArray many = "* 1 FETCH (";
    for (int i = 0; i < 30; ++i)
        many += "A {10}\r\n0123456789 ";
    EXPECT_EQ(parse(many + ")\r\n", limits).status, ImapParseResult::Status::Error);
}

TEST(ImapResponseParser, RefusesMalformedLines)
{
    for (const char *bad : {"\r\n", "* \r\n", "a1 MAYBE\r\n", "a1\r\n", "* X (a\r\n", "* X a)\r\n", "* X \"open\r\n",
                            "* X {3x}\r\nabc\r\n", "* X {3} tail\r\nabc\r\n", "* OK bare LF\n", "a(1 OK x\r\n"}) {
        EXPECT_EQ(parse(bad).status, ImapParseResult::Status::Error) << bad;
    }
}
