// remitente-sendmail takes what programs pass to sendmail.
#include "relay/SendmailArguments.h"

#include <gtest/gtest.h>

using namespace remitente::relay;

namespace {
SendmailArguments parsed(const QStringList &arguments)
{
    const auto result = parseSendmailArguments(arguments);
    EXPECT_TRUE(std::holds_alternative<SendmailArguments>(result))
        << (std::holds_alternative<QString>(result) ? std::get<QString>(result).toStdString() : "");
    return std::holds_alternative<SendmailArguments>(result) ? std::get<SendmailArguments>(result)
                                                             : SendmailArguments{};
}
bool refused(const QStringList &arguments)
{
    return std::holds_alternative<QString>(parseSendmailArguments(arguments));
}
} // namespace

TEST(SendmailArguments, WhatPhpCronAndGitPass)
{
    // PHP's mail(): sendmail_path "sendmail -t -i"
    const SendmailArguments php = parsed({QStringLiteral("-t"), QStringLiteral("-i")});
    EXPECT_TRUE(php.recipientsFromHeaders);
    EXPECT_FALSE(php.dotEndsInput);
    // cron: sendmail -FCronDaemon -i -B8BITMIME -oem root
    const SendmailArguments cron
        = parsed({QStringLiteral("-FCronDaemon"), QStringLiteral("-i"), QStringLiteral("-B8BITMIME"),
                  QStringLiteral("-oem"), QStringLiteral("root")});
    EXPECT_EQ(cron.fullName, QStringLiteral("CronDaemon"));
    EXPECT_EQ(cron.recipients, QStringList{QStringLiteral("root")});
    EXPECT_EQ(cron.ignored.size(), 2);
    // git send-email: sendmail -i -f ana@example.es bob@example.com carla@example.com
    const SendmailArguments git = parsed({QStringLiteral("-i"), QStringLiteral("-f"), QStringLiteral("ana@example.es"),
                                          QStringLiteral("bob@example.com"), QStringLiteral("carla@example.com")});
    EXPECT_EQ(git.envelopeFrom, QStringLiteral("ana@example.es"));
    EXPECT_EQ(git.recipients.size(), 2);
    EXPECT_EQ(parsed({QStringLiteral("-fana@example.es"), QStringLiteral("-oi"), QStringLiteral("--"),
                      QStringLiteral("-odd@example.com")})
                  .recipients,
              QStringList{QStringLiteral("-odd@example.com")});
}

TEST(SendmailArguments, RemitentesOwnOptionsAndCommaLists)
{
    const SendmailArguments own = parsed({QStringLiteral("--account"), QStringLiteral("ana@example.es"),
                                          QStringLiteral("--wait"), QStringLiteral("a@example.com, b@example.com")});
    EXPECT_EQ(own.account, QStringLiteral("ana@example.es"));
    EXPECT_TRUE(own.wait);
    EXPECT_EQ(own.recipients, (QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
    EXPECT_EQ(parsed({QStringLiteral("--account=acc1")}).account, QStringLiteral("acc1"));
    EXPECT_TRUE(parsed({QStringLiteral("--help")}).help);
}

TEST(SendmailArguments, WhatCannotBeHonoured)
{
    EXPECT_TRUE(refused({QStringLiteral("-bs")}));
    EXPECT_TRUE(refused({QStringLiteral("-bp")}));
    EXPECT_TRUE(refused({QStringLiteral("-q")}));
    EXPECT_TRUE(refused({QStringLiteral("-f")}));
    EXPECT_TRUE(refused({QStringLiteral("--account")}));
    EXPECT_TRUE(refused({QStringLiteral("-Z")}));
}
