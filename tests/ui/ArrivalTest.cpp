// Issue 16's "Arrived", the checklist's sixth step, in the setup wizard and the main window's "Send test email",
// against the real Postfix + Dovecot: the test email goes out through Postfix, deliver.py plays the receiver (its
// Authentication-Results, and erin+junk@ / fede+junk@ into the junk folder), and the row finds it over IMAP.
#include "ArrivalRow.h"
#include "DiagnosisCard.h"
#include "MainWindow.h"
#include "TestImapServer.h"
#include "TestMailServer.h"
#include "UiHarness.h"
#include "wizard/SetupWizard.h"

#include "accounts/KeychainSecretStore.h"
#include "smtp/MessageSource.h"
#include "smtp/SmtpSession.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSpinBox>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;
using remitente::ui::ArrivalRow;
using remitente::ui::SetupWizard;
using namespace std::chrono_literals;

namespace {

const imap::ImapServer testImap{QStringLiteral("localhost"), TestImapServer::TlsPort, imap::ImapSecurity::Tls};

QString statusOf(QWidget *window)
{
    return child<QLabel>(window, "arrivalStatus")->text();
}

QString detailsOf(QWidget *window)
{
    return child<QLabel>(window, "arrivalDetails")->text();
}

// Every file of a user's Maildir, with its flags (the part after ":2,"): what "unchanged" means for a mailbox.
QStringList mailboxFiles(const char *user)
{
    QStringList files;
    QDirIterator it(TestMailServer::baseDir() + QStringLiteral("/mail/example.test/") + QString::fromLatin1(user),
                    QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/new/") || path.contains(u"/cur/"))
            files.append(path.section(u'/', -1).section(QStringLiteral(":2,"), 0, 0) + u':'
                         + path.section(QStringLiteral(":2,"), 1));
    }
    files.sort();
    return files;
}

class ArrivalInWizard : public ::testing::Test
{
protected:
    ArrivalInWizard() : harness(std::make_unique<accounts::KeychainSecretStore>()) { harness.trustTestCa(); }

    QAbstractButton *next() { return wizard->button(QWizard::NextButton); }
    void pressNext(int expectedPage)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return next()->isEnabled(); }, 15000))
            << "Next stays disabled on page " << wizard->currentId();
        QTest::mouseClick(next(), Qt::LeftButton);
        ASSERT_EQ(wizard->currentId(), expectedPage);
    }
    // Through the pages to the check, with the test Dovecot as the mailbox (IMAP) server in the advanced settings.
    void openAtCheck(const char *user)
    {
        wizard = std::make_unique<SetupWizard>(harness.services);
        wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
        pressNext(SetupWizard::AddressPageId);
        typeText(child<QLineEdit>(wizard.get(), "nameEdit"), QStringLiteral("Erin Fernández"));
        typeText(child<QLineEdit>(wizard.get(), "addressEdit"), TestMailServer::user(user));
        pressNext(SetupWizard::ProviderPageId);
        pressNext(SetupWizard::SignInPageId);
        typeText(child<QLineEdit>(wizard.get(), "passwordEdit"), TestMailServer::password());
        pressNext(SetupWizard::ServerPageId);
        child<QGroupBox>(wizard.get(), "advancedSettings")->setChecked(true);
        auto *imapHost = child<QLineEdit>(wizard.get(), "imapHostEdit");
        imapHost->selectAll();
        QTest::keyClick(imapHost, Qt::Key_Backspace);
        typeText(imapHost, testImap.host);
        auto *security = child<QComboBox>(wizard.get(), "imapSecurityChoice");
        security->setCurrentIndex(security->findData(int(imap::ImapSecurity::Tls)));
        child<QSpinBox>(wizard.get(), "imapPortEdit")->setValue(testImap.port);
        pressNext(SetupWizard::CheckPageId);
        row = child<ArrivalRow>(wizard.get(), "arrivalRow");
        EXPECT_FALSE(row->isVisible()) << "no sixth step before a test email";
    }
    void sendTestEmail(const QString &otherRecipient = {})
    {
        if (!otherRecipient.isEmpty()) {
            QTest::mouseClick(child<QCheckBox>(wizard.get(), "otherRecipient"), Qt::LeftButton, {}, QPoint(4, 4));
            typeText(child<QLineEdit>(wizard.get(), "testRecipient"), otherRecipient);
        }
        QTest::mouseClick(child<QPushButton>(wizard.get(), "sendTestEmail"), Qt::LeftButton);
    }
    void waitForArrival()
    {
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return row->state() != ArrivalRow::State::Pending && row->state() != ArrivalRow::State::Looking; },
            60000))
            << statusOf(wizard.get()).toStdString();
    }

    UiHarness harness;
    std::unique_ptr<SetupWizard> wizard;
    ArrivalRow *row = nullptr;
};

} // namespace

