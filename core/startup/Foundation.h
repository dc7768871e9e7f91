#pragma once

#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"
#include "accounts/SessionPlanner.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxStore.h"
#include "providers/ProviderCatalogue.h"

#include <memory>
#include <optional>

namespace remitente::startup {

// Why a program cannot start: its built-in catalogue is broken (a defect of the build), or its outbox cannot be
// opened (a problem on this computer: permissions, a full disk, a damaged file). message is translated.
struct StartFailure {
    enum class Kind { Catalogue, Outbox };
    Kind kind;
    QString message;
};

// What every Remitente program opens first, the same way: the provider catalogue (with an organisation's
// providers.json), the system keychain, the session planner that turns an account into a session (with the
// sign-in states kept next to the account list), and, for the programs that queue or send, the account list, the
// outbox and its sender.
class Foundation
{
public:
    // settings.signInStatesPath defaults to SignInStates::defaultPath().
    explicit Foundation(accounts::SessionPlanner::Settings planning = {});
    ~Foundation();
    Foundation(const Foundation &) = delete;
    Foundation &operator=(const Foundation &) = delete;

    // The catalogue and the planner.
    [[nodiscard]] std::optional<StartFailure> open();
    // The account list (never fatal: what it could not read is in loadedAccounts()) and the outbox at outboxPath;
    // after open().
    [[nodiscard]] std::optional<StartFailure> openOutbox(const QString &outboxPath
                                                         = outbox::OutboxStore::defaultPath());

    const providers::ProviderCatalogue &catalogue() const { return *m_catalogue; }
    accounts::KeychainSecretStore &secrets() { return m_secrets; }
    accounts::SessionPlanner &planner() { return *m_planner; }
    accounts::AccountStore &accounts() { return m_accounts; }
    const accounts::AccountStore::LoadResult &loadedAccounts() const { return m_loaded; }
    outbox::OutboxStore &outboxStore() { return m_outboxStore; }
    // The sender, made on first use (after openOutbox()); it sends only once started.
    outbox::Outbox &outbox();

private:
    accounts::SessionPlanner::Settings m_planning;
    std::optional<providers::ProviderCatalogue> m_catalogue;
    accounts::KeychainSecretStore m_secrets;
    std::unique_ptr<accounts::SessionPlanner> m_planner;
    accounts::AccountStore m_accounts;
    accounts::AccountStore::LoadResult m_loaded;
    outbox::OutboxStore m_outboxStore;
    std::unique_ptr<outbox::Outbox> m_outbox;
};

} // namespace remitente::startup
