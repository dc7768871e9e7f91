#include "FakeDnsResolver.h"
#include "ScriptedSmtpServer.h"
#include "SessionRecorder.h"

#include "accounts/KeychainSecretStore.h"
#include "accounts/SessionPlanner.h"
#include "providers/ProviderCatalogue.h"
#include "smtp/SmtpSession.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;

namespace {

struct Planned {
    std::optional<accounts::SessionPlanResult> result;
    accounts::SessionPlanner::Done callback()
    {
        return [this](const accounts::SessionPlanResult &r) { result = r; };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, 5000);
    }
};

struct Fixture {
    accounts::SessionSecretStore secrets;
    providers::ProviderCatalogue catalogue = *providers::ProviderCatalogue::load();
    accounts::SessionPlanner planner{secrets, catalogue};
    accounts::Account account;

    Fixture()
    {
        account.id = QStringLiteral("acc1");
        account.address = QStringLiteral("ana@example.test");
        account.username = account.address;
        account.host = QStringLiteral("mail.example.test");
        account.port = 587;
        account.security = smtp::Security::StartTls;
        account.signIn = accounts::SignInKind::AppPassword;
    }
};

} // namespace

TEST(SessionPlanner, APasswordComesFromTheKeychain)
{
    Fixture f;
    f.secrets.write(f.account.id, QStringLiteral("s3cret"), [](const accounts::SecretStore::Result &) {});
    Planned planned;
    f.planner.prepare(f.account, planned.callback());
    ASSERT_TRUE(planned.wait());
    ASSERT_TRUE(planned.result->plan) << planned.result->failure->message.toStdString();
    const accounts::SessionPlan &plan = *planned.result->plan;
    EXPECT_EQ(plan.options.host, QStringLiteral("mail.example.test"));
    EXPECT_EQ(plan.options.port, 587);
    EXPECT_EQ(plan.options.security, smtp::Security::StartTls);
    EXPECT_EQ(plan.credentials.username, QStringLiteral("ana@example.test"));
    EXPECT_EQ(plan.credentials.secret, QStringLiteral("s3cret"));
    EXPECT_EQ(plan.credentials.kind, smtp::CredentialKind::Password);
    EXPECT_TRUE(plan.options.addresses.isEmpty()) << "the session asks the system for the name";
}

TEST(SessionPlanner, NoSavedPasswordIsItsOwnKindOfFailureNotAServerError)
{
    Fixture f;
    Planned planned;
    f.planner.prepare(f.account, planned.callback());
    ASSERT_TRUE(planned.wait());
    ASSERT_FALSE(planned.result->plan);
    EXPECT_EQ(planned.result->failure->kind, accounts::SignInFailure::Kind::NoSecret);
    EXPECT_FALSE(planned.result->failure->transient);
    EXPECT_FALSE(planned.result->failure->message.isEmpty());
}

TEST(SessionPlanner, ATestsOwnDnsServerAnswersForServerNamesAndTheSystemForTheRest)
{
    Fixture f;
    FakeDnsResolver dns;
    dns.addAddress(QStringLiteral("mail.example.test"), QHostAddress(QStringLiteral("127.0.0.1")));
    accounts::SessionPlanner::Settings settings;
    settings.hostResolver = &dns;
    f.planner.setSettings(settings);
    Planned known;
    f.planner.prepareWith(f.account, QStringLiteral("pw"), known.callback());
    ASSERT_TRUE(known.wait());
    ASSERT_TRUE(known.result->plan);
    EXPECT_EQ(known.result->plan->options.addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1"))});

    // The DNS server knows nothing of "localhost": the session then asks the system (/etc/hosts), and connects.
    ScriptedSmtpServer server({QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO *"),
                               QStringLiteral("S: 250 fake.test"), QStringLiteral("C: QUIT"),
                               QStringLiteral("S: 221 bye")});
    ASSERT_TRUE(server.start());
    f.account.host = QStringLiteral("localhost");
    f.account.port = server.serverPort();
    f.account.security = smtp::Security::None;
    f.account.signIn = accounts::SignInKind::None;
    Planned local;
    f.planner.prepareWith(f.account, QString(), local.callback());
    ASSERT_TRUE(local.wait());
    ASSERT_TRUE(local.result->plan);
    EXPECT_TRUE(local.result->plan->options.addresses.isEmpty());
    smtp::SmtpSession session(local.result->plan->options);
    SessionRecorder recorder(session);
    session.open();
    session.quit();
    ASSERT_TRUE(recorder.waitUntilFinished());
    EXPECT_FALSE(session.error().has_value()) << session.error()->message.toStdString();
    EXPECT_EQ(server.connectionCount(), 1);
}

TEST(SessionPlanner, SignInWithAProviderNeedsThisBuildsRegistration)
{
    Fixture f;
    f.account.providerId = QStringLiteral("outlook");
    f.account.signIn = accounts::SignInKind::OAuth2;
    Planned planned;
    f.planner.prepare(f.account, planned.callback());
    ASSERT_TRUE(planned.wait());
    ASSERT_FALSE(planned.result->plan);
    EXPECT_EQ(planned.result->failure->kind, accounts::SignInFailure::Kind::NoClient);
    EXPECT_TRUE(planned.result->failure->message.contains(QStringLiteral("oauth-registration.md")));
}

TEST(SessionPlanner, AFreshAccessTokenIsUsedWithoutAskingTheProviderOrTheKeychain)
{
    Fixture f;
    QString error;
    ASSERT_TRUE(f.catalogue.addOverrides(QStringLiteral(REMITENTE_TEST_SOURCE_DIR "/support/oauth/providers-test.json"),
                                         &error))
        << error.toStdString();
    f.account.providerId = QStringLiteral("test-oauth");
    f.account.signIn = accounts::SignInKind::OAuth2;
    oauth::Tokens tokens;
    tokens.accessToken = QStringLiteral("access-token-1");
    tokens.refreshToken = QStringLiteral("refresh-token-1");
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    f.planner.rememberTokens(f.account.id, tokens);
    Planned planned;
    f.planner.prepare(f.account, planned.callback());
    ASSERT_TRUE(planned.wait());
    ASSERT_TRUE(planned.result->plan) << planned.result->failure->message.toStdString();
    EXPECT_EQ(planned.result->plan->credentials.kind, smtp::CredentialKind::BearerToken);
    EXPECT_EQ(planned.result->plan->credentials.secret, QStringLiteral("access-token-1"));

    // Nothing in the keychain and no fresh token: the person must sign in (not a keychain error).
    f.account.id = QStringLiteral("acc2");
    Planned signedOut;
    f.planner.prepare(f.account, signedOut.callback());
    ASSERT_TRUE(signedOut.wait());
    ASSERT_FALSE(signedOut.result->plan);
    EXPECT_EQ(signedOut.result->failure->kind, accounts::SignInFailure::Kind::NeedsSignIn);
}
