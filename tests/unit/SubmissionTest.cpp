// Messages other programs hand over (sendmail's input, the relay's DATA), made ready for the account.
#include "relay/Submission.h"

#include <gtest/gtest.h>

using namespace remitente::relay;

namespace {
const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(14, 5, 9), Qt::UTC);

SubmissionRules rules()
{
    SubmissionRules r;
    r.accountAddress = QStringLiteral("ana@example.es");
    r.displayName = QStringLiteral("Ana Pérez");
    r.aliases = {QStringLiteral("ventas@example.es")};
    return r;
}

Submission accepted(const QByteArray &message, const QStringList &to, bool fromHeaders,
                    const SubmissionRules &r = rules())
{
    const auto result = prepareSubmission(message, to, fromHeaders, r, now);
    const auto *submission = std::get_if<Submission>(&result);
    EXPECT_NE(submission, nullptr) << (submission ? "" : std::get<SubmissionRefusal>(result).message.toStdString());
    return submission ? *submission : Submission{};
}

SubmissionRefusal refused(const QByteArray &message, const QStringList &to, bool fromHeaders,
                          const SubmissionRules &r = rules())
{
    const auto result = prepareSubmission(message, to, fromHeaders, r, now);
    const auto *refusal = std::get_if<SubmissionRefusal>(&result);
    EXPECT_NE(refusal, nullptr);
    return refusal ? *refusal : SubmissionRefusal{};
}
} // namespace

TEST(Submission, AScriptsBareMessageGetsFromDateAndMessageIdAndCrlf)
{
    const Submission s = accepted("Subject: backup done\n\nAll good.\n", {QStringLiteral("bob@example.com")}, false);
    EXPECT_EQ(s.envelopeFrom, QStringLiteral("ana@example.es"));
    EXPECT_EQ(s.recipients, QStringList{QStringLiteral("bob@example.com")});
    EXPECT_TRUE(s.message.startsWith("From: =?")) << s.message.toStdString();
    EXPECT_TRUE(s.message.contains("<ana@example.es>\r\n"));
    EXPECT_TRUE(s.message.contains("Date: Wed, 02 Dec 2026 14:05:09 +0000\r\n")) << s.message.toStdString();
    EXPECT_TRUE(s.message.contains("Message-ID: <"));
    EXPECT_TRUE(s.message.contains("@example.es>\r\n"));
    EXPECT_TRUE(s.message.endsWith("Subject: backup done\r\n\r\nAll good.\r\n"));
    EXPECT_FALSE(s.message.contains("\n\n"));
}

TEST(Submission, RecipientsFromHeadersWithBccRemoved)
{
    const Submission s = accepted("From: Ventas <ventas@example.es>\r\nTo: Bob <bob@example.com>, carla@example.com\r\n"
                                  "Cc: dan@example.com\r\nBcc: eva@example.com,\r\n fer@example.com\r\n"
                                  "Subject: x\r\n\r\nbody\r\n",
                                  {QStringLiteral("gil@example.com")}, true);
    EXPECT_EQ(s.recipients,
              (QStringList{QStringLiteral("gil@example.com"), QStringLiteral("bob@example.com"),
                           QStringLiteral("carla@example.com"), QStringLiteral("dan@example.com"),
                           QStringLiteral("eva@example.com"), QStringLiteral("fer@example.com")}));
    EXPECT_FALSE(s.message.contains("Bcc"));
    EXPECT_FALSE(s.message.contains("fer@example.com"));
    EXPECT_TRUE(s.message.contains("From: Ventas <ventas@example.es>\r\n")); // an alias is the person's own
}

TEST(Submission, AForeignFromIsRefusedWithTheReasonOrRewrittenWithReplyToKept)
{
    const QByteArray message
        = "From: WordPress <wordpress@shop.example>\r\nTo: bob@example.com\r\nSubject: x\r\n\r\nb\r\n";
    const SubmissionRefusal refusal = refused(message, {}, true);
    EXPECT_EQ(refusal.kind, SubmissionRefusal::Kind::ForeignFrom);
    EXPECT_TRUE(refusal.message.contains(QStringLiteral("wordpress@shop.example")));
    EXPECT_TRUE(refusal.message.contains(QStringLiteral("ana@example.es")));

    SubmissionRules rewriting = rules();
    rewriting.rewriteForeignFrom = true;
    const Submission s = accepted(message, {}, true, rewriting);
    EXPECT_FALSE(s.message.contains("From: WordPress"));
    EXPECT_TRUE(s.message.contains("<ana@example.es>\r\n"));
    EXPECT_TRUE(s.message.contains("Reply-To: WordPress <wordpress@shop.example>\r\n"));
}

TEST(Submission, WhatCannotBeSent)
{
    EXPECT_EQ(refused("Subject: x\r\n\r\nb\r\n", {}, true).kind, SubmissionRefusal::Kind::NoRecipients);
    EXPECT_EQ(refused("this is not a header\r\n\r\nb\r\n", {QStringLiteral("b@example.com")}, false).kind,
              SubmissionRefusal::Kind::Unreadable);
    SubmissionRules small = rules();
    small.maxBytes = 100;
    EXPECT_EQ(
        refused("Subject: x\r\n\r\n" + QByteArray(200, 'x') + "\r\n", {QStringLiteral("b@example.com")}, false, small)
            .kind,
        SubmissionRefusal::Kind::TooLarge);
}

TEST(Submission, TheSummaryShowsWhatTheHeadersSayAndTheEnvelopeGoesFromTheAlias)
{
    const Submission s = accepted(
        "From: =?UTF-8?Q?Ventas_P=C3=A9rez?= <ventas@example.es>\r\n"
        "To: Bob <bob@example.com>\r\nCc: dan@example.com\r\n"
        "Subject: =?UTF-8?B?UGVkaWRvIGVudmlhZG8=?= =?ISO-8859-1?Q?_ma=F1ana?=\r\n"
        "Message-ID: <abc@shop.example>\r\n\r\nbody\r\n",
        {QStringLiteral("bob@example.com"), QStringLiteral("dan@example.com"), QStringLiteral("hidden@example.com")},
        false);
    EXPECT_EQ(s.envelopeFrom, QStringLiteral("ventas@example.es")) << "aligned with the From the receiver sees";
    EXPECT_EQ(s.summary.from.address, QStringLiteral("ventas@example.es"));
    EXPECT_EQ(s.summary.from.name, QStringLiteral("Ventas Pérez"));
    EXPECT_EQ(s.summary.subject, QStringLiteral("Pedido enviado mañana"));
    EXPECT_EQ(s.summary.messageId, QByteArray("abc@shop.example"));
    ASSERT_EQ(s.summary.to.size(), 1);
    EXPECT_EQ(s.summary.to.first().name, QStringLiteral("Bob"));
    ASSERT_EQ(s.summary.cc.size(), 1);
    ASSERT_EQ(s.summary.bcc.size(), 1) << "a recipient no header names is a Bcc";
    EXPECT_EQ(s.summary.bcc.first().address, QStringLiteral("hidden@example.com"));
    EXPECT_EQ(s.summary.envelopeRecipients().size(), 3);
}
