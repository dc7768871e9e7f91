// The wizard's pages as a new user meets them (issue 14): changing provider never keeps stale server values, the
// focus goes where typing is expected, editing keeps the password and the provider, one address is set up once,
// the check page scrolls at the smallest size, the Done page says success first, and the words fit the fields.
// Offscreen, with the in-memory secret store; nothing here talks to a mail server.
#include "CheckList.h"
#include "DiagnosisCard.h"
#include "Fingerprint.h"
#include "SettingsElsewhere.h"
#include "TestOAuthServer.h"
#include "UiHarness.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;
using remitente::ui::SetupWizard;
using State = remitente::accounts::AccountCheck::StepState;
using Step = remitente::accounts::AccountCheck::Step;

namespace {

class WizardPages : public ::testing::Test
{
protected:
    void open(std::optional<accounts::Account> existing = std::nullopt, int startId = -1)
    {
        wizard = existing ? std::make_unique<SetupWizard>(harness.services, *existing)
                          : std::make_unique<SetupWizard>(harness.services);
        if (startId >= 0)
            wizard->setStartId(startId);
        wizard->resize(640, 520); // the default and smallest size
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
    void typeAddress(const QString &address)
    {
        pressNext(SetupWizard::AddressPageId);
        typeText(child<QLineEdit>(wizard.get(), "addressEdit"), address);
    }
    void choose(const QString &providerId)
    {
        auto *choice = child<QComboBox>(wizard.get(), "providerChoice");
        const int index = choice->findData(providerId);
        ASSERT_GE(index, 0) << providerId.toStdString();
        choice->setCurrentIndex(index);
    }
    bool focused(const char *name)
    {
        return wizard->focusWidget() && wizard->focusWidget()->objectName() == QLatin1String(name);
    }
    accounts::Account saved(const QString &address, const QString &providerId)
    {
        accounts::Account account;
        account.id = accounts::Account::newId();
        account.displayName = QStringLiteral("Ana Pérez");
        account.address = address;
        account.host = QStringLiteral("mail.example.test");
        account.username = address;
        account.signIn = accounts::SignInKind::MailboxPassword;
        account.providerId = providerId;
        harness.store.upsert(account);
        bool written = false;
        harness.secrets->write(account.id, QStringLiteral("s3cret pass"),
                               [&](const accounts::SecretStore::Result &) { written = true; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return written; }, 5000));
        return account;
    }

    UiHarness harness;
    std::unique_ptr<SetupWizard> wizard;
};

// Every child of the card is shown at least as tall as its text needs: nothing is cut.
void expectNothingClipped(QWidget *card)
{
    for (QWidget *widget : card->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(card))
            continue;
        const int needed = widget->hasHeightForWidth() ? widget->heightForWidth(widget->width())
                                                       : widget->minimumSizeHint().height();
        EXPECT_GE(widget->height(), needed)
            << widget->objectName().toStdString() << " " << widget->metaObject()->className();
        EXPECT_GT(widget->height(), 0) << widget->objectName().toStdString();
    }
}

} // namespace

