#include "smtp/Capabilities.h"
#include "smtp/ReplyParser.h"

#include <gtest/gtest.h>

using namespace remitente::smtp;

namespace {
Capabilities parseEhlo(const QByteArray &text)
{
    const ReplyParseResult parsed = parseReply(text);
    EXPECT_EQ(parsed.status, ReplyParseResult::Status::Complete);
    return Capabilities::fromEhloReply(parsed.reply);
}
} // namespace

TEST(Capabilities, PostfixSubmission)
{
    const Capabilities caps = parseEhlo("250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n"
                                        "250-VRFY\r\n250-ETRN\r\n250-AUTH PLAIN LOGIN\r\n250-ENHANCEDSTATUSCODES\r\n"
                                        "250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING\r\n");
    EXPECT_TRUE(caps.esmtp);
    EXPECT_EQ(caps.serverName, QStringLiteral("mail.example.com"));
    EXPECT_TRUE(caps.pipelining);
    EXPECT_TRUE(caps.sizeAdvertised);
    EXPECT_EQ(caps.maxSize, 10240000);
    EXPECT_TRUE(caps.enhancedStatusCodes);
    EXPECT_TRUE(caps.eightBitMime);
    EXPECT_TRUE(caps.dsn);
    EXPECT_TRUE(caps.smtpUtf8);
    EXPECT_TRUE(caps.chunking);
    EXPECT_FALSE(caps.startTls);
    EXPECT_EQ(caps.authMechanisms, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    EXPECT_TRUE(caps.offersAuth(u"plain"));
    EXPECT_FALSE(caps.offersAuth(u"XOAUTH2"));
    EXPECT_TRUE(caps.exceedsSize(10240001));
    EXPECT_FALSE(caps.exceedsSize(10240000));
}

TEST(Capabilities, GmailStyleAndOldAuthEquals)
{
    const Capabilities caps
        = parseEhlo("250-smtp.gmail.com at your service, [203.0.113.7]\r\n"
                    "250-SIZE 35882577\r\n250-8BITMIME\r\n250-STARTTLS\r\n"
                    "250-AUTH=LOGIN CRAM-MD5\r\n250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN\r\n"
                    "250-ENHANCEDSTATUSCODES\r\n250-PIPELINING\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n");
    EXPECT_EQ(caps.serverName, QStringLiteral("smtp.gmail.com"));
    EXPECT_TRUE(caps.startTls);
    EXPECT_EQ(caps.authMechanisms,
              (QStringList{QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"),
                           QStringLiteral("XOAUTH2"), QStringLiteral("PLAIN-CLIENTTOKEN")}));
}

TEST(Capabilities, KeywordsAreCaseInsensitiveAndSizeWithoutLimit)
{
    const Capabilities caps = parseEhlo("250-host\r\n250-size\r\n250-starttls\r\n250 auth plain\r\n");
    EXPECT_TRUE(caps.sizeAdvertised);
    EXPECT_EQ(caps.maxSize, 0);
    EXPECT_FALSE(caps.exceedsSize(1'000'000'000)) << "SIZE with no number means no fixed limit";
    EXPECT_TRUE(caps.startTls);
    EXPECT_EQ(caps.authMechanisms, QStringList{QStringLiteral("PLAIN")});
}

TEST(Capabilities, SingleLineEhloHasNoExtensions)
{
    const Capabilities caps = parseEhlo("250 tiny.example\r\n");
    EXPECT_TRUE(caps.esmtp);
    EXPECT_FALSE(caps.pipelining);
    EXPECT_FALSE(caps.sizeAdvertised);
    EXPECT_TRUE(caps.authMechanisms.isEmpty());
}

TEST(Capabilities, HeloMeansNone)
{
    const ReplyParseResult parsed = parseReply("250 old.example Hello\r\n");
    const Capabilities caps = Capabilities::fromHeloReply(parsed.reply);
    EXPECT_FALSE(caps.esmtp);
    EXPECT_EQ(caps.serverName, QStringLiteral("old.example"));
    EXPECT_FALSE(caps.startTls);
}
