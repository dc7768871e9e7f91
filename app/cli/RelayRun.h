#pragma once

#include "ListenAddress.h"
#include "OutboxRun.h"

#include "accounts/AccountStoreWatcher.h"
#include "relay/RelayService.h"

#include <QObject>

#include <memory>
#include <optional>

namespace remitente::cli {

// The relay and the outbox's sender in one long-running process (`relay`, `queue run --watch`): what programs hand
// to the relay is committed to the outbox and sent from there, with retries, by this process unless another one
// (the app) already sends from that outbox.
class RelayRun : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        ListenAddress listen{QHostAddress(QHostAddress::LocalHost), relay::RelayService::DefaultPort};
        QString accountId;     // the account relay users without one send from (empty: the default account)
        bool required = true;  // false: keep sending even when the relay cannot listen (`queue run --watch`)
        bool withRelay = true; // false: only send
    };
    // With the outbox opened: an exit code when it cannot start (said on standard error); nullopt while it runs.
    std::optional<int> start(OutboxRun &outbox, const Settings &settings);

private:
    std::unique_ptr<accounts::AccountStoreWatcher> m_accountsWatcher;
    std::unique_ptr<relay::RelayService> m_relay;
};

} // namespace remitente::cli
