// The setup wizard driven with QTest (typing, clicking) against the local Postfix + Dovecot (mail.example.test,
// found by SRV through dnsmasq), with the real keychain (gnome-keyring in its own D-Bus session).
#include "DiagnosisCard.h"
#include "TestMailServer.h"
#include "UiHarness.h"
#include "wizard/SetupWizard.h"

#include "accounts/AccountCheck.h"
#include "accounts/KeychainSecretStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QGroupBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;
using remitente::ui::SetupWizard;

namespace {

const QByteArray testSubject = "Remitente test email";

class Wizard : public ::testing::Test
{
protected:
    Wizard() : harness(std::make_unique<accounts::KeychainSecretStore>()) { harness.trustTestCa(); }

    void open()
    {
        wizard = std::make_unique<SetupWizard>(harness.services);
        wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
    }
    QAbstractButton *next() { return wizard->button(QWizard::NextButton); }
    void pressNext(int expectedPage)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return next()->isEnabled(); }, 15000))
            << "Next stays disabled on page " << wizard->currentId();
        QTest::mouseClick(next(), Qt::LeftButton);
        ASSERT_EQ(wizard->currentId(), expectedPage);
    }
    // Welcome, then the name and address typed as a person would; discovery runs when typing stops.
    void typeAddress(const QString &address)
    {
        pressNext(SetupWizard::AddressPageId);
        typeText(child<QLineEdit>(wizard.get(), "nameEdit"), QStringLiteral("Ana Pérez"));
        typeText(child<QLineEdit>(wizard.get(), "addressEdit"), address);
    }
    void typePassword(const QString &password)
    {
        auto *field = child<QLineEdit>(wizard.get(), "passwordEdit");
        field->clear();
        typeText(field, password);
    }
    // Check page: sends the test email and waits for the verdict.
    void sendTestEmail()
    {
        QTest::mouseClick(child<QPushButton>(wizard.get(), "sendTestEmail"), Qt::LeftButton);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return child<QPushButton>(wizard.get(), "sendTestEmail")->isEnabled(); }, 20000));
    }
    ui::DiagnosisCard *card() { return child<ui::DiagnosisCard>(wizard.get(), "diagnosisCard"); }

    UiHarness harness;
    std::unique_ptr<SetupWizard> wizard;
};

} // namespace

TEST_F(Wizard, FromAnAddressToAVerifiedAccountAndATestEmail)
{
    const int before = TestMailServer::countDelivered("ana", testSubject);
    open();
    typeAddress(TestMailServer::user("ana"));
    pressNext(SetupWizard::ProviderPageId);
    EXPECT_TRUE(child<QLabel>(wizard.get(), "foundProvider")->text().contains(QStringLiteral("mail.example.test")));
    pressNext(SetupWizard::SignInPageId);
    EXPECT_FALSE(next()->isEnabled()) << "no password yet";
    typePassword(TestMailServer::password());
    auto *password = child<QLineEdit>(wizard.get(), "passwordEdit");
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QCheckBox>(wizard.get(), "showPassword"), Qt::LeftButton, {}, QPoint(4, 4));
    EXPECT_EQ(password->echoMode(), QLineEdit::Normal);
    pressNext(SetupWizard::ServerPageId);
    EXPECT_TRUE(child<QLabel>(wizard.get(), "serverSummary")->text().contains(QStringLiteral("mail.example.test")));
    EXPECT_FALSE(child<QGroupBox>(wizard.get(), "advancedSettings")->isChecked()) << "tucked away";
    pressNext(SetupWizard::CheckPageId);
    EXPECT_FALSE(next()->isEnabled()) << "not checked yet";
    sendTestEmail();
    EXPECT_FALSE(card()->isVisible()) << card()->technicalDetails().toStdString();
    for (int step = 0; step < 5; ++step) {
        auto *row = child<QLabel>(wizard.get(), QStringLiteral("checkStep%1").arg(step).toLatin1().constData());
        EXPECT_EQ(row->property("state").toInt(), int(accounts::AccountCheck::StepState::Passed));
        EXPECT_TRUE(row->text().contains(u": done")) << row->text().toStdString();
        EXPECT_FALSE(row->text().contains(u" ms")) << "seconds, not milliseconds: " << row->text().toStdString();
        auto *icon = child<QLabel>(wizard.get(), QStringLiteral("checkStepIcon%1").arg(step).toLatin1().constData());
        EXPECT_FALSE(icon->pixmap().isNull()) << "an icon beside the words";
    }
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return TestMailServer::countDelivered("ana", testSubject) == before + 1; }, 15000))
        << "the test email arrives in the Maildir";
    const QList<outbox::OutboxEntry> sent = harness.outboxStore.entries({outbox::MessageState::Sent});
    ASSERT_EQ(sent.size(), 1) << "the test email is in the sent log";
    EXPECT_EQ(sent.first().message.subject, QString::fromUtf8(testSubject));
    EXPECT_EQ(sent.first().accepted, QStringList{TestMailServer::user("ana")});
    EXPECT_FALSE(sent.first().finalReply.isEmpty());

    pressNext(SetupWizard::DonePageId);
    EXPECT_EQ(child<QLabel>(wizard.get(), "setting0")->text(), QStringLiteral("mail.example.test"));
    EXPECT_EQ(child<QLabel>(wizard.get(), "setting1")->text(), QStringLiteral("465"));
    EXPECT_EQ(child<QLabel>(wizard.get(), "setting3")->text(), TestMailServer::user("ana"));
    auto *keychain = child<QLabel>(wizard.get(), "keychainStatus");
    ASSERT_TRUE(QTest::qWaitFor([&] { return keychain->property("saved").isValid(); }, 25000));
    EXPECT_TRUE(keychain->property("saved").toBool()) << keychain->text().toStdString();

    // Saved: in the account store (no secret there) and in the real keychain.
    harness.store.load();
    ASSERT_EQ(harness.store.accounts().size(), 1);
    const accounts::Account saved = harness.store.accounts().first();
    EXPECT_EQ(saved.displayName, QStringLiteral("Ana Pérez"));
    EXPECT_TRUE(saved.verifiedAt.isValid());
    QFile file(harness.store.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(TestMailServer::password().toUtf8()));
    std::optional<accounts::SecretStore::Result> stored;
    harness.secrets->read(saved.id, [&](const accounts::SecretStore::Result &result) { stored = result; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored.has_value(); }, 25000));
    EXPECT_EQ(stored->secret, TestMailServer::password());
    harness.secrets->remove(saved.id, [](const accounts::SecretStore::Result &) {});
}