TEST_F(WizardPages, OtherAfterASendingServiceClearsTheServerAndUnfoldsAdvanced)
{
    open();
    typeAddress(QStringLiteral("ana.perez@gmail.com"));
    pressNext(SetupWizard::ProviderPageId);
    choose(QStringLiteral("gmail"));
    pressNext(SetupWizard::SignInPageId);
    wizard->back();
    choose(QStringLiteral("mailgun"));
    pressNext(SetupWizard::SignInPageId);
    EXPECT_EQ(wizard->draft().account.host, QStringLiteral("smtp.mailgun.org"));
    wizard->back();
    choose(QString()); // Other (I will type the server)
    pressNext(SetupWizard::SignInPageId);
    // Defect 6: the password field waits for the typing.
    ASSERT_TRUE(QTest::qWaitFor([&] { return focused("passwordEdit"); }, 2000))
        << (wizard->focusWidget() ? wizard->focusWidget()->objectName().toStdString() : "nothing");
    typeText(wizard->focusWidget(), QStringLiteral("mailbox password"));
    EXPECT_EQ(child<QLineEdit>(wizard.get(), "passwordEdit")->text(), QStringLiteral("mailbox password"));
    pressNext(SetupWizard::ServerPageId);

    EXPECT_TRUE(child<QLineEdit>(wizard.get(), "hostEdit")->text().isEmpty()) << "no other company's server";
    EXPECT_EQ(child<QSpinBox>(wizard.get(), "portEdit")->value(), 465);
    EXPECT_EQ(child<QLineEdit>(wizard.get(), "usernameEdit")->text(), QStringLiteral("ana.perez@gmail.com"));
    EXPECT_TRUE(child<QGroupBox>(wizard.get(), "advancedSettings")->isChecked());
    EXPECT_TRUE(wizard->draft().account.providerId.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return focused("hostEdit"); }, 2000)) << "the empty Server field, not Advanced";
    // Defect 11: nothing was filled in, and there is no summary without a server.
    EXPECT_FALSE(wizard->currentPage()->subTitle().contains(QStringLiteral("filled these in")));
    auto *summary = child<QLabel>(wizard.get(), "serverSummary");
    EXPECT_FALSE(summary->isVisible()) << summary->text().toStdString();
    typeText(wizard->focusWidget(), QStringLiteral("smtp.example.org"));
    EXPECT_TRUE(summary->isVisible());
    EXPECT_TRUE(summary->text().contains(QStringLiteral("smtp.example.org")));
}

TEST_F(WizardPages, AKnownProviderSaysItFilledTheServerIn)
{
    open();
    typeAddress(QStringLiteral("ana.perez@gmail.com"));
    pressNext(SetupWizard::ProviderPageId);
    choose(QStringLiteral("gmail"));
    pressNext(SetupWizard::SignInPageId);
    typeText(child<QLineEdit>(wizard.get(), "passwordEdit"), QStringLiteral("abcdefghijklmnop"));
    child<QCheckBox>(wizard.get(), "changeServerSettings")->setChecked(true);
    pressNext(SetupWizard::ServerPageId);
    EXPECT_TRUE(wizard->currentPage()->subTitle().contains(QStringLiteral("filled these in")));
    EXPECT_TRUE(child<QLabel>(wizard.get(), "serverSummary")->text().contains(QStringLiteral("smtp.gmail.com")));
}

