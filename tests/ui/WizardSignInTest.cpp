// "Sign in with ..." in the wizard, end to end: the provider comes from an organisation's providers.json (the test
// authorization server), the browser is a fake one that approves as a signed-in person would, the check and the
// test email go through the real Postfix with Dovecot's oauth2 passdb, and the sign-in lands in the real keychain.
#include "FakeBrowser.h"
#include "TestMailServer.h"
#include "TestOAuthServer.h"
#include "UiHarness.h"
#include "wizard/SetupWizard.h"

#include "accounts/KeychainSecretStore.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;
using remitente::ui::SetupWizard;

namespace {

class WizardSignIn : public ::testing::Test
{
protected:
    WizardSignIn() : harness(std::make_unique<accounts::KeychainSecretStore>())
    {
        harness.trustTestCa();
        QString error;
        EXPECT_TRUE(harness.catalogue.addOverrides(TestOAuthServer::providersJson(), &error)) << error.toStdString();
        browser = std::make_unique<FakeBrowser>(harness.planner.settings().extraCaCertificates);
        harness.services.openBrowser = [this](const QUrl &url) { return browser->open(url); };
    }
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

    UiHarness harness;
    std::unique_ptr<FakeBrowser> browser;
    std::unique_ptr<SetupWizard> wizard;
};

} // namespace

TEST_F(WizardSignIn, SignsInInTheBrowserSendsTheTestEmailAndKeepsOnlyTheSignIn)
{
    const QByteArray subject = "Remitente test email";
    const int before = TestMailServer::countDelivered("ana", subject);
    open();
    pressNext(SetupWizard::AddressPageId);
    typeText(child<QLineEdit>(wizard.get(), "nameEdit"), QStringLiteral("Ana Pérez"));
    typeText(child<QLineEdit>(wizard.get(), "addressEdit"), TestMailServer::user("ana"));
    pressNext(SetupWizard::ProviderPageId);
    pressNext(SetupWizard::SignInPageId);
    EXPECT_EQ(wizard->draft().account.providerId, QStringLiteral("test-oauth"));

    // Passwords are not an option for this provider: only the sign-in, and Next waits for it.
    EXPECT_FALSE(child<QLineEdit>(wizard.get(), "passwordEdit")->isVisible());
    EXPECT_FALSE(child<QRadioButton>(wizard.get(), "useAppPassword")->isVisible());
    EXPECT_FALSE(next()->isEnabled());
    auto *signIn = child<QPushButton>(wizard.get(), "signInWithProvider");
    ASSERT_TRUE(signIn->isVisible());
    EXPECT_TRUE(signIn->text().contains(QStringLiteral("Test OAuth")));
    QTest::mouseClick(signIn, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return next()->isEnabled(); }, 20000))
        << child<QLabel>(wizard.get(), "signInStatus")->text().toStdString();
    EXPECT_EQ(browser->opened(), 1);
    EXPECT_TRUE(browser->lastAddress().toString().startsWith(TestOAuthServer::authorizeUrl()));
    EXPECT_TRUE(browser->lastPage().contains("<html")) << "the browser tab got Remitente's page";

    // The catalogue knows the server: nothing to ask there, so the check comes next.
    pressNext(SetupWizard::CheckPageId);
    QTest::mouseClick(child<QPushButton>(wizard.get(), "sendTestEmail"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return next()->isEnabled(); }, 20000)) << "the check with the token passes";
    ASSERT_TRUE(QTest::qWaitFor([&] { return TestMailServer::countDelivered("ana", subject) == before + 1; }, 15000));

    pressNext(SetupWizard::DonePageId);
    auto *keychain = child<QLabel>(wizard.get(), "keychainStatus");
    ASSERT_TRUE(QTest::qWaitFor([&] { return keychain->property("saved").isValid(); }, 25000));
    EXPECT_TRUE(keychain->property("saved").toBool()) << keychain->text().toStdString();
    harness.store.load();
    ASSERT_EQ(harness.store.accounts().size(), 1);
    const accounts::Account saved = harness.store.accounts().first();
    EXPECT_EQ(saved.signIn, accounts::SignInKind::OAuth2);
    std::optional<accounts::SecretStore::Result> stored;
    harness.secrets->read(saved.id, [&](const accounts::SecretStore::Result &result) { stored = result; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored.has_value(); }, 25000));
    EXPECT_EQ(stored->status, accounts::SecretStore::Status::Ok);
    EXPECT_GE(stored->secret.size(), 16) << "the refresh token is what the keychain keeps";
    QFile file(harness.store.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(stored->secret.toUtf8())) << "never in the account file";
    harness.secrets->remove(saved.id, [](const accounts::SecretStore::Result &) {});
}

TEST_F(WizardSignIn, WithoutARegistrationItSaysWhyInsteadOfADeadButton)
{
    // The built-in Outlook entry has no client id in this build.
    open();
    pressNext(SetupWizard::AddressPageId);
    typeText(child<QLineEdit>(wizard.get(), "addressEdit"), QStringLiteral("ana@hotmail.es"));
    pressNext(SetupWizard::ProviderPageId);
    pressNext(SetupWizard::SignInPageId);
    ASSERT_EQ(wizard->draft().account.providerId, QStringLiteral("outlook"));
    EXPECT_FALSE(child<QPushButton>(wizard.get(), "signInWithProvider")->isVisible());
    const QString intro = child<QLabel>(wizard.get(), "providerSignInIntro")->text();
    EXPECT_TRUE(intro.contains(QStringLiteral("oauth-registration.md"))) << intro.toStdString();
    // ... and that passwords do not work either: what to do instead.
    auto *steps = child<QLabel>(wizard.get(), "signInSteps");
    EXPECT_TRUE(steps->isVisible());
    EXPECT_TRUE(steps->text().contains(QStringLiteral("Go back"))) << steps->text().toStdString();
    EXPECT_FALSE(next()->isEnabled());
}

TEST_F(WizardSignIn, WithoutARegistrationButWithAppPasswordsThePasswordIsTheWay)
{
    // The built-in Gmail entry has "Sign in with Google" but no client id in this build: that way cannot be chosen
    // (the intro says why), and the app password is chosen for the person, its steps and field shown.
    open();
    pressNext(SetupWizard::AddressPageId);
    typeText(child<QLineEdit>(wizard.get(), "addressEdit"), QStringLiteral("ana.perez@gmail.com"));
    pressNext(SetupWizard::ProviderPageId);
    pressNext(SetupWizard::SignInPageId);
    ASSERT_EQ(wizard->draft().account.providerId, QStringLiteral("gmail"));
    auto *useProvider = child<QRadioButton>(wizard.get(), "useProviderSignIn");
    EXPECT_TRUE(useProvider->isVisible());
    EXPECT_FALSE(useProvider->isEnabled());
    EXPECT_FALSE(useProvider->isChecked());
    EXPECT_TRUE(child<QRadioButton>(wizard.get(), "useAppPassword")->isChecked());
    EXPECT_FALSE(child<QPushButton>(wizard.get(), "signInWithProvider")->isVisible());
    EXPECT_TRUE(
        child<QLabel>(wizard.get(), "providerSignInIntro")->text().contains(QStringLiteral("oauth-registration.md")));
    EXPECT_TRUE(child<QLabel>(wizard.get(), "signInSteps")->isVisible());
    auto *password = child<QLineEdit>(wizard.get(), "passwordEdit");
    ASSERT_TRUE(password->isVisible());
    typeText(password, QStringLiteral("abcd efgh ijkl mnop"));
    EXPECT_TRUE(next()->isEnabled());
}
