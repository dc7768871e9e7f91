#pragma once

#include <QString>

namespace remitente::testing {

// The test OAuth 2.0 authorization server (tests/support/oauth/oauth_server.py). The ctest fixture "mailserver"
// starts it before Dovecot, whose XOAUTH2 / OAUTHBEARER sign-ins ask it whether a token is valid; tests that use it
// take FIXTURES_REQUIRED mailserver and RESOURCE_LOCK mailserver_users. Trust the test CA
// (ScriptedSmtpServer::pkiPath("ca.pem")). Every endpoint, error and admin key is described at the top of
// oauth_server.py; tests/integration/oauth_server_test.py shows each in use.
struct TestOAuthServer {
    static QString baseUrl() { return QStringLiteral("https://127.0.0.1:9443"); }
    static QString authorizeUrl() { return baseUrl() + QStringLiteral("/authorize"); }
    static QString tokenUrl() { return baseUrl() + QStringLiteral("/token"); }
    static QString deviceCodeUrl() { return baseUrl() + QStringLiteral("/devicecode"); }
    static QString revokeUrl() { return baseUrl() + QStringLiteral("/revoke"); }
    // Admin, JSON over HTTPS: "/admin/config" (GET, or POST {key: value}), "/admin/revoke-user" {user},
    // "/admin/device" {user_code, action}, "/admin/issue" {user}, "/admin/stats" (GET), "/admin/reset" [{only}].
    static QString adminUrl(const char *path) { return baseUrl() + QString::fromLatin1(path); }
    // A public client: no secret needed; one that is sent must be this.
    static QString clientId() { return QStringLiteral("remitente-test-client"); }
    static QString clientSecret() { return QStringLiteral("test-secret"); }
    static QString scope() { return QStringLiteral("https://mail.example.test/SMTP.Send offline_access"); }
    // Who /authorize signs in without a login_hint (admin key default_user).
    static QString defaultUser() { return QStringLiteral("ana@example.test"); }
    // An organisation's providers.json with the entries "test-oauth" (example.test, 465 and 587) and
    // "test-oauth-tenant" (Microsoft-style {tenant} addresses and a client secret).
    static QString providersJson()
    {
        return QStringLiteral(REMITENTE_TEST_SOURCE_DIR "/support/oauth/providers-test.json");
    }
};

} // namespace remitente::testing
