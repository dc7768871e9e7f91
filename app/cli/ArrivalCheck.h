#pragma once

#include "accounts/DeliveryConfirmation.h"

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
    QStringList advice;                // what the receiver held against it, in words, with the fix
    QString mailbox;                   // where it was found ("INBOX", "Spam")
    QString problem;                   // why the mailbox could not be looked at (sign-in, connection), translated
};

// `test-email --confirm-delivery`: after the server took the test email, look for its Message-ID in the account's
// mailbox over IMAP (accounts::DeliveryConfirmation) until it arrives or the time runs out.
class ArrivalCheck : public QObject
{
    Q_OBJECT
public:
    // server: where the mailbox is read; plan: the SMTP sign-in the test email went out with.
    void start(const imap::ImapServer &server, const accounts::SessionPlan &plan, const QByteArray &messageId,
               std::chrono::milliseconds limit, std::function<void(const Arrival &)> done);

    // The line test-email prints: "arrived inbox|junk|not-found SECONDS".
    static QString summaryLine(const Arrival &arrival);
    // test-email's exit code once it looked: 0 in the inbox, 1 in junk, 75 (EX_TEMPFAIL) not found in time.
    static int exitCodeFor(const Arrival &arrival);

private:
    accounts::DeliveryConfirmation m_confirmation;
};

} // namespace remitente::cli
