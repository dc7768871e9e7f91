#include "ArrivalCheck.h"

#include "ExitCode.h"

#include <QTimer>

namespace remitente::cli {

bool ArrivalCheck::available()
{
    return false; // until the IMAP client (core/imap) is plugged into start()
}

QString ArrivalCheck::unavailableReason()
{
    return tr("--confirm-delivery is not available yet in this version: looking for the test email in your mailbox "
              "(IMAP) is still being built. Run test-email without it to send the test email and see the server's "
              "reply.");
}

void ArrivalCheck::start(const accounts::Account &, const QByteArray &, std::function<void(const Arrival &)> done)
{
    // The IMAP client plugs in here: connect to account.imap with the account's sign-in, SEARCH HEADER Message-ID in
    // the Inbox and in the Junk folder (SPECIAL-USE) with back-off, then read Authentication-Results.
    QTimer::singleShot(0, this, [done = std::move(done)] {
        Arrival arrival;
        arrival.problem = unavailableReason();
        done(arrival);
    });
}

QString ArrivalCheck::summaryLine(const Arrival &arrival)
{
    const char *where = arrival.where == Arrival::Where::Inbox ? "inbox"
        : arrival.where == Arrival::Where::Junk                ? "junk"
                                                               : "not-found";
    return QStringLiteral("arrived %1 %2").arg(QLatin1String(where), QString::number(arrival.seconds, 'f', 1));
}

int ArrivalCheck::exitCodeFor(const Arrival &arrival)
{
    switch (arrival.where) {
    case Arrival::Where::Inbox:
        return ExOk;
    case Arrival::Where::Junk:
        return 1;
    case Arrival::Where::NotFound:
        break;
    }
    return ExTempFail;
}

} // namespace remitente::cli