// Issue 16: where the mailbox is read sits under Advanced, prefilled from the catalogue, and for a typed server it
// follows that server (its imap. twin) until the person types another; what is on the page is what is saved.
TEST_F(WizardPages, TheMailboxServerIsPrefilledAndEditableUnderAdvanced)
{
    using imap::ImapSecurity;
    using imap::ImapServer;
    open();
    typeAddress(QStringLiteral("ana.perez@gmail.com"));
    pressNext(SetupWizard::ProviderPageId);
    choose(QStringLiteral("gmail"));
    pressNext(SetupWizard::SignInPageId);
    EXPECT_EQ(wizard->draft().account.imap, (ImapServer{QStringLiteral("imap.gmail.com"), 993, ImapSecurity::Tls}))
        << "set even when the server page is never shown";
    typeText(child<QLineEdit>(wizard.get(), "passwordEdit"), QStringLiteral("abcdefghijklmnop"));
    child<QCheckBox>(wizard.get(), "changeServerSettings")->setChecked(true);
    pressNext(SetupWizard::ServerPageId);
    auto *imapHost = child<QLineEdit>(wizard.get(), "imapHostEdit");
    auto *imapPort = child<QSpinBox>(wizard.get(), "imapPortEdit");
    auto *imapSecurity = child<QComboBox>(wizard.get(), "imapSecurityChoice");
    EXPECT_EQ(imapHost->text(), QStringLiteral("imap.gmail.com"));
    EXPECT_EQ(imapPort->value(), 993);
    EXPECT_FALSE(imapHost->isVisible()) << "folded under Advanced";
    child<QGroupBox>(wizard.get(), "advancedSettings")->setChecked(true);
    EXPECT_TRUE(imapHost->isVisible());

    wizard->back();
    wizard->back();
    choose(QString()); // Other (I will type the server)
    pressNext(SetupWizard::SignInPageId);
    typeText(child<QLineEdit>(wizard.get(), "passwordEdit"), QStringLiteral("mailbox password"));
    pressNext(SetupWizard::ServerPageId);
    EXPECT_EQ(imapHost->text(), QStringLiteral("imap.gmail.com")) << "a gmail.com mailbox is at Gmail, whatever sends";

    // An address the catalogue does not know: nothing until a server is typed, then its imap. twin.
    wizard->back();
    wizard->back();
    wizard->draft().account.address = QStringLiteral("ana@example.org");
    pressNext(SetupWizard::SignInPageId);
    pressNext(SetupWizard::ServerPageId);
    EXPECT_TRUE(imapHost->text().isEmpty()) << "no other company's mailbox";
    typeText(child<QLineEdit>(wizard.get(), "hostEdit"), QStringLiteral("smtp.example.org"));
    EXPECT_EQ(imapHost->text(), QStringLiteral("imap.example.org")) << "follows the outgoing server";
    imapHost->selectAll();
    typeText(imapHost, QStringLiteral("buzon.example.org"));
    auto *host = child<QLineEdit>(wizard.get(), "hostEdit");
    host->selectAll();
    typeText(host, QStringLiteral("smtp.example.net"));
    EXPECT_EQ(imapHost->text(), QStringLiteral("buzon.example.org")) << "once typed, it stays";
    imapSecurity->setCurrentIndex(imapSecurity->findData(int(ImapSecurity::StartTls)));
    EXPECT_EQ(imapPort->value(), 143) << "the usual port for STARTTLS";
    typeText(imapHost, QStringLiteral(" x"));
    EXPECT_FALSE(next()->isEnabled()) << "a server name has no spaces";
    EXPECT_TRUE(child<QLabel>(wizard.get(), "serverProblem")->text().contains(QStringLiteral("IMAP")));
    imapHost->setText(QStringLiteral("buzon.example.org"));
    EXPECT_TRUE(next()->isEnabled());
    ASSERT_TRUE(wizard->currentPage()->validatePage()); // what Next does, without starting the check
    EXPECT_EQ(wizard->draft().account.imap,
              (ImapServer{QStringLiteral("buzon.example.org"), 143, ImapSecurity::StartTls}));
}

TEST_F(WizardPages, EditingKeepsTheSavedMailboxServerAndAnEmptyFieldForgetsIt)
{
    accounts::Account account = saved(QStringLiteral("ana@example.test"), QString());
    account.imap = {QStringLiteral("imap.elsewhere.test"), 1993, imap::ImapSecurity::Tls};
    harness.store.upsert(account);
    open(account);
    pressNext(SetupWizard::ProviderPageId);
    pressNext(SetupWizard::SignInPageId);
    pressNext(SetupWizard::ServerPageId);
    auto *imapHost = child<QLineEdit>(wizard.get(), "imapHostEdit");
    EXPECT_EQ(imapHost->text(), QStringLiteral("imap.elsewhere.test"));
    EXPECT_EQ(child<QSpinBox>(wizard.get(), "imapPortEdit")->value(), 1993);
    auto *host = child<QLineEdit>(wizard.get(), "hostEdit");
    host->selectAll();
    typeText(host, QStringLiteral("smtp.example.test"));
    EXPECT_EQ(imapHost->text(), QStringLiteral("imap.elsewhere.test")) << "a saved choice is not overwritten";
    imapHost->clear();
    EXPECT_TRUE(next()->isEnabled()) << "a mailbox server is not required";
    ASSERT_TRUE(wizard->currentPage()->validatePage());
    EXPECT_FALSE(wizard->draft().account.imap.isSet()) << "empty: no mailbox to look in";
}

