// The warnings before mail is junked (issue 16): each rule driven with plain values and the built-in catalogue.
#include "diagnosis/SendingWarnings.h"
#include "outbox/SendingWarningsFor.h"
#include "providers/ProviderCatalogue.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace remitente;
using diagnosis::SendingContext;
using diagnosis::SendingWarning;

namespace {

const providers::ProviderCatalogue &catalogue()
{
    static const providers::ProviderCatalogue loaded = *providers::ProviderCatalogue::load();
    return loaded;
}

SendingContext through(const QString &providerId, const QString &host)
{
    SendingContext context;
    context.smtpHost = host;
    context.provider = catalogue().byId(providerId);
    context.catalogue = &catalogue();
    return context;
}

mime::Message message(const QString &from, int to = 1, int cc = 0, int bcc = 0,
                      const QString &recipientDomain = QStringLiteral("example.com"))
{
    mime::Message m;
    m.from = {QStringLiteral("Ana"), from};
    for (int i = 0; i < to; ++i)
        m.to.append({QString(), QStringLiteral("to%1@%2").arg(i).arg(recipientDomain)});
    for (int i = 0; i < cc; ++i)
        m.cc.append({QString(), QStringLiteral("cc%1@%2").arg(i).arg(recipientDomain)});
    for (int i = 0; i < bcc; ++i)
        m.bcc.append({QString(), QStringLiteral("bcc%1@%2").arg(i).arg(recipientDomain)});
    m.subject = QStringLiteral("Hola");
    return m;
}

QStringList kinds(const QList<SendingWarning> &warnings)
{
    QStringList out;
    for (const SendingWarning &warning : warnings) {
        EXPECT_FALSE(warning.reason.isEmpty());
        EXPECT_FALSE(warning.fix.isEmpty()) << warning.kind.toStdString() << ": every warning says what to do";
        out.append(warning.kind);
    }
    return out;
}

diagnosis::DomainFinding found(const QString &check, diagnosis::Verdict verdict)
{
    diagnosis::DomainFinding finding;
    finding.check = check;
    finding.verdict = verdict;
    return finding;
}

} // namespace

TEST(SendingWarnings, AnOrdinaryMessageHasNone)
{
    ASSERT_NE(catalogue().byId(QStringLiteral("gmail")), nullptr);
    EXPECT_TRUE(diagnosis::sendingWarnings(through(QStringLiteral("gmail"), QStringLiteral("smtp.gmail.com")),
                                           message(QStringLiteral("ana@gmail.com"), 3, 2, 40))
                    .isEmpty());
    EXPECT_TRUE(diagnosis::sendingWarnings(through(QStringLiteral("hosting"), QStringLiteral("mail.example.es")),
                                           message(QStringLiteral("ana@example.es")))
                    .isEmpty());
}

TEST(SendingWarnings, MailboxProviderAddressThroughAnotherServer)
{
    for (const QString &from :
         {QStringLiteral("ana@gmail.com"), QStringLiteral("ana@yahoo.com"), QStringLiteral("ana@hotmail.com"),
          QStringLiteral("ana@outlook.com"), QStringLiteral("ana@aol.com"), QStringLiteral("ana@icloud.com")}) {
        const QList<SendingWarning> warnings = diagnosis::sendingWarnings(
            through(QStringLiteral("hosting"), QStringLiteral("mail.example.es")), message(from));
        ASSERT_EQ(kinds(warnings), QStringList{QStringLiteral("foreign-domain")}) << from.toStdString();
        EXPECT_TRUE(warnings[0].reason.contains(from));
        EXPECT_TRUE(warnings[0].reason.contains(QStringLiteral("mail.example.es")));
        EXPECT_TRUE(warnings[0].reason.contains(QStringLiteral("DMARC")));
    }
    // Without a catalogue entry for the account, the server's name decides: Gmail's own server is fine.
    SendingContext unknownProvider = through(QString(), QStringLiteral("smtp.gmail.com"));
    EXPECT_TRUE(diagnosis::sendingWarnings(unknownProvider, message(QStringLiteral("ana@gmail.com"))).isEmpty());
    unknownProvider.smtpHost = QStringLiteral("smtp.sendgrid.net");
    EXPECT_EQ(kinds(diagnosis::sendingWarnings(unknownProvider, message(QStringLiteral("ana@GMAIL.com")))),
              QStringList{QStringLiteral("foreign-domain")});
}

