#include "SessionPlanner.h"

#include "net/DnsResolver.h"
#include "providers/ProviderCatalogue.h"

#include <QHostAddress>
#include <QPointer>

namespace remitente::accounts {

QString signInFailureName(SignInFailure::Kind kind)
{
    switch (kind) {
    case SignInFailure::Kind::NoSecret: return QStringLiteral("no-secret");
    case SignInFailure::Kind::KeychainUnavailable: return QStringLiteral("keychain-unavailable");
    case SignInFailure::Kind::NeedsSignIn: return QStringLiteral("needs-sign-in");
    case SignInFailure::Kind::NoClient: return QStringLiteral("no-client");
    case SignInFailure::Kind::TokenServiceFailed: return QStringLiteral("token-service-failed");
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
    plan(account, {account.username, secret}, std::move(done));
}

SignInFailure SessionPlanner::keychainFailure(const SecretStore::Result &result)
{
    SignInFailure failure;
    if (result.status == SecretStore::Status::NotFound) {
        failure.kind = SignInFailure::Kind::NoSecret;
        failure.message = tr("No password is saved for this account in the system keychain. Type it again by editing the account.");
        return failure;
    }
    failure.kind = SignInFailure::Kind::KeychainUnavailable;
    failure.transient = true;
    failure.message = tr("The password for this account could not be read from the system keychain: %1")
                          .arg(result.message);
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

} // namespace remitente::accounts
