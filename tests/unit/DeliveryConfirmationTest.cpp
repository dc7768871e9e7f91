// Where the test email is looked for and with which sign-in (the rest, against the real Dovecot, is in
// ImapArrivalTest, cli_accounts and the UI's ArrivalTest).
#include "TestAccounts.h"

#include "accounts/DeliveryConfirmation.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::accounts;

namespace {
Account account(const QString &address, const QString &host, const QString &providerId = {})
{
    Account account;
    account.id = QStringLiteral("a1");
    account.address = address;
    account.host = host;
    account.providerId = providerId;
    return account;
}
} // namespace

TEST(DeliveryConfirmation, TheMailboxServerIsTheAccountsOwnElseTheCataloguesElseTheOneBesideSmtp)
{
    const providers::ProviderCatalogue *catalogue = &remitente::testing::builtInCatalogue();
    Account own = account(QStringLiteral("ana@gmail.com"), QStringLiteral("smtp.gmail.com"), QStringLiteral("gmail"));
    own.imap = {QStringLiteral("mail.example.es"), 143, imap::ImapSecurity::StartTls};
    EXPECT_EQ(mailboxServerFor(own, catalogue).host, QStringLiteral("mail.example.es"));
    EXPECT_EQ(mailboxServerFor(own, catalogue).security, imap::ImapSecurity::StartTls);

    const imap::ImapServer gmail = mailboxServerFor(
        account(QStringLiteral("ana@gmail.com"), QStringLiteral("smtp.gmail.com"), QStringLiteral("gmail")), catalogue);
    EXPECT_EQ(gmail.host, QStringLiteral("imap.gmail.com"));
    EXPECT_EQ(gmail.port, 993);

    const imap::ImapServer hosting
        = mailboxServerFor(account(QStringLiteral("ana@tienda.es"), QStringLiteral("smtp.tienda.es")), catalogue);
    EXPECT_EQ(hosting.host, QStringLiteral("imap.tienda.es"));

    EXPECT_FALSE(mailboxServerFor(account(QStringLiteral("ana@tienda.es"), QStringLiteral("smtp-relay.brevo.com"),
                                          QStringLiteral("brevo")),
                                  catalogue)
                     .isSet())
        << "a sending service has no mailbox";
}

TEST(DeliveryConfirmation, TheMailboxIsReadWithTheSmtpSignInAndItsOwnApprovedCertificateWhenThereIsOne)
{
    SessionPlan smtp;
    smtp.options.pinnedSha256 = QByteArray(32, '\x01');
    smtp.credentials = {QStringLiteral("ana@tienda.es"), QStringLiteral("secret"), smtp::CredentialKind::Password};
    Account ana = account(QStringLiteral("ana@tienda.es"), QStringLiteral("smtp.tienda.es"));
    SessionPlan plan = mailboxSignIn(ana, smtp);
    EXPECT_EQ(plan.options.pinnedSha256, smtp.options.pinnedSha256) << "trusted only for the same certificate";
    EXPECT_EQ(plan.credentials.secret, QStringLiteral("secret"));
    ana.imapPinnedSha256 = QByteArray(32, '\x02');
    EXPECT_EQ(mailboxSignIn(ana, smtp).options.pinnedSha256, ana.imapPinnedSha256);
}

TEST(DeliveryConfirmation, NoKnownMailboxIsSaidInWordsFromTheEventLoop)
{
    DeliveryConfirmation confirmation;
    QSignalSpy finished(&confirmation, &DeliveryConfirmation::finished);
    confirmation.start(imap::ImapServer{}, SessionPlan{}, "<x@tienda.es>");
    EXPECT_EQ(finished.count(), 0) << "never from inside start()";
    ASSERT_TRUE(finished.wait(2000));
    const auto result = finished.first().first().value<DeliveryConfirmationResult>();
    EXPECT_EQ(result.place, imap::ArrivalPlace::NotFound);
    EXPECT_TRUE(result.problem.contains(QStringLiteral("IMAP"))) << result.problem.toStdString();
}
