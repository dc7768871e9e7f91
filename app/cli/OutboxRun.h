#pragma once

#include "startup/Foundation.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace remitente::cli {

// The outbox the app uses, opened for one command: queue a message, send what is due, report.
class OutboxRun : public QObject
{
    Q_OBJECT
public:
    // Opens the accounts, the catalogue and the outbox; an exit code (after printing why) when one cannot be.
    std::optional<int> open(const QList<QSslCertificate> &extraCaCertificates = {});
    outbox::OutboxStore &store() { return m_foundation->outboxStore(); }
    const accounts::AccountStore &accounts() const { return m_foundation->accounts(); }
    // Sends everything due now, after waiting for another process that is sending from the same outbox; calls
    // done() once nothing more can be sent now and message waitFor (when given) is no longer being sent.
    // A failed write to the outbox exits with EX_IOERR.
    void run(std::function<void()> done, qint64 waitFor = 0);
    // Keeps sending: what is due now, later retries, and what others add (the relay, sendmail, the app). One line
    // on standard output per message that reaches a state ("id state subject").
    void watch();
    void kick(); // something was just added: look now

    // One line per message: "id state subject", with the backup that sent it for its account when it did, or the
    // same as JSON ("account": the sending account's id, "originalAccount": the one it was queued for). With
    // `saved`, lines name the accounts by their addresses.
    static void print(const QList<outbox::OutboxEntry> &entries, bool json,
                      const accounts::AccountStore *saved = nullptr);
    // The exit code that tells a script how one message ended up (sysexits: 0 sent, 75 still waiting, ...).
    static int exitCodeFor(const outbox::OutboxEntry &entry);
    // The provider ended this account's sign-in during the run: its messages wait for `account login`.
    bool needsSignIn(const QString &accountId) const { return m_needsSignIn.contains(accountId); }

    startup::Foundation &foundation() { return *m_foundation; }

private:
    void reportOnStandardError();

    std::unique_ptr<startup::Foundation> m_foundation;
    outbox::Outbox *m_outbox = nullptr; // the foundation's, once run() starts it
    QSet<QString> m_needsSignIn;        // accounts whose provider ended their sign-in during this run
};

} // namespace remitente::cli
