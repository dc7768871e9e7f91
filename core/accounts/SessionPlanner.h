#pragma once

#include "Account.h"
#include "SecretStore.h"

#include "smtp/SessionOptions.h"
#include "smtp/sasl/SaslMechanism.h"

#include <QObject>

#include <functional>
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
};

// The one way from an account to a session: reads the secret from the keychain (or, for OAuth2, turns the saved
// sign-in into a fresh access token), builds the session options and, when a test asks for its own DNS server,
// resolves the server's name there (otherwise the session asks the system, as every program on it does).
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
    void prepareWith(const Account &account, const QString &secret, Done done);

private:
    void plan(const Account &account, smtp::Credentials credentials, Done done);
    static SignInFailure keychainFailure(const SecretStore::Result &result);

    SecretStore &m_secrets;
    const providers::ProviderCatalogue &m_catalogue;
    Settings m_settings;
};

} // namespace remitente::accounts
