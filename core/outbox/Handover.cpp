#include "Handover.h"

#include "mime/AddressParser.h"
#include "relay/Submission.h"

#include <QCoreApplication>

namespace remitente::outbox {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::outbox::Handover)
};
} // namespace

bool serverUnreachable(const smtp::SmtpError &error)
{
    switch (error.kind) {
    case smtp::ErrorKind::HostNotFound:
    case smtp::ErrorKind::ConnectionRefused:
    case smtp::ErrorKind::NetworkUnreachable:
        return true;
    case smtp::ErrorKind::Timeout:
        // Silent before it greeted: as good as not there. A timeout later means the server did answer.
        return error.stage == smtp::Stage::Resolve || error.stage == smtp::Stage::Connect
            || error.stage == smtp::Stage::Tls || error.stage == smtp::Stage::Greeting;
    default:
        return false;
    }
}

mime::Mailbox fromForBackup(const accounts::Account &original, const accounts::Account &backup,
                            const mime::Mailbox &current)
{
    const QList<mime::Mailbox> chosen = mime::parseMailbox(original.backupFrom).mailboxes;
    if (chosen.size() == 1)
        return {chosen.first().name.isEmpty() ? current.name : chosen.first().name, chosen.first().address};
    if (backup.maySendAs(current.address))
        return current;
    return {current.name.isEmpty() ? backup.displayName : current.name, backup.address};
}

std::optional<BackupCopy> rewrittenForBackup(const OutboxEntry &entry, const accounts::Account &original,
                                             const accounts::Account &backup, const std::optional<QByteArray> &raw,
                                             const QDateTime &now, QString *why)
{
    BackupCopy copy{entry, std::nullopt};
    OutboxEntry &out = copy.entry;
    const mime::Mailbox current = entry.message.from;
    const mime::Mailbox from = fromForBackup(original, backup, current);
    if (from.address.compare(current.address, Qt::CaseInsensitive) == 0)
        return copy; // the backup sends it as it is
    out.message.from = from;
    if (out.message.replyTo.isEmpty())
        out.message.replyTo = {current};
    if (!entry.isRaw())
        return copy;
    if (!raw) {
        *why = Text::tr("The outbox's copy of this message cannot be read.");
        return std::nullopt;
    }
    relay::SubmissionRules rules;
    rules.accountAddress = from.address;
    rules.displayName = from.name;
    rules.rewriteForeignFrom = true;
    const auto prepared = relay::prepareSubmission(*raw, entry.message.envelopeRecipients(), false, rules, now);
    if (const auto *refusal = std::get_if<relay::SubmissionRefusal>(&prepared)) {
        *why = refusal->message;
        return std::nullopt;
    }
    copy.rewrittenRaw = std::get<relay::Submission>(prepared).message;
    return copy;
}

} // namespace remitente::outbox