TEST_F(ArrivalInWizard, TheTestEmailIsFoundInTheInboxWithTheReceiversChecksInWords)
{
    openAtCheck("erin");
    QList<ArrivalRow::State> seen;
    QObject::connect(row, &ArrivalRow::stateChanged, row, [&](ArrivalRow::State state) { seen.append(state); });
    sendTestEmail();
    ASSERT_TRUE(QTest::qWaitFor([&] { return row->state() == ArrivalRow::State::Looking || !seen.isEmpty(); }, 30000));
    waitForArrival();
    EXPECT_TRUE(seen.contains(ArrivalRow::State::Looking));
    ASSERT_EQ(row->state(), ArrivalRow::State::Inbox) << detailsOf(wizard.get()).toStdString();
    EXPECT_TRUE(row->isVisible());
    const QString status = statusOf(wizard.get());
    EXPECT_TRUE(status.startsWith(u"In your Inbox after ")) << status.toStdString();
    EXPECT_TRUE(status.endsWith(u" s")) << status.toStdString();
    EXPECT_EQ(detailsOf(wizard.get()),
              QStringLiteral("mx.example.test checked: SPF pass for example.test, DKIM pass for example.test, DMARC "
                             "pass for example.test"));
    EXPECT_FALSE(child<QPushButton>(wizard.get(), "arrivalCancel")->isVisible());
    EXPECT_FALSE(child<QPushButton>(wizard.get(), "arrivalLookAgain")->isVisible());
    EXPECT_FALSE(child<QLabel>(wizard.get(), "arrivalIcon")->pixmap().isNull()) << "an icon beside the words";
    EXPECT_EQ(child<QLabel>(wizard.get(), "arrivalStatus")->textFormat(), Qt::PlainText);
    EXPECT_EQ(child<QLabel>(wizard.get(), "arrivalDetails")->textFormat(), Qt::PlainText);
    EXPECT_TRUE(next()->isEnabled()) << "the account can be saved";
    // The sent log's copy has the Message-ID chosen before sending (the one looked for).
    const QList<outbox::OutboxEntry> sent = harness.outboxStore.entries({outbox::MessageState::Sent});
    ASSERT_EQ(sent.size(), 1);
    EXPECT_TRUE(sent.first().message.messageId.endsWith("@example.test")) << sent.first().message.messageId.data();
}

TEST_F(ArrivalInWizard, InSpamSaysWhyAndWhatToDo)
{
    openAtCheck("fede");
    const QStringList before = mailboxFiles("fede");
    sendTestEmail(QStringLiteral("fede+junk@example.test")); // deliver.py puts it in fede's junk folder
    waitForArrival();
    ASSERT_EQ(row->state(), ArrivalRow::State::Junk) << detailsOf(wizard.get()).toStdString();
    EXPECT_EQ(statusOf(wizard.get()), QStringLiteral("In Spam"));
    const QString details = detailsOf(wizard.get());
    EXPECT_TRUE(details.contains(u"in the folder “Correo no deseado” instead of the Inbox")) << details.toStdString();
    EXPECT_TRUE(details.contains(u"mx.example.test checked: SPF pass")) << details.toStdString();
    EXPECT_TRUE(details.contains(u"spam filter marked it as spam (score 9.5)")) << details.toStdString();
    EXPECT_TRUE(details.contains(u"What to do:")) << details.toStdString();
    EXPECT_TRUE(details.contains(u"judged the message as spam")) << details.toStdString();
    EXPECT_TRUE(details.contains(u"mark the test email as “not spam”")) << details.toStdString();
    // Looking changed nothing: the same messages, with the same flags (no \Seen), plus the test email.
    QStringList after = mailboxFiles("fede");
    EXPECT_EQ(after.size(), before.size() + 1);
    for (const QString &file : before)
        EXPECT_TRUE(after.contains(file)) << file.toStdString();
    for (const QString &file : after)
        EXPECT_FALSE(file.section(u':', 1).contains(u'S')) << "marked as seen: " << file.toStdString();
}

