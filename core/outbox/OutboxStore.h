#pragma once

#include "OutboxEntry.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace remitente::outbox {

// The outbox and the sent log: one SQLite database (Qt SQL, WAL) in the app's data folder, shared by the app and
// the CLI, with a copy of every attachment beside it. A message is written here, with its attachments copied,
// before any network work; every state change is committed before the next step.
class OutboxStore
{
public:
    OutboxStore();
    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    static QString defaultPath(); // <AppDataLocation>/outbox.sqlite
    // Creates or opens it private (folder 0700, files 0600, whatever the umask) and checks its integrity: a
    // damaged file is kept as it is and named in the error.
    [[nodiscard]] bool open(const QString &path, QString *error);
    QString path() const { return m_path; }

    // Fixes the message's date and Message-ID (a retry sends the same message), copies its attachments and
    // stores it as queued, due at `now`. nullopt with a translated error when a file cannot be copied.
    std::optional<qint64> enqueue(const QString &accountId, mime::Message message, const QDateTime &now,
                                  QString *error);
    // A message another program wrote, kept byte for byte: `bytes` (CRLF lines) go into the database with the row
    // when they are at most InlineRawLimit, else into the outbox's folder, reaching the disk (fsync) before the row
    // is committed; either way once this returns the message survives a crash or a power cut. `summary` says what
    // the lists show and its From and recipients are the envelope (see OutboxEntry).
    std::optional<qint64> enqueueRaw(const QString &accountId, const mime::Message &summary, const QByteArray &bytes,
                                     const QDateTime &now, QString *error);
    static constexpr qint64 InlineRawLimit = 1024 * 1024;
    // A raw message's bytes (see OutboxEntry::isRaw), or nullopt with a translated reason.
    std::optional<QByteArray> rawMessage(const OutboxEntry &entry, QString *why) const;
    // A message that went out without the outbox (the wizard's test email): logged as sent, in one write, so no
    // sender can ever pick it up. No attachments. nullopt when the write failed.
    std::optional<qint64> recordSent(const QString &accountId, mime::Message message, const QDateTime &sentAt,
                                     const QString &finalReply);
    std::optional<OutboxEntry> entry(qint64 id) const;
    // Newest first, without transcripts (entry() has them). Empty states: all. accountId: the messages it sends and
    // those its backup took over from it. search: in subject and recipients (case-insensitive).
    QList<OutboxEntry> entries(const QList<MessageState> &states = {}, const QString &accountId = {},
                               const QString &search = {}, int limit = 1000) const;
    // Queued and retrying messages due at `now`, oldest first.
    QList<OutboxEntry> due(const QString &accountId, const QDateTime &now, int limit = 1000) const;
    QStringList accountsWithDueMessages(const QDateTime &now) const;
    std::optional<QDateTime> nextAttempt() const; // the earliest queued or retrying time
    bool anySending() const; // rows marked "sending": in flight elsewhere, or left by a sender that is gone
    // Changes whenever another connection (another process) commits: cheap enough to poll.
    qint64 dataVersion() const;

    // Every write below returns false when it did not reach the disk: the caller must stop before the network.
    [[nodiscard]] bool save(const OutboxEntry &entry);
    // Queued or retrying -> sending, each row only if it still is queued or retrying and due: the ids actually
    // claimed (a row another process changed meanwhile is left out); nullopt when the write failed.
    [[nodiscard]] std::optional<QList<qint64>> claim(const QList<qint64> &ids, const QDateTime &now);
    [[nodiscard]] bool markDataStarted(qint64 id);
    // For the holder of the sender lock only, since whoever marked a row "sending" is then gone: a message caught
    // "sending" before its content went out is queued again (the server drops a transaction without its end);
    // one whose content had started becomes uncertain. nullopt when the write failed.
    [[nodiscard]] std::optional<int> recover(const QDateTime &now);
    // One committed update: the message `fromAccountId` could not send goes to the backup (entry.accountId, with
    // entry.originalAccountId = fromAccountId), queued and due at entry.nextAttemptAt, with entry's message (its
    // From as the backup sends it) and lastError. A raw message's rewritten bytes replace the stored ones in the
    // same commit (or go into a new file beside the first, synced before it). Only a message still queued, retrying
    // or sending for that account and never handed over before: false otherwise, or when the write failed.
    [[nodiscard]] bool handOver(const OutboxEntry &entry, const QString &fromAccountId,
                                const std::optional<QByteArray> &rewrittenRaw = std::nullopt);
    // Failed, retrying or uncertain -> queued and due now (a person asked for it).
    bool retry(qint64 id, const QDateTime &now);
    // The account's queued and retrying messages due now (its sign-in is back): their attempts are kept.
    [[nodiscard]] bool makeDueNow(const QString &accountId, const QDateTime &now);
    bool remove(qint64 id);

    struct Usage {
        int messages = 0;
        int recipients = 0;
        QDateTime oldest; // the earliest counted sending, when it frees up (+24 h)
    };
    Usage usageSince(const QString &accountId, const QDateTime &since) const;

    // A pause of one account's queue (a limit reply) and a person's choice to ignore the documented limits.
    void setPause(const QString &accountId, const QDateTime &until, const QString &reason);
    std::optional<std::pair<QDateTime, QString>> pause(const QString &accountId, const QDateTime &now) const;
    void setIgnoreLimits(const QString &accountId, bool ignore);
    bool ignoresLimits(const QString &accountId) const;
    // The largest message the account's server takes (its EHLO SIZE; 0: no limit), as the last connection learned
    // it; nullopt when no connection has told yet.
    void setServerSizeLimit(const QString &accountId, qint64 bytes);
    std::optional<qint64> serverSizeLimit(const QString &accountId) const;
    // Since when the account's server cannot be reached at all (refused, not found, no network, no answer): set
    // by the first such failure, cleared once a connection reaches it. nullopt while it is reachable.
    void noteUnreachable(const QString &accountId, const QDateTime &now);
    void noteReachable(const QString &accountId);
    std::optional<QDateTime> unreachableSince(const QString &accountId) const;
    // Addresses used before, for completion in the composer.
    QStringList knownAddresses() const;

    QString attachmentsFolder(qint64 id) const;
    QString lockPath() const; // the sender lock's file, beside the database: one sender per outbox
    QString lastError() const;

private:
    QSqlDatabase database() const;
    bool prepareSchema(QString *error);
    // Records why a write failed (before a rollback replaces the database's own error) and returns false.
    bool writeFailed(const QSqlQuery &query);
    bool writeFailed(const QString &why);

    QString m_connection;
    QString m_path;
    QString m_writeFailure;
};

} // namespace remitente::outbox
