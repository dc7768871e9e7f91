#include "RelayRun.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "SendingWarningsOutput.h"

#include "relay/RelayCertificate.h"
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
        m_relay->setCatalogue(&foundation.catalogue());
        connect(m_relay.get(), &relay::RelayService::messageWarned, this,
                [](qint64 id, const QList<diagnosis::SendingWarning> &warnings) {
                    printSendingWarnings(warnings, tr("relay: message %1").arg(id));
                });
        if (!relay::RelayService::isLoopback(settings.listen.address)) {
            // Beyond this computer: STARTTLS with the relay's own certificate, whose fingerprint the person gives
            // to the programs (a scanner, another machine) so they can trust it.
            const std::variant<relay::RelayCertificate, QString> made = relay::RelayCertificate::loadOrCreate(
                relay::RelayCertificate::defaultFolder(), relay::RelayCertificate::namesFor(settings.listen.address));
            if (const auto *why = std::get_if<QString>(&made))
                return failWith(ExIoErr, *why);
            const auto &certificate = std::get<relay::RelayCertificate>(made);
            m_relay->setCertificate(certificate.certificate(), certificate.key());
            QTextStream(stderr) << tr("Listening beyond this computer: programs must use STARTTLS and trust this "
                                      "certificate (SHA-256 fingerprint): %1")
                                       .arg(certificate.fingerprint())
                                << Qt::endl;
        }
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