TEST_F(ArrivalInWizard, ErinsJunkFolderIsCalledSpam)
{
    openAtCheck("erin");
    sendTestEmail(QStringLiteral("erin+junk@example.test"));
    waitForArrival();
    ASSERT_EQ(row->state(), ArrivalRow::State::Junk) << detailsOf(wizard.get()).toStdString();
    EXPECT_TRUE(detailsOf(wizard.get()).contains(u"in the folder “Spam”")) << detailsOf(wizard.get()).toStdString();
}

TEST_F(ArrivalInWizard, ATestEmailToSomeoneElseIsNotLookedFor)
{
    openAtCheck("erin");
    sendTestEmail(TestMailServer::user("fede"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QPushButton>(wizard.get(), "sendTestEmail")->isEnabled(); }, 30000));
    QTest::qWait(300);
    EXPECT_EQ(row->state(), ArrivalRow::State::Hidden);
    EXPECT_FALSE(row->isVisible());
}

// The certificate the person trusted for sending (a pin: its CA is unknown here) is trusted for the mailbox too,
// because Dovecot presents that same certificate.
TEST_F(ArrivalInWizard, TheCertificateTrustedForSendingIsTrustedForTheMailboxThatPresentsIt)
{
    accounts::SessionPlanner::Settings settings = harness.planner.settings();
    settings.extraCaCertificates.clear(); // the servers' CA is unknown to "the system"
    harness.planner.setSettings(settings);
    wizard = std::make_unique<SetupWizard>(harness.services);
    wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
    pressNext(SetupWizard::AddressPageId);
    typeText(child<QLineEdit>(wizard.get(), "addressEdit"), TestMailServer::user("erin"));
    pressNext(SetupWizard::ProviderPageId);
    auto *choice = child<QComboBox>(wizard.get(), "providerChoice");
    choice->setCurrentIndex(choice->findData(QString()));
    pressNext(SetupWizard::SignInPageId);
    typeText(child<QLineEdit>(wizard.get(), "passwordEdit"), TestMailServer::password());
    pressNext(SetupWizard::ServerPageId);
    QTest::keyClicks(child<QLineEdit>(wizard.get(), "hostEdit"), QStringLiteral("mail.example.test"));
    child<QSpinBox>(wizard.get(), "portEdit")->setValue(465);
    auto *imapHost = child<QLineEdit>(wizard.get(), "imapHostEdit");
    imapHost->selectAll();
    QTest::keyClick(imapHost, Qt::Key_Backspace);
    typeText(imapHost, testImap.host);
    child<QSpinBox>(wizard.get(), "imapPortEdit")->setValue(testImap.port);
    pressNext(SetupWizard::CheckPageId);
    row = child<ArrivalRow>(wizard.get(), "arrivalRow");
    sendTestEmail();
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QPushButton>(wizard.get(), "sendTestEmail")->isEnabled(); }, 30000));
    EXPECT_EQ(row->state(), ArrivalRow::State::Hidden) << "refused before anything was sent";
    QTest::mouseClick(child<QPushButton>(wizard.get(), "action-show-certificate"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(wizard.get(), "trustCertificate"), Qt::LeftButton);
    waitForArrival();
    EXPECT_EQ(wizard->draft().account.pinnedSha256.size(), 32);
    ASSERT_EQ(row->state(), ArrivalRow::State::Inbox) << detailsOf(wizard.get()).toStdString();
}

