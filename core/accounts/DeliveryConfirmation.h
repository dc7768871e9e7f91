#pragma once

#include "SessionPlanner.h"

#include "diagnosis/ReceiverVerdict.h"
#include "diagnosis/VerdictAdvice.h"
#include "imap/ArrivalWatch.h"
#include "smtp/TlsFailure.h"

#include <QObject>
#include <QPointer>

#include <chrono>

namespace remitente::providers {
class ProviderCatalogue;
}

namespace remitente::accounts {

// Where the account's mailbox is read: its own IMAP setting, else its provider's server, else the one beside its
// SMTP server. Not set when none is known (a sending service has no mailbox).
imap::ImapServer mailboxServerFor(const Account &account, const providers::ProviderCatalogue *catalogue);

// The sign-in the mailbox is read with: the account's SMTP one (its pin trusted for the mailbox server only when it
// presents that same certificate), or with the certificate the person approved for the mailbox server itself.
SessionPlan mailboxSignIn(const Account &account, SessionPlan smtpSignIn);

struct DeliveryConfirmationResult {
    imap::ArrivalPlace place = imap::ArrivalPlace::NotFound;
    double seconds = 0;                        // from start() to the moment it was seen (or to giving up)
    QString mailbox;                           // where, as people see the name ("INBOX", "Spam")
    diagnosis::ReceiverVerdict verdict;        // what the receiving server said about it
    QList<diagnosis::VerdictProblem> problems; // failures in that verdict, with what to do
    QString problem; // translated: the mailbox could not be looked at (no server known, sign-in, network)
    std::optional<smtp::TlsFailure> tls; // the mailbox server's certificate was not trusted: what it presented
    bool cancelled = false;
    bool usedIdle = false;
};

// After the test email: looks for it (by Message-ID) in the account's own mailbox, Inbox and junk, with the same
// sign-in as its SMTP server, and reads the receiver's verdict from the copy it finds. Read-only. The SMTP server's
// pinned certificate is trusted for the IMAP server only when it presents that same certificate (a plan may carry
// the IMAP server's own pin instead: Account::imapPinnedSha256). finished() comes
// exactly once, from the event loop.
class DeliveryConfirmation : public QObject
{
    Q_OBJECT
public:
    explicit DeliveryConfirmation(QObject *parent = nullptr);
    ~DeliveryConfirmation() override;

    // plan: the account's SMTP sign-in (SessionPlanner), whose credentials and trust the mailbox uses too.
    // messageId with or without its angle brackets.
    void start(const imap::ImapServer &server, const SessionPlan &plan, const QByteArray &messageId,
               std::chrono::milliseconds limit = std::chrono::minutes(2));
    void cancel();
    bool isRunning() const { return !m_watch.isNull(); }

Q_SIGNALS:
    void signedIn();
    void looked(double seconds); // one more look found nothing yet
    void finished(const remitente::accounts::DeliveryConfirmationResult &result);

private:
    void finish(const imap::ArrivalResult &arrival);

    QPointer<imap::ArrivalWatch> m_watch;
};

} // namespace remitente::accounts

Q_DECLARE_METATYPE(remitente::accounts::DeliveryConfirmationResult)
