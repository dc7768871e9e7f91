#include "smtp/Command.h"
#include "smtp/EnvelopeAddress.h"

#include <gtest/gtest.h>

using namespace remitente::smtp;

TEST(Command, SimpleCommandsEndWithCrlf)
{
    EXPECT_EQ(commands::ehlo("client.example").wire, "EHLO client.example\r\n");
    EXPECT_EQ(commands::helo("client.example").wire, "HELO client.example\r\n");
    EXPECT_EQ(commands::startTls().wire, "STARTTLS\r\n");
    EXPECT_EQ(commands::rcptTo("ana@example.es").wire, "RCPT TO:<ana@example.es>\r\n");
    EXPECT_EQ(commands::data().wire, "DATA\r\n");
    EXPECT_EQ(commands::rset().wire, "RSET\r\n");
    EXPECT_EQ(commands::quit().wire, "QUIT\r\n");
    EXPECT_EQ(commands::noop().wire, "NOOP\r\n");
    EXPECT_EQ(commands::bdat(1234, false).wire, "BDAT 1234\r\n");
    EXPECT_EQ(commands::bdat(0, true).wire, "BDAT 0 LAST\r\n");
    EXPECT_EQ(commands::rset().transcriptLine, "RSET");
}

TEST(Command, MailFromParameters)
{
    EXPECT_EQ(commands::mailFrom("a@b.example", {}).wire, "MAIL FROM:<a@b.example>\r\n");
    MailParameters all;
    all.size = 4096;
    all.eightBitMime = true;
    all.smtpUtf8 = true;
    EXPECT_EQ(commands::mailFrom("a@b.example", all).wire,
              "MAIL FROM:<a@b.example> SIZE=4096 BODY=8BITMIME SMTPUTF8\r\n");
}

TEST(Command, AuthIsRedactedInTranscript)
{
    const QByteArray initial("\0user\0s3cret-pass", 17);
    const Command plain = commands::auth("PLAIN", &initial);
    EXPECT_EQ(plain.wire, "AUTH PLAIN " + initial.toBase64() + "\r\n");
    EXPECT_EQ(plain.transcriptLine, "AUTH PLAIN <redacted>");
    EXPECT_FALSE(plain.transcriptLine.contains(initial.toBase64()));

    const Command login = commands::auth("LOGIN", nullptr);
    EXPECT_EQ(login.wire, "AUTH LOGIN\r\n");

    const QByteArray empty;
    EXPECT_EQ(commands::auth("EXTERNAL", &empty).wire, "AUTH EXTERNAL =\r\n");

    const Command response = commands::authResponse("s3cret-pass");
    EXPECT_EQ(response.wire, QByteArray("s3cret-pass").toBase64() + "\r\n");
    EXPECT_EQ(response.transcriptLine, "<redacted>");
}

TEST(Command, DetectsLineBreaksAndNul)
{
    EXPECT_FALSE(hasLineBreakOrNul("plain.example"));
    EXPECT_TRUE(hasLineBreakOrNul("evil\r\nRCPT TO:<x@y>"));
    EXPECT_TRUE(hasLineBreakOrNul("evil\nx"));
    EXPECT_TRUE(hasLineBreakOrNul("evil\rx"));
    EXPECT_TRUE(hasLineBreakOrNul(QByteArrayView("a\0b", 3)));
}

TEST(EnvelopeAddress, AsciiAddressPassesThrough)
{
    const EnvelopeAddress a = EnvelopeAddress::encode(QStringLiteral("  ana@example.es "));
    ASSERT_TRUE(a.isValid()) << a.error.toStdString();
    EXPECT_EQ(a.wire, "ana@example.es");
    EXPECT_FALSE(a.needsSmtpUtf8);
}

TEST(EnvelopeAddress, InternationalDomainBecomesPunycode)
{
    const EnvelopeAddress a = EnvelopeAddress::encode(QStringLiteral("info@españa.es"));
    ASSERT_TRUE(a.isValid());
    EXPECT_EQ(a.wire, "info@xn--espaa-rta.es");
    EXPECT_FALSE(a.needsSmtpUtf8);
}

TEST(EnvelopeAddress, NonAsciiLocalPartNeedsSmtpUtf8)
{
    const EnvelopeAddress a = EnvelopeAddress::encode(QStringLiteral("josé@example.es"));
    ASSERT_TRUE(a.isValid());
    EXPECT_TRUE(a.needsSmtpUtf8);
    EXPECT_EQ(a.wire, QStringLiteral("josé@example.es").toUtf8());
}

TEST(EnvelopeAddress, RejectsInjectionAndNonsense)
{
    EXPECT_FALSE(EnvelopeAddress::encode(QStringLiteral("a@b.example>\r\nRCPT TO:<c@d.example")).isValid());
    EXPECT_FALSE(EnvelopeAddress::encode(QStringLiteral("a@b.example\nX")).isValid());
    EXPECT_FALSE(EnvelopeAddress::encode(QString()).isValid());
    EXPECT_FALSE(EnvelopeAddress::encode(QStringLiteral("no-at-sign")).isValid());
    EXPECT_FALSE(EnvelopeAddress::encode(QStringLiteral("@example.com")).isValid());
    EXPECT_FALSE(EnvelopeAddress::encode(QStringLiteral("ana@")).isValid());
    EXPECT_FALSE(EnvelopeAddress::encode(QStringLiteral("Ana <ana@example.es>")).isValid());
    const EnvelopeAddress e = EnvelopeAddress::encode(QStringLiteral("no-at-sign"));
    EXPECT_TRUE(e.error.contains(QStringLiteral("no-at-sign"))) << "the message names the bad address";
}
