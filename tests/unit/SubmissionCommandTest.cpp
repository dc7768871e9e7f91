// The relay's reading of what other programs say: every verb, the parameters it offers, and what it refuses.
#include "relay/SubmissionCommand.h"

#include <gtest/gtest.h>

using namespace remitente::relay;
using Verb = SubmissionCommand::Verb;

namespace {
SubmissionCommand accepted(QByteArrayView line)
{
    const ParsedCommand parsed = parseSubmissionCommand(line);
    const auto *command = std::get_if<SubmissionCommand>(&parsed);
    EXPECT_NE(command, nullptr) << line.toByteArray().toStdString() << " -> "
                                << std::get<CommandRefusal>(parsed).text.toStdString();
    return command ? *command : SubmissionCommand{};
}

CommandRefusal refused(QByteArrayView line)
{
    const ParsedCommand parsed = parseSubmissionCommand(line);
    const auto *refusal = std::get_if<CommandRefusal>(&parsed);
    EXPECT_NE(refusal, nullptr) << line.toByteArray().toStdString() << " was accepted";
    return refusal ? *refusal : CommandRefusal{};
}
} // namespace

TEST(SubmissionCommand, GreetingsInAnyCase)
{
    EXPECT_EQ(accepted("EHLO shop.example").verb, Verb::Ehlo);
    EXPECT_EQ(accepted("ehlo [127.0.0.1]").domain, QStringLiteral("[127.0.0.1]"));
    EXPECT_EQ(accepted("HELO scanner").verb, Verb::Helo);
    EXPECT_EQ(refused("EHLO").code, 501);
    EXPECT_EQ(refused("EHLO a b").code, 501);
}

TEST(SubmissionCommand, MailWithItsParameters)
{
    const SubmissionCommand mail = accepted("MAIL FROM:<ana@example.es> SIZE=12345 BODY=8BITMIME SMTPUTF8");
    EXPECT_EQ(mail.verb, Verb::Mail);
    EXPECT_EQ(mail.address, QStringLiteral("ana@example.es"));
    EXPECT_EQ(mail.size, 12345);
    EXPECT_TRUE(mail.eightBitMime);
    EXPECT_TRUE(mail.smtpUtf8);
    EXPECT_EQ(accepted("mail from: <ana@example.es>").address, QStringLiteral("ana@example.es"));
    EXPECT_EQ(accepted("MAIL FROM:ana@example.es").address, QStringLiteral("ana@example.es"));
    EXPECT_TRUE(accepted("MAIL FROM:<>").address.isEmpty());
    EXPECT_EQ(accepted("MAIL FROM:<@relay.example:ana@example.es>").address, QStringLiteral("ana@example.es"));
    EXPECT_EQ(accepted("MAIL FROM:<ana@example.es> AUTH=<>").verb, Verb::Mail);
    EXPECT_EQ(accepted("MAIL FROM:<josé@example.es> SMTPUTF8").address, QStringLiteral("josé@example.es"));
}

TEST(SubmissionCommand, MailRefusals)
{
    EXPECT_EQ(refused("MAIL TO:<ana@example.es>").code, 501);
    EXPECT_EQ(refused("MAIL FROM:<ana@example.es").enhanced, QByteArray("5.1.7"));
    EXPECT_EQ(refused("MAIL FROM:<ana@example.es> SIZE=big").code, 501);
    EXPECT_EQ(refused("MAIL FROM:<ana@example.es> SIZE=1234567890123456789").code, 501);
    EXPECT_EQ(refused("MAIL FROM:<ana@example.es> BODY=BINARYMIME").code, 555);
    EXPECT_EQ(refused("MAIL FROM:<ana@example.es> RET=FULL").code, 555);
    EXPECT_EQ(refused("MAIL FROM:<ana\x01@example.es>").code, 553);
    EXPECT_EQ(refused("MAIL FROM:<\xff\xfe@example.es>").enhanced, QByteArray("5.6.7"));
    EXPECT_EQ(refused("MAIL FROM:<no-domain>").code, 553);
    EXPECT_EQ(refused("MAIL FROM:<a@b>junk").code, 501);
}

TEST(SubmissionCommand, Recipients)
{
    EXPECT_EQ(accepted("RCPT TO:<bob@example.com>").address, QStringLiteral("bob@example.com"));
    EXPECT_EQ(refused("RCPT TO:<>").code, 553);
    EXPECT_EQ(refused("RCPT TO:<bob@example.com> NOTIFY=NEVER").code, 555);
    EXPECT_EQ(refused("RCPT FROM:<bob@example.com>").code, 501);
}

TEST(SubmissionCommand, ChunksAndAuth)
{
    const SubmissionCommand chunk = accepted("BDAT 1000 LAST");
    EXPECT_EQ(chunk.chunkSize, 1000);
    EXPECT_TRUE(chunk.lastChunk);
    EXPECT_FALSE(accepted("bdat 0").lastChunk);
    EXPECT_EQ(refused("BDAT").code, 501);
    EXPECT_EQ(refused("BDAT -1").code, 501);
    EXPECT_EQ(refused("BDAT 10 FIRST").code, 501);

    const SubmissionCommand plain = accepted("auth plain AGFuYQBzZWNyZXQ=");
    EXPECT_EQ(plain.mechanism, QByteArray("PLAIN"));
    EXPECT_EQ(plain.initialResponse, QByteArray("AGFuYQBzZWNyZXQ="));
    EXPECT_FALSE(accepted("AUTH LOGIN").initialResponse.has_value());
    EXPECT_EQ(refused("AUTH").code, 501);
    // An AUTH line may be as long as RFC 4954 allows; other commands only RFC 5321's 512 octets.
    EXPECT_EQ(accepted("AUTH PLAIN " + QByteArray(5000, 'A')).verb, Verb::Auth);
    EXPECT_EQ(refused("NOOP " + QByteArray(600, 'x')).enhanced, QByteArray("5.5.6"));
    EXPECT_EQ(refused("AUTH PLAIN " + QByteArray(13000, 'A')).enhanced, QByteArray("5.5.6"));
}

TEST(SubmissionCommand, TheRest)
{
    EXPECT_EQ(accepted("DATA").verb, Verb::Data);
    EXPECT_EQ(accepted("RSET").verb, Verb::Rset);
    EXPECT_EQ(accepted("QUIT").verb, Verb::Quit);
    EXPECT_EQ(accepted("STARTTLS").verb, Verb::StartTls);
    EXPECT_EQ(accepted("NOOP anything").verb, Verb::Noop);
    EXPECT_EQ(accepted("VRFY bob").verb, Verb::Vrfy);
    EXPECT_EQ(refused("DATA now").code, 501);
    EXPECT_EQ(refused("TURN").code, 500);
    EXPECT_EQ(refused("").code, 500);
    EXPECT_EQ(refused(QByteArrayView("NOOP\0x", 6)).code, 500);
}
