#include "SessionPlanner.h"

#include "net/DnsResolver.h"
#include "oauth/TokenEndpoint.h"
#include "oauth/TokenError.h"
#include "providers/ProviderCatalogue.h"

#include <QHostAddress>
#include <QPointer>
#include <QTimer>

namespace remitente::accounts {

QString signInFailureName(SignInFailure::Kind kind)
{
    switch (kind) {
    case SignInFailure::Kind::NoSecret:
        return QStringLiteral("no-secret");
    case SignInFailure::Kind::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    case SignInFailure::Kind::NeedsSignIn:
        return QStringLiteral("needs-sign-in");
    case SignInFailure::Kind::NoClient:
        return QStringLiteral("no-client");
    case SignInFailure::Kind::TokenServiceFailed:
        return QStringLiteral("token-service-failed");
    }
    return {};
}

SessionPlanner::SessionPlanner(SecretStore &secrets, const providers::ProviderCatalogue &catalogue, Settings settings,
                               QObject *parent)
    : QObject(parent), m_secrets(secrets), m_catalogue(catalogue), m_settings(std::move(settings))
{
}

SessionPlanner::~SessionPlanner() = default;

void SessionPlanner::prepare(const Account &account, Done done)
{
    if (account.signIn == SignInKind::OAuth2) {
        prepareOAuth(account, std::nullopt, std::move(done));
        return;
    }
    m_secrets.read(account.id, [self = QPointer<SessionPlanner>(this), account, done](const SecretStore::Result &r) {
        if (!self)
            return;
        if (r.status != SecretStore::Status::Ok) {
            done({std::nullopt, keychainFailure(r)});
            return;
        }
        self->plan(account, {account.username, r.secret}, done);
    });
}

void SessionPlanner::prepareWith(const Account &account, const QString &secret, Done done)
{
    if (account.signIn == SignInKind::OAuth2) {
        prepareOAuth(account, secret, std::move(done));
        return;
    }
    plan(account, {account.username, secret}, std::move(done));
}

SignInFailure SessionPlanner::keychainFailure(const SecretStore::Result &result)
{
    SignInFailure failure;
    if (result.status == SecretStore::Status::NotFound) {
        failure.kind = SignInFailure::Kind::NoSecret;
        failure.message
            = tr("No password is saved for this account in the system keychain. Type it again by editing the account.");
        return failure;
    }
    failure.kind = SignInFailure::Kind::KeychainUnavailable;
    failure.transient = true;
    failure.message
        = tr("The password for this account could not be read from the system keychain: %1").arg(result.message);
    return failure;
}

void SessionPlanner::plan(const Account &account, smtp::Credentials credentials, Done done)
{
    SessionPlan plan;
    plan.options = account.sessionOptions(m_settings.timeouts, m_settings.extraCaCertificates);
    plan.credentials = std::move(credentials);
    if (!m_settings.hostResolver || !QHostAddress(plan.options.host).isNull()) {
        done({std::move(plan), std::nullopt});
        return;
    }
    // A test's own DNS server: the addresses go to the session, which shows them as its "find the server" step.
    // When that server has no answer the session asks the system, as it would have anyway.
    const QString host = plan.options.host;
    m_settings.hostResolver->lookupAddresses(
        host, [plan = std::move(plan), done](const QList<QHostAddress> &addresses, const QString &) mutable {
            plan.options.addresses = addresses;
            done({std::move(plan), std::nullopt});
        });
}

std::optional<oauth::OAuthSettings> SessionPlanner::oauthSettings(const Account &account, SignInFailure *why) const
{
    const providers::Provider *provider = m_catalogue.byId(account.providerId);
    if (!provider || !provider->oauth2) {
        if (why)
            *why = {SignInFailure::Kind::NoClient,
                    tr("This account signs in with its provider, but Remitente does not know how to sign in with "
                       "\"%1\". Edit the account and choose its provider again.")
                        .arg(account.providerId),
                    false,
                    {}};
        return std::nullopt;
    }
    oauth::OAuthSettings settings = *provider->oauth2;
    if (!account.tenant.isEmpty())
        settings.tenant = account.tenant;
    if (!settings.hasClient()) {
        if (why)
            *why = {SignInFailure::Kind::NoClient,
                    tr("This copy of Remitente has no registration with %1, so it cannot sign in there. Your "
                       "administrator can add one (see docs/oauth-registration.md), or use an app password where "
                       "%1 offers them.")
                        .arg(provider->name),
                    false,
                    {}};
        return std::nullopt;
    }
    return settings;
}

void SessionPlanner::prepareOAuth(const Account &account, std::optional<QString> refreshToken, Done done)
{
    SignInFailure why;
    const std::optional<oauth::OAuthSettings> settings = oauthSettings(account, &why);
    if (!settings) {
        done({std::nullopt, why});
        return;
    }
    if (const QString token = m_tokens.accessToken(account.id, m_settings.tokenMargin); !token.isEmpty()) {
        plan(account, {account.username, token, smtp::CredentialKind::BearerToken}, std::move(done));
        return;
    }
    if (refreshToken) {
        refresh(account, *settings, *refreshToken, false, std::move(done));
        return;
    }
    m_secrets.read(
        account.id,
        [self = QPointer<SessionPlanner>(this), account, settings = *settings, done](const SecretStore::Result &r) {
            if (!self)
                return;
            if (r.status == SecretStore::Status::NotFound) {
                const QString message
                    = tr("Remitente is not signed in to %1 yet. Sign in again to send from it.").arg(account.address);
                done({std::nullopt, SignInFailure{SignInFailure::Kind::NeedsSignIn, message, false, {}}});
                return;
            }
            if (r.status != SecretStore::Status::Ok) {
                done({std::nullopt, keychainFailure(r)});
                return;
            }
            self->refresh(account, settings, r.secret, true, done);
        });
}

void SessionPlanner::refresh(const Account &account, const oauth::OAuthSettings &settings, const QString &refreshToken,
                             bool fromKeychain, Done done)
{
    QList<Done> &waiting = m_refreshing[account.id];
    waiting.append(std::move(done));
    if (waiting.size() > 1)
        return; // the refresh under way answers this one too
    auto *endpoint = new oauth::TokenEndpoint(settings, this);
    endpoint->setExtraCaCertificates(m_settings.extraCaCertificates);
    endpoint->setTimeout(m_settings.tokenTimeout);
    endpoint->refresh(refreshToken, [this, endpoint, account, refreshToken, fromKeychain](const oauth::TokenResult &r) {
        endpoint->deleteLater();
        refreshed(account, refreshToken, fromKeychain, r);
    });
}

void SessionPlanner::refreshed(const Account &account, const QString &oldRefreshToken, bool fromKeychain,
                               const oauth::TokenResult &result)
{
    const QList<Done> waiting = m_refreshing[account.id];
    m_refreshing.erase(account.id);
    SessionPlanResult answer;
    if (result.ok()) {
        const oauth::Tokens &tokens = result.tokens();
        m_tokens.store(account.id, tokens.accessToken, tokens.expiresAt);
        // Providers may hand out a new refresh token with each refresh (and end the old one): keep it.
        if (fromKeychain && !tokens.refreshToken.isEmpty() && tokens.refreshToken != oldRefreshToken)
            m_secrets.write(account.id, tokens.refreshToken, [](const SecretStore::Result &) {});
        if (fromKeychain) { // a saved account (not one the wizard is still making)
            SignInState state = signInState(account.id).value_or(SignInState{});
            state.needsSignIn = false;
            state.reason.clear();
            state.tokenExpiresAt = tokens.expiresAt;
            record(account.id, state);
        }
        for (const Done &done : waiting)
            plan(account, {account.username, tokens.accessToken, smtp::CredentialKind::BearerToken}, done);
        return;
    }
    const oauth::TokenError &error = result.error();
    SignInFailure failure;
    failure.providerError
        = error.code.isEmpty() ? error.description : QStringLiteral("%1: %2").arg(error.code, error.description);
    switch (error.kind) {
    case oauth::TokenErrorKind::NeedsSignIn:
    case oauth::TokenErrorKind::AccessDenied: {
        failure.kind = SignInFailure::Kind::NeedsSignIn;
        failure.message = tr("The sign-in for %1 has ended (it was revoked, expired after a long time unused, or the "
                             "password changed). Sign in again; the mail waiting for this account goes out after.")
                              .arg(account.address);
        m_tokens.forget(account.id);
        if (fromKeychain) {
            SignInState state = signInState(account.id).value_or(SignInState{});
            state.needsSignIn = true;
            state.reason = failure.providerError; // the provider's words: "Sign in again" shows them as theirs
            state.tokenExpiresAt = {};
            record(account.id, state);
            Q_EMIT signInNeeded(account.id, failure.message);
        }
        break;
    }
    case oauth::TokenErrorKind::InvalidClient:
        failure.kind = SignInFailure::Kind::NoClient;
        failure.message = tr("The provider refused this copy of Remitente's registration: %1").arg(error.message());
        break;
    default:
        failure.kind = SignInFailure::Kind::TokenServiceFailed;
        failure.transient = true;
        failure.message = tr("The provider's sign-in service could not be reached; Remitente tries again later: %1")
                              .arg(error.message());
        break;
    }
    for (const Done &done : waiting)
        done({std::nullopt, failure});
}

void SessionPlanner::rememberTokens(const QString &accountId, const oauth::Tokens &tokens)
{
    m_tokens.store(accountId, tokens.accessToken, tokens.expiresAt);
}

void SessionPlanner::saveSignIn(const Account &account, const oauth::Tokens &tokens, SecretStore::Callback done)
{
    if (tokens.refreshToken.isEmpty()) {
        // Without one the sign-in would end with this access token, in an hour or so, and the mail would stop.
        QTimer::singleShot(0, this, [done] {
            done({SecretStore::Status::Failed,
                  {},
                  tr("The provider signed you in but gave no lasting sign-in (no refresh token): its settings must "
                     "ask for offline access (offline_access, or access_type=offline for Google).")});
        });
        return;
    }
    rememberTokens(account.id, tokens);
    m_secrets.write(
        account.id, tokens.refreshToken,
        [self = QPointer<SessionPlanner>(this), id = account.id, tokens, done](const SecretStore::Result &r) {
            if (self && r.status == SecretStore::Status::Ok)
                self->record(id, {false, {}, tokens.expiresAt, QDateTime::currentDateTimeUtc()});
            done(r);
        });
}

std::optional<SignInState> SessionPlanner::signInState(const QString &accountId) const
{
    if (m_settings.signInStatesPath.isEmpty())
        return std::nullopt;
    return SignInStates(m_settings.signInStatesPath).find(accountId);
}

bool SessionPlanner::needsSignIn(const Account &account) const
{
    if (account.signIn != SignInKind::OAuth2)
        return false;
    const std::optional<SignInState> state = signInState(account.id);
    return state && state->needsSignIn;
}

void SessionPlanner::record(const QString &accountId, const SignInState &state)
{
    if (m_settings.signInStatesPath.isEmpty())
        return;
    // Only a shared note for other processes and for `account show`: the sign-in itself works without it.
    (void)SignInStates(m_settings.signInStatesPath).record(accountId, state);
}

} // namespace remitente::accounts