TEST_F(WizardPages, EditKeepsThePasswordAndTheProvider)
{
    const accounts::Account account = saved(QStringLiteral("ana@example.test"), QString()); // "Other"
    open(account);
    ASSERT_EQ(wizard->currentId(), SetupWizard::AddressPageId);
    auto *name = child<QLineEdit>(wizard.get(), "nameEdit");
    name->clear();
    typeText(name, QStringLiteral("Ana P."));
    pressNext(SetupWizard::ProviderPageId);
    EXPECT_EQ(child<QComboBox>(wizard.get(), "providerChoice")->currentData().toString(), QString())
        << "still Other, not Your hosting";
    pressNext(SetupWizard::SignInPageId);
    auto *password = child<QLineEdit>(wizard.get(), "passwordEdit");
    ASSERT_TRUE(QTest::qWaitFor([&] { return password->text() == QStringLiteral("s3cret pass"); }, 5000))
        << "read from the keychain";
    EXPECT_TRUE(next()->isEnabled());
    pressNext(SetupWizard::ServerPageId);
    EXPECT_EQ(wizard->draft().account.providerId, QString());
    EXPECT_EQ(child<QLineEdit>(wizard.get(), "hostEdit")->text(), QStringLiteral("mail.example.test"));
    EXPECT_EQ(wizard->draft().password, QStringLiteral("s3cret pass"));
    EXPECT_EQ(wizard->draft().account.displayName, QStringLiteral("Ana P."));
}

TEST_F(WizardPages, EditingAnAccountThatSignsInWithItsProviderKeepsTheSignIn)
{
    QString error;
    ASSERT_TRUE(harness.catalogue.addOverrides(TestOAuthServer::providersJson(), &error)) << error.toStdString();
    accounts::Account account = saved(QStringLiteral("ana@example.test"), QStringLiteral("test-oauth"));
    account.signIn = accounts::SignInKind::OAuth2;
    harness.store.upsert(account);
    open(account);
    pressNext(SetupWizard::ProviderPageId);
    pressNext(SetupWizard::SignInPageId);
    EXPECT_TRUE(QTest::qWaitFor([&] { return next()->isEnabled(); }, 5000)) << "no new sign-in to change the name";
    pressNext(SetupWizard::ServerPageId);
    EXPECT_EQ(wizard->draft().account.signIn, accounts::SignInKind::OAuth2);
    EXPECT_EQ(wizard->draft().password, QStringLiteral("s3cret pass")) << "the saved sign-in goes on";
}

TEST_F(WizardPages, TheSameAddressTwiceOffersToEditTheOneThereIs)
{
    const accounts::Account existing = saved(QStringLiteral("ana@example.test"), QString());
    open();
    typeAddress(QStringLiteral("Ana@Example.test"));
    auto *warning = child<QLabel>(wizard.get(), "duplicateAddress");
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("already set up")));
    QTest::qWait(800); // past the typing pause: still blocked
    EXPECT_FALSE(next()->isEnabled());
    QTest::mouseClick(child<QPushButton>(wizard.get(), "editExistingAccount"), Qt::LeftButton);
    EXPECT_TRUE(wizard->isEditing());
    EXPECT_EQ(wizard->draft().account.id, existing.id);
    EXPECT_EQ(wizard->currentId(), SetupWizard::AddressPageId);
    EXPECT_EQ(child<QLineEdit>(wizard.get(), "nameEdit")->text(), QStringLiteral("Ana Pérez"));
    EXPECT_FALSE(warning->isVisible());
    EXPECT_TRUE(next()->isEnabled());
}

// Once a search ended (found, or stopped), the page still has one warning, the one in its layout, and it still
// speaks when the address becomes one already set up.
TEST_F(WizardPages, AfterASearchTheDuplicateWarningStillShows)
{
    saved(QStringLiteral("ana@example.test"), QString());
    open();
    typeAddress(QStringLiteral("bob@example.test"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->draft().discovery.address == QStringLiteral("bob@example.test"); },
                                15000));
    EXPECT_EQ(wizard->findChildren<QLabel *>(QStringLiteral("duplicateAddress")).size(), 1);
    auto *address = child<QLineEdit>(wizard.get(), "addressEdit");
    address->clear();
    typeText(address, QStringLiteral("ana@example.test"));
    EXPECT_TRUE(child<QLabel>(wizard.get(), "duplicateAddress")->isVisible());
}

