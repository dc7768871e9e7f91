// Test helper for OutboxCrashTest: one process that sends an outbox's due messages and exits, so the test can
// kill it (SIGKILL) at chosen moments and start it again.
//   outbox_worker OUTBOX.sqlite ACCOUNTS.json CA.pem      (password in REMITENTE_PASSWORD)
#include "accounts/KeychainSecretStore.h"
#include "outbox/Outbox.h"

#include <QCoreApplication>
#include <QSslCertificate>

using namespace remitente;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    outbox::OutboxStore store;
    if (!store.open(arguments.value(1), nullptr))
        return 2;
    accounts::AccountStore accounts(arguments.value(2));
    accounts.load();
    accounts::SessionSecretStore secrets;
    for (const accounts::Account &account : accounts.accounts())
        secrets.write(account.id, qEnvironmentVariable("REMITENTE_PASSWORD"),
                      [](const accounts::SecretStore::Result &) {});
    const std::optional<providers::ProviderCatalogue> catalogue = providers::ProviderCatalogue::load();
    accounts::SessionPlanner planner(secrets, *catalogue);
    planner.setSettings({{}, QSslCertificate::fromPath(arguments.value(3))});
    outbox::Outbox sender(store, accounts, planner, *catalogue);
    // Queued: idle can come from inside start(), before the event loop runs.
    QObject::connect(
        &sender, &outbox::Outbox::idle, &app, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    sender.start(false);
    return QCoreApplication::exec();
}