// A mailbox server whose certificate is trusted neither by the system nor by the sending server's pin (a different
// certificate): the same show-and-trust step as for the sending server, and once trusted the row looks again.
TEST(ArrivalRowAlone, AnUntrustedMailboxCertificateIsShownAndCanBeTrusted)
{
    ArrivalRow row;
    row.resize(640, 300);
    row.show();
    accounts::SessionPlan plan;                         // no test CA
    plan.options.pinnedSha256 = QByteArray(32, '\x42'); // the sending server's pin: another certificate
    plan.credentials = {TestMailServer::user("erin"), TestMailServer::password()};
    QSignalSpy trusted(&row, &ArrivalRow::mailboxCertificateTrusted);
    row.setLimit(2s);
    row.start(testImap, plan, "nobody@arrival.example.test");
    ASSERT_TRUE(QTest::qWaitFor([&] { return row.state() != ArrivalRow::State::Looking; }, 30000));
    ASSERT_EQ(row.state(), ArrivalRow::State::Problem) << detailsOf(&row).toStdString();
    EXPECT_EQ(statusOf(&row), QStringLiteral("Could not look in your mailbox"));
    auto *card = child<ui::DiagnosisCard>(&row, "arrivalDiagnosisCard");
    ASSERT_TRUE(card->isVisible());
    EXPECT_EQ(card->diagnosis().category, QStringLiteral("tls"));
    EXPECT_TRUE(card->diagnosis().actions.contains(diagnosis::DiagnosisAction::TrustCertificate));
    QTest::mouseClick(child<QPushButton>(card, "action-show-certificate"), Qt::LeftButton);
    const QString shown = child<QLabel>(card, "certificateText")->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("SHA-256"))) << shown.toStdString();
    EXPECT_TRUE(trusted.isEmpty()) << "nothing trusted before the person says so";

    QTest::mouseClick(child<QPushButton>(card, "trustCertificate"), Qt::LeftButton);
    ASSERT_EQ(trusted.size(), 1);
    const QByteArray dovecots = QSslCertificate::fromPath(QStringLiteral(REMITENTE_TEST_PKI_DIR "/server.pem"))
                                    .value(0)
                                    .digest(QCryptographicHash::Sha256);
    EXPECT_EQ(trusted.first().first().toByteArray(), dovecots);
    EXPECT_EQ(row.state(), ArrivalRow::State::Looking) << "it looks again by itself";
    EXPECT_FALSE(card->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return row.state() != ArrivalRow::State::Looking; }, 30000));
    EXPECT_EQ(row.state(), ArrivalRow::State::NotFound) << "signed in and looked: " << detailsOf(&row).toStdString();
}

// The row by itself, signed in as erin the way the SMTP session is: a Message-ID nobody sent is not found in the
// time given; Cancel stops a look; "Look again" looks once more and finds a message that came meanwhile.
TEST(ArrivalRowAlone, NotFoundYetThenCancelThenLookAgainFindsIt)
{
    UiHarness harness;
    ArrivalRow row;
    row.resize(600, 120);
    row.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&row));
    accounts::SessionPlan plan;
    plan.options = TestMailServer::options(smtp::Security::ImplicitTls); // its test CA is the mailbox's too
    plan.credentials = {TestMailServer::user("erin"), TestMailServer::password()};
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@arrival.example.test";
    row.setLimit(3s);
    row.start(testImap, plan, id);
    EXPECT_EQ(row.state(), ArrivalRow::State::Looking);
    EXPECT_TRUE(statusOf(&row).startsWith(u"Looking in your mailbox… ")) << statusOf(&row).toStdString();
    EXPECT_TRUE(child<QPushButton>(&row, "arrivalCancel")->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusOf(&row) == u"Looking in your mailbox… 1 s"; }, 3000))
        << "the seconds count up: " << statusOf(&row).toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return row.state() != ArrivalRow::State::Looking; }, 30000));
    ASSERT_EQ(row.state(), ArrivalRow::State::NotFound) << detailsOf(&row).toStdString();
    EXPECT_EQ(statusOf(&row), QStringLiteral("Not found yet"));
    EXPECT_TRUE(detailsOf(&row).contains(u"after 3 s.")) << detailsOf(&row).toStdString();
    auto *lookAgain = child<QPushButton>(&row, "arrivalLookAgain");
    EXPECT_TRUE(lookAgain->isVisible());

    row.setLimit(60s);
    QTest::mouseClick(lookAgain, Qt::LeftButton);
    ASSERT_EQ(row.state(), ArrivalRow::State::Looking);
    QTest::mouseClick(child<QPushButton>(&row, "arrivalCancel"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return row.state() != ArrivalRow::State::Looking; }, 10000));
    EXPECT_EQ(row.state(), ArrivalRow::State::Cancelled);
    EXPECT_EQ(statusOf(&row), QStringLiteral("Stopped looking"));
    EXPECT_FALSE(child<QPushButton>(&row, "arrivalCancel")->isVisible());

    // The message comes (sent by fede to erin through Postfix), and "Look again" finds it.
    smtp::SmtpSession session(TestMailServer::options(smtp::Security::ImplicitTls));
    session.setCredentials({TestMailServer::user("fede"), TestMailServer::password()});
    const QByteArray message = "From: fede@example.test\r\nTo: erin@example.test\r\nSubject: Arrival\r\nMessage-ID: <"
        + id + ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHola.\r\n";
    QSignalSpy done(&session, &smtp::SmtpSession::finished);
    session.open();
    session.send({TestMailServer::user("fede"), {TestMailServer::user("erin")}},
                 std::make_shared<smtp::ByteArrayMessageSource>(message));
    session.quit();
    ASSERT_TRUE(done.wait(30000));
    QTest::mouseClick(lookAgain, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return row.state() != ArrivalRow::State::Looking; }, 60000));
    EXPECT_EQ(row.state(), ArrivalRow::State::Inbox) << detailsOf(&row).toStdString();
    EXPECT_TRUE(statusOf(&row).startsWith(u"In your Inbox after ")) << statusOf(&row).toStdString();
}