TEST_F(WizardPages, TheCheckPageScrollsSoTheWholeDiagnosisCardCanBeRead)
{
    open(std::nullopt, SetupWizard::CheckPageId);
    auto *card = child<ui::DiagnosisCard>(wizard.get(), "diagnosisCard");
    diagnosis::Diagnosis d;
    d.id = QStringLiteral("certificate-untrusted");
    d.category = QStringLiteral("tls");
    d.title = QStringLiteral("The server's certificate is not trusted");
    d.explanation
        = QString(QStringLiteral("The server showed a certificate that this computer does not trust. ")).repeated(4);
    d.steps = {QString(QStringLiteral("Ask your provider for the certificate's fingerprint. ")).repeated(3),
               QString(QStringLiteral("Compare it with the one below, character by character. ")).repeated(3),
               QStringLiteral("Trust it only if they are the same.")};
    d.actions = {diagnosis::DiagnosisAction::TrustCertificate, diagnosis::DiagnosisAction::EditServer,
                 diagnosis::DiagnosisAction::Retry, diagnosis::DiagnosisAction::WriteToAdmin};
    d.serverWords = QStringLiteral("454 4.7.0 TLS not available due to local problem");
    card->show(d, {});
    card->showCertificate(
        QString(QStringLiteral("Issued to: mail.example.test\n")).repeated(3) + QStringLiteral("SHA-256 fingerprint: ")
            + ui::fingerprintLines(QString(QStringLiteral("AB:")).repeated(31) + QStringLiteral("CD"), 16)
            + QStringLiteral("\n\nTrust it only if this fingerprint is the one your provider or "
                             "administrator gave you."),
        true);
    QTest::mouseClick(child<QPushButton>(card, "toggleDetails"), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(wizard->size(), QSize(640, 520)) << "the page scrolls instead of growing";
    QScrollArea *scroll = nullptr;
    for (QWidget *up = card->parentWidget(); up && !scroll; up = up->parentWidget())
        scroll = qobject_cast<QScrollArea *>(up);
    ASSERT_NE(scroll, nullptr) << "the check page's content scrolls";
    QWidget *content = scroll->widget();
    const int needed = content->hasHeightForWidth() ? content->heightForWidth(content->width())
                                                    : content->minimumSizeHint().height();
    EXPECT_GE(content->height(), needed);
    EXPECT_LE(content->width(), scroll->viewport()->width()) << "no sideways scrolling";

    expectNothingClipped(card);
    auto *trust = child<QPushButton>(card, "trustCertificate");
    EXPECT_TRUE(trust->isVisibleTo(card)) << "Trust this certificate is in the card itself";
    scroll->ensureWidgetVisible(trust);
    QApplication::processEvents();
    EXPECT_TRUE(scroll->viewport()->rect().contains(QRect(trust->mapTo(scroll->viewport(), QPoint()), trust->size())));
}

TEST_F(WizardPages, TheServersWordsAreItsReplyAndTheTestEmailLabelFollowsTheRecipient)
{
    open(std::nullopt, SetupWizard::CheckPageId);
    auto *send = child<QPushButton>(wizard.get(), "sendTestEmail");
    EXPECT_TRUE(send->text().contains(QStringLiteral("myself")));
    QTest::mouseClick(child<QCheckBox>(wizard.get(), "otherRecipient"), Qt::LeftButton, {}, QPoint(4, 4));
    typeText(child<QLineEdit>(wizard.get(), "testRecipient"), QStringLiteral("other@example.org"));
    EXPECT_FALSE(send->text().contains(QStringLiteral("myself"))) << send->text().toStdString();
    EXPECT_TRUE(send->text().contains(QStringLiteral("other@example.org"))) << send->text().toStdString();

    auto *card = child<ui::DiagnosisCard>(wizard.get(), "diagnosisCard");
    diagnosis::Diagnosis d;
    d.title = QStringLiteral("The password was not accepted");
    d.serverWords = QStringLiteral("535 5.7.8 Error: authentication failed");
    d.technical = QStringLiteral("auth; server-rejected; 535 5.7.8");
    card->show(d, {});
    QTest::mouseClick(child<QPushButton>(card, "toggleDetails"), Qt::LeftButton);
    const QString words = child<QLabel>(card, "diagnosisDetails")->text();
    EXPECT_TRUE(words.contains(d.serverWords));
    EXPECT_FALSE(words.contains(QStringLiteral("server-rejected"))) << "the internal line is for Copy only";
    EXPECT_TRUE(card->technicalDetails().contains(d.technical));
    auto *copy = child<QPushButton>(card, "action-copy-details");
    QTest::mouseClick(copy, Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), card->technicalDetails());
    EXPECT_EQ(copy->text(), QStringLiteral("Copied")) << "visible feedback";
}

