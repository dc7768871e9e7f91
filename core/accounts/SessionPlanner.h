#pragma once

#include "Account.h"
#include "SecretStore.h"
#include "SignInStates.h"

#include "oauth/AccessTokenCache.h"
#include "oauth/OAuthSettings.h"
#include "oauth/TokenResponse.h"

#include "smtp/SessionOptions.h"
#include "smtp/sasl/SaslMechanism.h"

#include <QObject>

#include <functional>
#include <map>
#include <optional>

namespace remitente::net {
class DnsResolver;
}
namespace remitente::providers {
class ProviderCatalogue;
}

namespace remitente::accounts {

// Everything one SMTP session needs for an account: where to connect, and how to sign in.
struct SessionPlan {
    smtp::SessionOptions options;
    smtp::Credentials credentials;
};

// Why an account cannot sign in before any server is contacted: this computer's keychain, or the account's sign-in
// with its provider. A server's refusal is an smtp::SmtpError instead.
struct SignInFailure {
    enum class Kind {
        NoSecret,            // nothing saved for this account: set the password (or sign in) again
        KeychainUnavailable, // no keychain service, locked, denied or not answering
        NeedsSignIn,         // the provider no longer accepts the saved sign-in (revoked, expired, password changed)
        NoClient,            // this build has no application registration for the provider
        TokenServiceFailed,  // the provider's sign-in service did not answer as it should; try again later
    };
    Kind kind = Kind::NoSecret;
    QString message;        // translated: what happened and what to do
    bool transient = false; // the same request may work later without the person doing anything
    QString providerError;  // the provider's own error code and words (untrusted text), when it gave one
};

QString signInFailureName(SignInFailure::Kind kind); // "no-secret", "keychain-unavailable", "needs-sign-in", ...

struct SessionPlanResult {
    std::optional<SessionPlan> plan; // set when the session can go
    std::optional<SignInFailure> failure;
};

struct SessionPlannerSettings {
    smtp::Timeouts timeouts;
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's (tests: their own CA)
    net::DnsResolver *hostResolver = nullptr;   // null: the system's resolver (getaddrinfo, /etc/hosts)
    QString signInStatesPath; // where OAuth2 sign-in states are shared with other processes; empty: not recorded
    std::chrono::seconds tokenMargin = oauth::AccessTokenCache::DefaultMargin; // refreshed this long before expiry
    std::chrono::milliseconds tokenTimeout{30'000}; // one call to the provider's token endpoint
};

// The one way from an account to a session: reads the secret from the keychain (or, for OAuth2, turns the saved
// sign-in into a fresh access token), builds the session options and, when a test asks for its own DNS server,
// resolves the server's name there (otherwise the session asks the system, as every program on it does).
// OAuth2: the refresh token is the account's keychain secret; access tokens live only in this object's memory and
// are refreshed ahead of expiry, one refresh per account at a time however many sessions ask.
class SessionPlanner : public QObject
{
    Q_OBJECT
public:
    using Settings = SessionPlannerSettings;
    using Done = std::function<void(const SessionPlanResult &)>;

    SessionPlanner(SecretStore &secrets, const providers::ProviderCatalogue &catalogue, Settings settings = {},
                   QObject *parent = nullptr);
    ~SessionPlanner() override;

    const Settings &settings() const { return m_settings; }
    void setSettings(Settings settings) { m_settings = std::move(settings); }
    SecretStore &secrets() { return m_secrets; }

    // A saved account. Answers once, later, from the event loop.
    void prepare(const Account &account, Done done);
    // A secret the person has just given (the wizard before saving, `--password-stdin`): the keychain is not read.
    // For OAuth2 accounts the secret is the refresh token of a sign-in that just happened.
    void prepareWith(const Account &account, const QString &secret, Done done);

    // How the account signs in with its provider (the catalogue's entry, with the account's own tenant); nullopt
    // with the reason when it cannot (no such provider, or no client id in this build).
    std::optional<oauth::OAuthSettings> oauthSettings(const Account &account, SignInFailure *why = nullptr) const;
    // A sign-in that just happened: the access token is kept for the next session (no refresh needed yet).
    void rememberTokens(const QString &accountId, const oauth::Tokens &tokens);
    // ... and for a saved account: the refresh token goes to the keychain and "needs sign-in" ends.
    void saveSignIn(const Account &account, const oauth::Tokens &tokens, SecretStore::Callback done);
    // What is known of the account's sign-in (also what other processes learned).
    std::optional<SignInState> signInState(const QString &accountId) const;
    bool needsSignIn(const Account &account) const;

Q_SIGNALS:
    // The provider no longer accepts the account's sign-in: its mail waits until the person signs in again.
    void signInNeeded(const QString &accountId, const QString &message);

private:
    void plan(const Account &account, smtp::Credentials credentials, Done done);
    void prepareOAuth(const Account &account, std::optional<QString> refreshToken, Done done);
    void refresh(const Account &account, const oauth::OAuthSettings &settings, const QString &refreshToken,
                 bool fromKeychain, Done done);
    void refreshed(const Account &account, const QString &oldRefreshToken, bool fromKeychain,
                   const oauth::TokenResult &result);
    void record(const QString &accountId, const SignInState &state);
    static SignInFailure keychainFailure(const SecretStore::Result &result);

    SecretStore &m_secrets;
    const providers::ProviderCatalogue &m_catalogue;
    Settings m_settings;
    oauth::AccessTokenCache m_tokens;
    std::map<QString, QList<Done>> m_refreshing; // per account: who waits for the refresh under way
};

} // namespace remitente::accounts