namespace {
// Saves the account, opens the main window on it and presses "Send test email": its check dialog.
QDialog *sendTestEmailFrom(UiHarness &harness, std::unique_ptr<ui::MainWindow> &window,
                           const accounts::Account &account)
{
    harness.saveWithTestPassword(account);
    window = std::make_unique<ui::MainWindow>(harness.app);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->showAccount(account.id);
    window->findChild<QAction *>(QStringLiteral("sendTestEmail"))->trigger();
    return window->findChild<QDialog *>(QStringLiteral("checkDialog"));
}
} // namespace

// The main window's "Send test email" shows the same sixth step in its check dialog.
TEST(ArrivalInMainWindow, SendTestEmailSaysItArrivedInTheInbox)
{
    UiHarness harness;
    std::unique_ptr<ui::MainWindow> window;
    QDialog *dialog
        = sendTestEmailFrom(harness, window, harness.testMailAccount("erin", QStringLiteral("erin-account")));
    ASSERT_NE(dialog, nullptr);
    auto *row = child<ArrivalRow>(dialog, "arrivalRow");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return row->state() != ArrivalRow::State::Pending && row->state() != ArrivalRow::State::Looking; },
        60000))
        << child<QLabel>(dialog, "checkStatus")->text().toStdString();
    ASSERT_EQ(row->state(), ArrivalRow::State::Inbox) << detailsOf(dialog).toStdString();
    EXPECT_TRUE(statusOf(dialog).startsWith(u"In your Inbox after ")) << statusOf(dialog).toStdString();
    EXPECT_TRUE(detailsOf(dialog).startsWith(u"mx.example.test checked: SPF pass")) << detailsOf(dialog).toStdString();
    dialog->close();
}

// A sending service has no mailbox to read: the row says so in words, without a spinner, and its button leads to
// the account's settings (the wizard, whose server page has the IMAP server).
TEST(ArrivalInMainWindow, WithoutAMailboxServerItSaysSoAndLeadsToTheSettings)
{
    UiHarness harness;
    accounts::Account account = harness.testMailAccount("erin", QStringLiteral("erin-account"));
    account.imap = {};
    account.providerId = QStringLiteral("brevo"); // a sending service: no IMAP server to suggest
    std::unique_ptr<ui::MainWindow> window;
    QDialog *dialog = sendTestEmailFrom(harness, window, account);
    ASSERT_NE(dialog, nullptr);
    auto *row = child<ArrivalRow>(dialog, "arrivalRow");
    ASSERT_TRUE(QTest::qWaitFor([&] { return row->state() == ArrivalRow::State::NoMailbox; }, 30000))
        << int(row->state()) << child<QLabel>(dialog, "checkStatus")->text().toStdString();
    EXPECT_EQ(statusOf(dialog), QStringLiteral("Cannot look"));
    EXPECT_TRUE(detailsOf(dialog).contains(u"Enter the IMAP server in the advanced settings"))
        << detailsOf(dialog).toStdString();
    EXPECT_FALSE(child<QPushButton>(dialog, "arrivalCancel")->isVisible()) << "nothing to wait for";
    auto *settings = child<QPushButton>(dialog, "arrivalSettings");
    ASSERT_TRUE(settings->isVisible());
    QPointer<QDialog> guard(dialog);
    QTest::mouseClick(settings, Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->findChild<SetupWizard *>() != nullptr; }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return guard.isNull() || !guard->isVisible(); }, 5000));
}

// "Check connection" sends nothing, so there is no sixth step.
TEST(ArrivalInMainWindow, CheckConnectionHasNoArrivedStep)
{
    UiHarness harness;
    const accounts::Account account = harness.testMailAccount("erin", QStringLiteral("erin-account"));
    harness.store.upsert(account);
    ui::MainWindow window(harness.app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showAccount(account.id);
    window.findChild<QAction *>(QStringLiteral("checkConnection"))->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("checkDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(child<ArrivalRow>(dialog, "arrivalRow")->isVisible());
    dialog->close();
}