TEST_F(WizardPages, DoneSaysSuccessFirstAndEnterStillFinishes)
{
    open(std::nullopt, SetupWizard::CheckPageId);
    ui::AccountDraft &draft = wizard->draft();
    draft.account.address = QStringLiteral("ana@example.test");
    draft.account.host = QStringLiteral("mail.example.test");
    draft.account.username = draft.account.address;
    draft.account.signIn = accounts::SignInKind::MailboxPassword;
    draft.password = QStringLiteral("s3cret pass");
    draft.verified = true;
    wizard->next();
    ASSERT_EQ(wizard->currentId(), SetupWizard::DonePageId);
    QWizardPage *page = wizard->currentPage();
    EXPECT_EQ(page->title(), QStringLiteral("Your account is ready"));
    EXPECT_FALSE(page->subTitle().isEmpty());
    const QString summary = child<QLabel>(page, "doneSummary")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("ana@example.test")));
    EXPECT_FALSE(summary.contains(QStringLiteral("remitente-cli"))) << "no command line for this audience";
    EXPECT_FALSE(child<QWidget>(page, "domainDetails")->isVisible()) << "details folded";

    EXPECT_TRUE(wizard->button(QWizard::FinishButton)->isVisible());
    for (QPushButton *button : page->findChildren<QPushButton *>())
        EXPECT_FALSE(button->autoDefault()) << button->objectName().toStdString();
    auto *copy = child<QPushButton>(page, "copySetting0");
    copy->setFocus();
    QTest::keyClick(copy, Qt::Key_Return);
    EXPECT_FALSE(wizard->isVisible()) << "Enter pressed Finish";
    EXPECT_EQ(wizard->result(), QDialog::Accepted);
}

TEST_F(WizardPages, SettingsElsewhereNamesThePasswordShowsItAfterAskingAndTheCertificate)
{
    accounts::Account account = saved(QStringLiteral("ana@example.test"), QString());
    account.pinnedSha256 = QByteArray(32, '\xab');
    ui::SettingsElsewhere settings;
    settings.setSources(harness.secrets.get(), &harness.catalogue);
    settings.show(account);
    settings.resize(560, 400);
    settings.QWidget::show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&settings));
    EXPECT_LE(settings.minimumSizeHint().width(), 560) << "the password row fits a small dialog";
    auto *password = child<QLabel>(&settings, "setting4");
    EXPECT_FALSE(password->text().contains(QStringLiteral("created for Remitente"))) << "a mailbox password";
    EXPECT_GE(password->height(), password->heightForWidth(password->width())) << "not cut";
    auto *fingerprint = child<QLabel>(&settings, "setting5");
    EXPECT_TRUE(fingerprint->text().startsWith(QStringLiteral("AB:AB:"))) << fingerprint->text().toStdString();

    auto *show = child<QPushButton>(&settings, "showSecret");
    QTest::mouseClick(show, Qt::LeftButton);
    EXPECT_NE(password->text(), QStringLiteral("s3cret pass")) << "a confirmation first";
    QTest::mouseClick(show, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return password->text() == QStringLiteral("s3cret pass"); }, 5000));
    auto *copy = child<QPushButton>(&settings, "copySetting4");
    ASSERT_TRUE(copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("s3cret pass"));
    EXPECT_EQ(copy->text(), QStringLiteral("Copied"));

    account.signIn = accounts::SignInKind::AppPassword;
    settings.show(account);
    EXPECT_TRUE(child<QLabel>(&settings, "setting4")->text().contains(QStringLiteral("app password")));
    account.signIn = accounts::SignInKind::OAuth2;
    account.providerId = QStringLiteral("outlook");
    account.pinnedSha256.clear();
    settings.show(account);
    EXPECT_TRUE(child<QLabel>(&settings, "setting4")->text().contains(QStringLiteral("Microsoft")));
    EXPECT_EQ(settings.findChild<QPushButton *>(QStringLiteral("showSecret")), nullptr) << "no password to show";
}