TEST_F(Wizard, AWrongPasswordLeadsBackToThePasswordWithTheAdvice)
{
    open();
    typeAddress(TestMailServer::user("ana"));
    pressNext(SetupWizard::ProviderPageId);
    pressNext(SetupWizard::SignInPageId);
    typePassword(QStringLiteral("not-the-password"));
    pressNext(SetupWizard::ServerPageId);
    pressNext(SetupWizard::CheckPageId);
    QTest::mouseClick(child<QPushButton>(wizard.get(), "checkWithoutSending"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return card()->isVisible(); }, 20000));
    EXPECT_EQ(card()->diagnosis().id, QStringLiteral("password-not-accepted"));
    EXPECT_TRUE(card()->diagnosis().serverWords.startsWith(u"535"));
    EXPECT_EQ(child<QLabel>(wizard.get(), "checkStep3")->property("state").toInt(),
              int(accounts::AccountCheck::StepState::Failed));
    EXPECT_TRUE(child<QLabel>(wizard.get(), "checkStep3")->text().contains(u": failed"));
    EXPECT_FALSE(next()->isEnabled());
    EXPECT_FALSE(card()->technicalDetails().contains(QStringLiteral("not-the-password")))
        << "the transcript is redacted";

    QTest::mouseClick(child<QPushButton>(card(), "action-edit-password"), Qt::LeftButton);
    ASSERT_EQ(wizard->currentId(), SetupWizard::SignInPageId);
    EXPECT_EQ(child<QLineEdit>(wizard.get(), "passwordEdit")->text(), QStringLiteral("not-the-password"))
        << "what the person typed is kept";
    typePassword(TestMailServer::password());
    pressNext(SetupWizard::ServerPageId);
    pressNext(SetupWizard::CheckPageId);
    QTest::mouseClick(child<QPushButton>(wizard.get(), "checkWithoutSending"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return next()->isEnabled(); }, 20000))
        << card()->technicalDetails().toStdString();
    EXPECT_EQ(child<QLabel>(wizard.get(), "checkStep4")->property("state").toInt(),
              int(accounts::AccountCheck::StepState::Skipped))
        << "nothing was sent";
}

