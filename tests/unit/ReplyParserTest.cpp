#include "smtp/ReplyParser.h"

#include <gtest/gtest.h>

using namespace remitente::smtp;
using Status = ReplyParseResult::Status;

TEST(ReplyParser, SingleLineReply)
{
    const ReplyParseResult r = parseReply("250 2.1.0 Ok\r\n");
    ASSERT_EQ(r.status, Status::Complete);
    EXPECT_EQ(r.reply.code, 250);
    EXPECT_EQ(r.reply.lines, QStringList{QStringLiteral("2.1.0 Ok")});
    EXPECT_EQ(r.reply.enhanced, (EnhancedStatusCode{2, 1, 0}));
    EXPECT_EQ(r.consumed, 14);
}

TEST(ReplyParser, IncompleteUntilLineEnds)
{
    EXPECT_EQ(parseReply("").status, Status::Incomplete);
    EXPECT_EQ(parseReply("25").status, Status::Incomplete);
    EXPECT_EQ(parseReply("250 Ok").status, Status::Incomplete);
    EXPECT_EQ(parseReply("250 Ok\r").status, Status::Incomplete);
}

TEST(ReplyParser, MultiLineEndsAtSpaceSeparator)
{
    const QByteArray ehlo = "250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n";
    for (qsizetype cut = 0; cut < ehlo.size(); ++cut)
        EXPECT_EQ(parseReply(QByteArrayView(ehlo).first(cut)).status, Status::Incomplete) << cut;
    const ReplyParseResult r = parseReply(ehlo);
    ASSERT_EQ(r.status, Status::Complete);
    EXPECT_EQ(r.reply.lines.size(), 4);
    EXPECT_EQ(r.reply.lines.last(), QStringLiteral("8BITMIME"));
    EXPECT_EQ(r.consumed, ehlo.size());
}

TEST(ReplyParser, ConsumesOnlyTheFirstOfPipelinedReplies)
{
    const QByteArray two = "250 2.1.0 Ok\r\n550 5.1.1 <x@example.com>: Recipient address rejected\r\n";
    const ReplyParseResult first = parseReply(two);
    ASSERT_EQ(first.status, Status::Complete);
    EXPECT_EQ(first.reply.code, 250);
    const ReplyParseResult second = parseReply(QByteArrayView(two).sliced(first.consumed));
    ASSERT_EQ(second.status, Status::Complete);
    EXPECT_EQ(second.reply.code, 550);
    EXPECT_EQ(second.reply.enhanced, (EnhancedStatusCode{5, 1, 1}));
    EXPECT_TRUE(second.reply.isPermanentFailure());
}

TEST(ReplyParser, GmailMultiLineAuthFailure)
{
    const ReplyParseResult r
        = parseReply("535-5.7.8 Username and Password not accepted. For more information, go to\r\n"
                     "535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1-20020a.123 - gsmtp\r\n");
    ASSERT_EQ(r.status, Status::Complete);
    EXPECT_EQ(r.reply.code, 535);
    EXPECT_EQ(r.reply.enhanced.toString(), QStringLiteral("5.7.8"));
    EXPECT_TRUE(r.reply.text().contains(QStringLiteral("Username and Password not accepted")));
}

TEST(ReplyParser, AcceptsBareLfAndCodeWithoutText)
{
    const ReplyParseResult r = parseReply("220\n");
    ASSERT_EQ(r.status, Status::Complete);
    EXPECT_EQ(r.reply.code, 220);
    EXPECT_EQ(r.reply.lines, QStringList{QString()});
}

TEST(ReplyParser, RejectsMalformedLines)
{
    EXPECT_EQ(parseReply("hello\r\n").status, Status::Error);
    EXPECT_EQ(parseReply("25x Ok\r\n").status, Status::Error);
    EXPECT_EQ(parseReply("250_Ok\r\n").status, Status::Error);
    EXPECT_EQ(parseReply("650 nope\r\n").status, Status::Error);
    EXPECT_EQ(parseReply("\r\n").status, Status::Error);
}

TEST(ReplyParser, RejectsCodeChangeInsideMultiLineReply)
{
    const ReplyParseResult r = parseReply("250-first\r\n251 second\r\n");
    EXPECT_EQ(r.status, Status::Error);
    EXPECT_TRUE(r.error.contains(QStringLiteral("250")));
}

TEST(ReplyParser, CapsLineLength)
{
    const ReplyLimits limits; // 4 KiB per line
    const QByteArray longLine = "250 " + QByteArray(limits.maxLineLength, 'a');
    EXPECT_EQ(parseReply(longLine).status, Status::Error) << "no newline yet, already over the cap";
    EXPECT_EQ(parseReply(longLine + "\r\n").status, Status::Error);
    const QByteArray fits = "250 " + QByteArray(limits.maxLineLength - 4, 'a') + "\r\n";
    EXPECT_EQ(parseReply(fits).status, Status::Complete);
}

TEST(ReplyParser, CapsReplyLength)
{
    QByteArray many;
    while (many.size() <= 64 * 1024)
        many += "250-" + QByteArray(100, 'x') + "\r\n";
    EXPECT_EQ(parseReply(many).status, Status::Error);
    EXPECT_EQ(parseReply(many + "250 end\r\n").status, Status::Error);
}

TEST(EnhancedStatusCode, ParsesOnlyAtStart)
{
    EXPECT_EQ(EnhancedStatusCode::parse(u"5.7.139 Authentication unsuccessful"), (EnhancedStatusCode{5, 7, 139}));
    EXPECT_EQ(EnhancedStatusCode::parse(u"4.7.0"), (EnhancedStatusCode{4, 7, 0}));
    EXPECT_FALSE(EnhancedStatusCode::parse(u"Ok 2.0.0").isValid());
    EXPECT_FALSE(EnhancedStatusCode::parse(u"3.1.1 no").isValid()) << "class must be 2, 4 or 5";
    EXPECT_FALSE(EnhancedStatusCode::parse(u"5.7.1234 x").isValid());
    EXPECT_FALSE(EnhancedStatusCode::parse(u"5.7.1x").isValid());
    EXPECT_FALSE(EnhancedStatusCode::parse(u"mail.example.com").isValid());
}
