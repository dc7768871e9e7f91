#pragma once

#include "OutboxEntry.h"

#include "accounts/Account.h"
#include "smtp/SmtpError.h"

#include <optional>

namespace remitente::outbox {

// A failure no reply of the server's explains: it could not be reached at all (the name not found, the
// connection refused, no network, no answer before its greeting). Another account's server may well be reachable.
bool serverUnreachable(const smtp::SmtpError &error);

// The From a backup account sends another account's message with: the one the person chose for that case (the
// original account's backupFrom), else the current From when the backup may send as it, else the backup's own address.
// The name is backupFrom's own, else the current From's.
mime::Mailbox fromForBackup(const accounts::Account &original, const accounts::Account &backup,
                            const mime::Mailbox &current);

// The message as the backup sends it: its From changed as fromForBackup says, with the original From as Reply-To
// when the message names none. A raw message's From is in its bytes (`raw`, the stored copy): `rewrittenRaw` is the
// copy with the From rewritten, for OutboxStore::handOver to store. nullopt, with why, when the message cannot be
// rewritten. Nothing is written anywhere.
struct BackupCopy {
    OutboxEntry entry;
    std::optional<QByteArray> rewrittenRaw;
};
std::optional<BackupCopy> rewrittenForBackup(const OutboxEntry &entry, const accounts::Account &original,
                                             const accounts::Account &backup, const std::optional<QByteArray> &raw,
                                             const QDateTime &now, QString *why);

} // namespace remitente::outbox