TEST_F(Wizard, ASelfSignedCertificateIsRefusedThenTrustedByFingerprint)
{
    accounts::SessionPlanner::Settings settings = harness.planner.settings();
    settings.extraCaCertificates.clear(); // the server's CA is unknown to "the system"
    harness.planner.setSettings(settings);
    open();
    typeAddress(TestMailServer::user("ana"));
    pressNext(SetupWizard::ProviderPageId);
    // Nothing could be confirmed without trusting the certificate: the person types the server.
    auto *choice = child<QComboBox>(wizard.get(), "providerChoice");
    choice->setCurrentIndex(choice->findData(QString()));
    pressNext(SetupWizard::SignInPageId);
    typePassword(TestMailServer::password());
    pressNext(SetupWizard::ServerPageId);
    EXPECT_TRUE(child<QGroupBox>(wizard.get(), "advancedSettings")->isChecked()) << "nothing to prefill";
    QTest::keyClicks(child<QLineEdit>(wizard.get(), "hostEdit"), QStringLiteral("mail.example.test"));
    child<QSpinBox>(wizard.get(), "portEdit")->setValue(465);
    pressNext(SetupWizard::CheckPageId);
    sendTestEmail();
    ASSERT_TRUE(card()->isVisible());
    EXPECT_EQ(card()->diagnosis().category, QStringLiteral("tls"));
    EXPECT_EQ(card()->diagnosis().id, QStringLiteral("certificate-untrusted"));
    EXPECT_FALSE(next()->isEnabled());

    QTest::mouseClick(child<QPushButton>(card(), "action-show-certificate"), Qt::LeftButton);
    const QString shown = child<QLabel>(wizard.get(), "certificateText")->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("SHA-256"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("mail.example.test")));
    EXPECT_LE(child<QLabel>(wizard.get(), "certificateText")->minimumSizeHint().width(), 560)
        << "the fingerprint is cut into lines: the smallest window shows all of it";
    const int before = TestMailServer::countDelivered("ana", testSubject);
    QTest::mouseClick(child<QPushButton>(wizard.get(), "trustCertificate"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return next()->isEnabled(); }, 20000))
        << card()->technicalDetails().toStdString();
    EXPECT_EQ(wizard->draft().account.pinnedSha256.size(), 32);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return TestMailServer::countDelivered("ana", testSubject) == before + 1; }, 15000));
}

TEST_F(Wizard, AServerThatNeverAnswersTimesOutWithTheOtherPortToTry)
{
    open();
    typeAddress(QStringLiteral("ana@blackhole.test"));
    pressNext(SetupWizard::ProviderPageId);
    auto *choice = child<QComboBox>(wizard.get(), "providerChoice");
    choice->setCurrentIndex(choice->findData(QString()));
    pressNext(SetupWizard::SignInPageId);
    typePassword(QStringLiteral("whatever"));
    pressNext(SetupWizard::ServerPageId);
    auto *host = child<QLineEdit>(wizard.get(), "hostEdit");
    host->clear();
    QTest::keyClicks(host, QStringLiteral("blackhole.test"));
    pressNext(SetupWizard::CheckPageId);
    QTest::mouseClick(child<QPushButton>(wizard.get(), "checkWithoutSending"), Qt::LeftButton);
    EXPECT_TRUE(child<QPushButton>(wizard.get(), "stopCheck")->isVisible()) << "the check can be stopped";
    // Port 465 never answers: 587 is tried by itself, and the checklist says so.
    auto *note = child<QLabel>(wizard.get(), "checkNote");
    ASSERT_TRUE(QTest::qWaitFor([&] { return note->text().contains(QStringLiteral("trying 587")); }, 20000))
        << note->text().toStdString();
    EXPECT_FALSE(card()->isVisible());
    EXPECT_EQ(wizard->draft().account.port, 587);
    ASSERT_TRUE(QTest::qWaitFor([&] { return card()->isVisible(); }, 20000));
    EXPECT_TRUE(note->text().contains(QStringLiteral("587 did not answer either"))) << note->text().toStdString();
    EXPECT_EQ(wizard->draft().account.port, 465) << "back to the port the person chose";
    EXPECT_EQ(card()->diagnosis().id, QStringLiteral("port-blocked"));
    EXPECT_NE(card()->findChild<QPushButton *>(QStringLiteral("action-try-other-port")), nullptr);
    EXPECT_EQ(child<QLabel>(wizard.get(), "checkStep0")->property("state").toInt(),
              int(accounts::AccountCheck::StepState::Passed))
        << "the name was found";
}

TEST_F(Wizard, EveryFieldHasAnAccessibleNameAndALabelWithAMnemonic)
{
    open();
    for (const int id : wizard->pageIds()) {
        QWizardPage *page = wizard->page(id);
        for (QWidget *field : page->findChildren<QWidget *>()) {
            if (!qobject_cast<QLineEdit *>(field) && !qobject_cast<QComboBox *>(field)
                && !qobject_cast<QSpinBox *>(field))
                continue;
            if (qobject_cast<QComboBox *>(field->parent()) || qobject_cast<QSpinBox *>(field->parent()))
                continue; // the line edit inside a combo or spin box
            EXPECT_FALSE(field->accessibleName().isEmpty())
                << page->objectName().toStdString() << " " << field->objectName().toStdString();
        }
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy()) {
                EXPECT_TRUE(label->text().contains(u'&')) << label->text().toStdString();
            }
        }
    }
}
