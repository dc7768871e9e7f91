// Test helper for tests/integration/fault_suite.py: queues many messages in one process (what 1,000
// `remitente-cli send --queue --later` would store, without 1,000 process starts), in the same outbox the CLI and
// the app use (<XDG_DATA_HOME>/Remitente/Remitente/outbox.sqlite).
//   outbox_enqueue ACCOUNT_ID FROM TO SUBJECT_PREFIX COUNT     subjects "SUBJECT_PREFIX #0" ... "#COUNT-1"
#include "outbox/OutboxStore.h"
#include "system/ProcessHardening.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace remitente;

int main(int argc, char **argv)
{
    system::hardenProcess(); // the same private umask as the CLI
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Remitente"));
    QCoreApplication::setOrganizationName(QStringLiteral("Remitente"));
    const QStringList arguments = app.arguments();
    bool ok = false;
    const int count = arguments.value(5).toInt(&ok);
    if (arguments.size() != 6 || !ok || count < 0) {
        QTextStream(stderr) << "usage: outbox_enqueue ACCOUNT_ID FROM TO SUBJECT_PREFIX COUNT\n";
        return 64;
    }
    outbox::OutboxStore store;
    QString error;
    if (!store.open(outbox::OutboxStore::defaultPath(), &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 74;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        mime::Message message;
        message.from = {QString(), arguments.value(2)};
        message.to = {{QString(), arguments.value(3)}};
        message.subject = arguments.value(4) + QStringLiteral(" #%1").arg(i);
        message.text = QStringLiteral("Mensaje %1 de %2.").arg(i + 1).arg(count);
        if (!store.enqueue(arguments.value(1), message, now, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 74;
        }
    }
    return 0;
}