TEST(SendingWarnings, CustomDomainThroughAPersonalMailboxServer)
{
    const QList<SendingWarning> warnings = diagnosis::sendingWarnings(
        through(QStringLiteral("gmail"), QStringLiteral("smtp.gmail.com")), message(QStringLiteral("ana@example.es")));
    ASSERT_EQ(kinds(warnings), QStringList{QStringLiteral("unsigned-domain")});
    EXPECT_TRUE(warnings[0].reason.contains(QStringLiteral("smtp.gmail.com")));
    EXPECT_TRUE(warnings[0].fix.contains(QStringLiteral("example.es")));
    // Google Workspace signs for the organisation's domain once its records are published: no guess without a check.
    EXPECT_TRUE(
        diagnosis::sendingWarnings(through(QStringLiteral("google-workspace"), QStringLiteral("smtp.gmail.com")),
                                   message(QStringLiteral("ana@example.es")))
            .isEmpty());
}

TEST(SendingWarnings, CustomDomainJudgedByTheDomainCheckWhenAtHand)
{
    using diagnosis::Verdict;
    SendingContext context = through(QStringLiteral("google-workspace"), QStringLiteral("smtp.gmail.com"));
    context.senderDomainFindings
        = {found(QStringLiteral("mx"), Verdict::Pass), found(QStringLiteral("spf"), Verdict::Fail),
           found(QStringLiteral("dkim"), Verdict::Warning), found(QStringLiteral("dmarc"), Verdict::Warning)};
    const QList<SendingWarning> warnings
        = diagnosis::sendingWarnings(context, message(QStringLiteral("ana@example.es")));
    ASSERT_EQ(kinds(warnings), QStringList{QStringLiteral("unsigned-domain")});
    EXPECT_TRUE(warnings[0].reason.contains(QStringLiteral("example.es")));

    context.senderDomainFindings[2].verdict = Verdict::Pass; // DKIM signs for it: DMARC can pass
    EXPECT_TRUE(diagnosis::sendingWarnings(context, message(QStringLiteral("ana@example.es"))).isEmpty());

    // A hosting server whose address the SPF record lists.
    SendingContext hosting = through(QStringLiteral("hosting"), QStringLiteral("mail.example.es"));
    hosting.senderDomainFindings
        = {found(QStringLiteral("spf"), Verdict::Pass), found(QStringLiteral("dkim"), Verdict::Fail)};
    EXPECT_TRUE(diagnosis::sendingWarnings(hosting, message(QStringLiteral("ana@example.es"))).isEmpty());
}

TEST(SendingWarnings, ManyVisibleRecipientsOutsideTheSendersDomain)
{
    const SendingContext context = through(QStringLiteral("hosting"), QStringLiteral("mail.example.es"));
    EXPECT_TRUE(diagnosis::sendingWarnings(context, message(QStringLiteral("ana@example.es"), 6, 4)).isEmpty())
        << "ten is still fine";
    const QList<SendingWarning> warnings
        = diagnosis::sendingWarnings(context, message(QStringLiteral("ana@example.es"), 6, 5));
    ASSERT_EQ(kinds(warnings), QStringList{QStringLiteral("visible-recipients")});
    EXPECT_TRUE(warnings[0].reason.startsWith(QStringLiteral("11 recipients")));
    EXPECT_TRUE(warnings[0].fix.contains(QStringLiteral("Bcc")));
    // Colleagues in the same domain, and anyone in Bcc, do not count.
    EXPECT_TRUE(diagnosis::sendingWarnings(
                    context, message(QStringLiteral("ana@example.es"), 30, 10, 0, QStringLiteral("EXAMPLE.es")))
                    .isEmpty());
    EXPECT_TRUE(diagnosis::sendingWarnings(context, message(QStringLiteral("ana@example.es"), 1, 0, 60)).isEmpty());
}

