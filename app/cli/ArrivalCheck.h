#pragma once

#include "accounts/Account.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <functional>

namespace remitente::cli {

// Where the test email was found in the account's own mailbox, and what the receiving server said about it.
struct Arrival {
    enum class Where { Inbox, Junk, NotFound };
    Where where = Where::NotFound;
    double seconds = 0;                // from the server's acceptance to the message being found
    QStringList authenticationResults; // one line each: "spf pass example.es", "dkim pass example.es", ...
    QString problem;                   // why the mailbox could not be looked at (sign-in, connection), translated
};

// `test-email --confirm-delivery`: after the server took the test email, look for its Message-ID in the account's
// mailbox over IMAP (account.imap) until it arrives or the time runs out (issue 16). This is the seam for the IMAP
// client, which is built elsewhere: until it is plugged in here, available() is false and test-email refuses
// --confirm-delivery before sending anything.
class ArrivalCheck : public QObject
{
    Q_OBJECT
public:
    static bool available();
    // Why --confirm-delivery cannot be used (translated), when !available().
    static QString unavailableReason();
    // Looks for messageId (without angle brackets) in the mailbox; done is called once, from the event loop.
    void start(const accounts::Account &account, const QByteArray &messageId,
               std::function<void(const Arrival &)> done);

    // The line test-email prints: "arrived inbox|junk|not-found SECONDS".
    static QString summaryLine(const Arrival &arrival);
    // test-email's exit code once it looked: 0 in the inbox, 1 in junk, 75 (EX_TEMPFAIL) not found in time.
    static int exitCodeFor(const Arrival &arrival);
};

} // namespace remitente::cli