namespace {
// Marks every catalogue text, as a translation would change it.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "remitente::providers") == 0 ? QStringLiteral("¡") + QString::fromUtf8(source)
                                                             : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

TEST_F(WizardPages, ProviderNamesAreTranslatedAndTheServicesAskForTheirUserName)
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    open();
    typeAddress(QStringLiteral("ana@example.test"));
    pressNext(SetupWizard::ProviderPageId);
    auto *choice = child<QComboBox>(wizard.get(), "providerChoice");
    EXPECT_EQ(choice->itemText(choice->findData(QStringLiteral("hosting"))),
              QStringLiteral("¡Your hosting (cPanel, Plesk and others)"));
    choose(QStringLiteral("hosting"));
    pressNext(SetupWizard::SignInPageId);
    EXPECT_FALSE(child<QLabel>(wizard.get(), "signInSteps")->text().contains(QStringLiteral("How to sign in with")))
        << "no provider name mid-sentence";
    QCoreApplication::removeTranslator(&translator);

    wizard->back();
    choose(QStringLiteral("mailgun"));
    pressNext(SetupWizard::SignInPageId);
    EXPECT_TRUE(child<QLabel>(wizard.get(), "signInSteps")->text().contains(QStringLiteral("user name")));
    auto *username = child<QLineEdit>(wizard.get(), "signInUsernameEdit");
    ASSERT_TRUE(username->isVisible()) << "the steps ask for a user name: there is a field for it";
    ASSERT_TRUE(QTest::qWaitFor([&] { return focused("signInUsernameEdit"); }, 2000));
    typeText(child<QLineEdit>(wizard.get(), "passwordEdit"), QStringLiteral("key-123"));
    EXPECT_FALSE(next()->isEnabled()) << "no user name yet";
    typeText(username, QStringLiteral("postmaster@mg.example.test"));
    pressNext(SetupWizard::CheckPageId); // the catalogue knows Mailgun's server: nothing to ask there
    EXPECT_EQ(wizard->draft().account.username, QStringLiteral("postmaster@mg.example.test"));
    EXPECT_EQ(wizard->draft().account.host, QStringLiteral("smtp.mailgun.org"));
}

TEST_F(WizardPages, EveryPageHasTheSameTitleStyle)
{
    open();
    for (const int id : wizard->pageIds()) {
        QWizardPage *page = wizard->page(id);
        EXPECT_FALSE(page->title().isEmpty()) << page->objectName().toStdString();
        // With a subtitle on every page QWizard draws every title the same way (in its header).
        EXPECT_FALSE(page->subTitle().isEmpty()) << page->objectName().toStdString();
    }
}

TEST(CheckListLook, EachStateHasAnIconAndWordsAndSlowStepsTheirSeconds)
{
    QLocale::setDefault(QLocale::c());
    ui::CheckList list;
    list.setStep(Step::FindServer, State::Passed, 1234);
    list.setStep(Step::Connect, State::Failed, 20);
    list.setStep(Step::Secure, State::Running, 0);
    EXPECT_EQ(list.row(Step::FindServer)->text(), QStringLiteral("Find the server: done (1.2 s)"));
    EXPECT_EQ(list.row(Step::Connect)->text(), QStringLiteral("Connect: failed")) << "a quick step needs no time";
    EXPECT_TRUE(list.row(Step::Secure)->text().contains(QStringLiteral("working")));
    for (const Step step : {Step::FindServer, Step::Connect, Step::Secure})
        EXPECT_FALSE(list.icon(step)->pixmap().isNull()) << int(step);
    EXPECT_TRUE(list.icon(Step::SignIn)->pixmap().isNull()) << "not started: no icon yet";
}
