// The session planner's side of an OAuth2 sign-in the provider ended: what it records for "Sign in again" and
// `account show`, against a scripted token endpoint.
#include "ScriptedHttpsServer.h"

#include "accounts/KeychainSecretStore.h"
#include "accounts/SessionPlanner.h"
#include "providers/ProviderCatalogue.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;

TEST(SessionPlannerOAuth, AnEndedSignInIsRecordedWithTheProvidersOwnWords)
{
    ScriptedHttpsServer server({ScriptedHttpResponse::json(
        400, R"({"error":"invalid_grant","error_description":"AADSTS70008: the refresh token has expired."})")});
    ASSERT_TRUE(server.start());
    QTemporaryDir folder;
    QFile providers(folder.filePath(QStringLiteral("providers.json")));
    ASSERT_TRUE(providers.open(QIODevice::WriteOnly));
    providers.write(
        QStringLiteral(R"({"schema": 1, "providers": [{"id": "scripted-oauth", "name": "Scripted",
        "kind": "mailbox", "domains": [], "mx": [], "servers": [{"host": "127.0.0.1", "port": 587,
        "security": "starttls"}], "username": "address", "signIn": "oauth2",
        "oauth2": {"authorizeUrl": "%1", "tokenUrl": "%2", "scopes": ["offline_access"], "clientId": "c"},
        "steps": [], "notes": []}]})")
            .arg(server.url(QStringLiteral("/authorize")).toString(), server.url(QStringLiteral("/token")).toString())
            .toUtf8());
    providers.close();
    providers::ProviderCatalogue catalogue = *providers::ProviderCatalogue::load();
    QString error;
    ASSERT_TRUE(catalogue.addOverrides(providers.fileName(), &error)) << error.toStdString();
    accounts::SessionSecretStore secrets;
    accounts::SessionPlanner::Settings settings;
    settings.extraCaCertificates = ScriptedHttpsServer::testCa();
    settings.signInStatesPath = folder.filePath(QStringLiteral("signin-state.json"));
    accounts::SessionPlanner planner(secrets, catalogue, settings);
    accounts::Account account;
    account.id = QStringLiteral("acc1");
    account.address = QStringLiteral("ana@example.test");
    account.username = account.address;
    account.host = QStringLiteral("127.0.0.1");
    account.signIn = accounts::SignInKind::OAuth2;
    account.providerId = QStringLiteral("scripted-oauth");
    secrets.write(account.id, QStringLiteral("ended-refresh"), [](const accounts::SecretStore::Result &) {});

    std::optional<accounts::SessionPlanResult> result;
    planner.prepare(account, [&](const accounts::SessionPlanResult &r) { result = r; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
    ASSERT_FALSE(result->plan);
    EXPECT_EQ(result->failure->kind, accounts::SignInFailure::Kind::NeedsSignIn);
    EXPECT_TRUE(planner.needsSignIn(account));
    // What "Sign in again" shows as "<provider> said: ..." and `account show` as "reason": the provider's words,
    // not a sentence of Remitente's that already says to sign in again.
    const std::optional<accounts::SignInState> state = planner.signInState(account.id);
    ASSERT_TRUE(state);
    EXPECT_EQ(state->reason, QStringLiteral("invalid_grant: AADSTS70008: the refresh token has expired."));
}
