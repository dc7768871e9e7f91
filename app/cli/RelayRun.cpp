#include "RelayRun.h"

#include "CommandLine.h"
#include "ExitCode.h"

#include "text/TerminalText.h"

#include <QTextStream>

namespace remitente::cli {

std::optional<int> RelayRun::start(OutboxRun &outbox, const Settings &settings)
{
    startup::Foundation &foundation = outbox.foundation();
    // Accounts, aliases and backups change while this runs (the app, `account set`): read them again each time.
    m_accountsWatcher = std::make_unique<accounts::AccountStoreWatcher>(foundation.accounts());
    if (settings.withRelay) {
        m_relay = std::make_unique<relay::RelayService>(foundation.outboxStore(), foundation.accounts());
        m_relay->setDefaultAccount(settings.accountId);
        QString error;
        if (!m_relay->listen(settings.listen.address, settings.listen.port, &error)) {
            m_relay.reset();
            if (settings.required)
                return failWith(ExUnavailable, error);
            QTextStream(stderr) << tr("The relay is not running: %1").arg(error) << Qt::endl;
        } else {
            connect(m_relay.get(), &relay::RelayService::messageQueued, &outbox, &OutboxRun::kick);
            QTextStream(stderr)
                << tr("Relay listening on %1 port %2.").arg(m_relay->address().toString()).arg(m_relay->port())
                << Qt::endl;
            if (m_relay->clients().list().isEmpty())
                QTextStream(stderr) << tr("No program can sign in to it yet: give each one its own user with "
                                          "\"remitente-cli relay client add NAME\".")
                                    << Qt::endl;
        }
    }
    outbox.watch();
    return std::nullopt;
}

} // namespace remitente::cli