TEST(SendingWarnings, MoreRecipientsThanTheProviderTakesInOneMessage)
{
    const SendingContext gmail = through(QStringLiteral("gmail"), QStringLiteral("smtp.gmail.com"));
    EXPECT_TRUE(diagnosis::sendingWarnings(gmail, message(QStringLiteral("ana@gmail.com"), 1, 0, 99)).isEmpty());
    QList<SendingWarning> warnings
        = diagnosis::sendingWarnings(gmail, message(QStringLiteral("ana@gmail.com"), 1, 0, 100));
    ASSERT_EQ(kinds(warnings), QStringList{QStringLiteral("recipients-per-message")});
    EXPECT_TRUE(warnings[0].reason.contains(QStringLiteral("101 recipients")));
    EXPECT_TRUE(warnings[0].reason.contains(QStringLiteral("at most 100")));
    EXPECT_TRUE(warnings[0].fix.contains(QStringLiteral("at most 100 recipients")));

    // Yahoo's 100 is not confirmed by a primary source: said as approximate.
    warnings = diagnosis::sendingWarnings(through(QStringLiteral("yahoo"), QStringLiteral("smtp.mail.yahoo.com")),
                                          message(QStringLiteral("ana@yahoo.com"), 1, 0, 150));
    ASSERT_EQ(kinds(warnings), QStringList{QStringLiteral("recipients-per-message")});
    EXPECT_TRUE(warnings[0].reason.contains(QStringLiteral("about 100")));
    // No documented limit, no warning.
    EXPECT_TRUE(diagnosis::sendingWarnings(through(QStringLiteral("hosting"), QStringLiteral("mail.example.es")),
                                           message(QStringLiteral("ana@example.es"), 1, 0, 2000))
                    .isEmpty());
}

TEST(SendingWarnings, BulkSendingCloseToTheDailyLimitRecommendsASendingService)
{
    SendingContext gmail = through(QStringLiteral("gmail"), QStringLiteral("smtp.gmail.com")); // 500 recipients a day
    gmail.recipientsToday = 350;
    EXPECT_TRUE(diagnosis::sendingWarnings(gmail, message(QStringLiteral("ana@gmail.com"), 1, 0, 48)).isEmpty())
        << "399 of 500 is under 80%";
    QList<SendingWarning> warnings
        = diagnosis::sendingWarnings(gmail, message(QStringLiteral("ana@gmail.com"), 1, 0, 49));
    ASSERT_EQ(kinds(warnings), QStringList{QStringLiteral("bulk")});
    EXPECT_TRUE(warnings[0].reason.contains(QStringLiteral("400 of the 500 recipients")));
    for (const QString &service : {QStringLiteral("Amazon SES"), QStringLiteral("Brevo"), QStringLiteral("Mailgun")})
        EXPECT_TRUE(warnings[0].fix.contains(service));
    EXPECT_TRUE(warnings[0].fix.contains(QStringLiteral("mark it as one")));

    // Already marked as a newsletter: the service is still the advice, marking it no longer is.
    mime::Message newsletter = message(QStringLiteral("ana@gmail.com"), 1, 0, 60);
    newsletter.listUnsubscribe = mime::ListUnsubscribe{QStringLiteral("ana@gmail.com"), QString()};
    warnings = diagnosis::sendingWarnings(gmail, newsletter);
    ASSERT_EQ(kinds(warnings), QStringList{QStringLiteral("bulk")});
    EXPECT_FALSE(warnings[0].fix.contains(QStringLiteral("mark it")));

    // Messages a day (Google Workspace: 2,000).
    SendingContext workspace = through(QStringLiteral("google-workspace"), QStringLiteral("smtp.gmail.com"));
    workspace.messagesToday = 1599;
    EXPECT_EQ(kinds(diagnosis::sendingWarnings(workspace, message(QStringLiteral("ana@example.es")))),
              QStringList{QStringLiteral("bulk")});
}

TEST(SendingWarnings, SeveralAtOnceInTheOrderToDealWithThem)
{
    SendingContext hosting = through(QStringLiteral("hosting"), QStringLiteral("mail.example.es"));
    EXPECT_EQ(kinds(diagnosis::sendingWarnings(hosting, message(QStringLiteral("ana@gmail.com"), 20))),
              (QStringList{QStringLiteral("foreign-domain"), QStringLiteral("visible-recipients")}));
}

TEST(SendingWarnings, FromTheAccountAndTheOutboxsLast24Hours)
{
    QTemporaryDir dir;
    outbox::OutboxStore store;
    QString error;
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("outbox.sqlite")), &error)) << error.toStdString();
    accounts::Account account;
    account.id = QStringLiteral("acc1");
    account.address = QStringLiteral("ana@gmail.com");
    account.host = QStringLiteral("smtp.gmail.com");
    account.providerId = QStringLiteral("gmail");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // 380 recipients already sent today through this account.
    mime::Message earlier = message(QStringLiteral("ana@gmail.com"), 1, 0, 94);
    for (int i = 0; i < 4; ++i) {
        ASSERT_TRUE(store.recordSent(account.id, earlier, now.addSecs(-3600 + i), QStringLiteral("250 ok")));
    }
    const mime::Message twenty = message(QStringLiteral("ana@gmail.com"), 1, 0, 19);
    EXPECT_TRUE(outbox::sendingWarningsFor(account, catalogue(), nullptr, twenty, now).isEmpty())
        << "without an outbox nothing is counted";
    EXPECT_EQ(kinds(outbox::sendingWarningsFor(account, catalogue(), &store, twenty, now)),
              QStringList{QStringLiteral("bulk")});
    EXPECT_TRUE(outbox::sendingWarningsFor(account, catalogue(), &store, twenty, now.addDays(2)).isEmpty())
        << "only the last 24 hours count";
    account.host = QStringLiteral("mail.example.es");
    account.providerId = QStringLiteral("hosting");
    EXPECT_EQ(
        kinds(outbox::sendingWarningsFor(account, catalogue(), &store, message(QStringLiteral("ana@gmail.com")), now)),
        QStringList{QStringLiteral("foreign-domain")});
}

TEST(SendingWarnings, InSpanish)
{
    QTranslator spanish;
    ASSERT_TRUE(spanish.load(QStringLiteral(":/i18n/remitente_es.qm")));
    QCoreApplication::installTranslator(&spanish);
    SendingContext gmail = through(QStringLiteral("gmail"), QStringLiteral("smtp.gmail.com"));
    gmail.recipientsToday = 450;
    const QList<SendingWarning> warnings
        = diagnosis::sendingWarnings(gmail, message(QStringLiteral("ana@gmail.com"), 12, 0, 100));
    QCoreApplication::removeTranslator(&spanish);
    ASSERT_EQ(kinds(warnings),
              (QStringList{QStringLiteral("visible-recipients"), QStringLiteral("recipients-per-message"),
                           QStringLiteral("bulk")}));
    EXPECT_TRUE(warnings[0].reason.contains(QStringLiteral("destinatarios"))) << warnings[0].reason.toStdString();
    EXPECT_TRUE(warnings[0].fix.contains(QStringLiteral("CCO"))) << warnings[0].fix.toStdString();
    EXPECT_TRUE(warnings[1].fix.contains(QStringLiteral("como máximo 100"))) << warnings[1].fix.toStdString();
    EXPECT_TRUE(warnings[2].fix.contains(QStringLiteral("servicio de envío"))) << warnings[2].fix.toStdString();
}
