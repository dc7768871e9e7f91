#include "Handover.h"

#include "mime/AddressParser.h"
#include "relay/Submission.h"
#include "system/DurableFile.h"

#include <QCoreApplication>
#include <QFile>

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

std::optional<OutboxEntry> rewrittenForBackup(const OutboxEntry &entry, const accounts::Account &original,
                                              const accounts::Account &backup, const QString &folder,
                                              const QDateTime &now, QString *why)
{
    OutboxEntry out = entry;
    const mime::Mailbox current = entry.message.from;
    const mime::Mailbox from = fromForBackup(original, backup, current);
    if (from.address.compare(current.address, Qt::CaseInsensitive) == 0)
        return out; // the backup sends it as it is
    out.message.from = from;
    if (!entry.isRaw()) {
        if (out.message.replyTo.isEmpty())
            out.message.replyTo = {current};
        return out;
    }
    QFile file(entry.rawMessagePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = Text::tr("The outbox's copy of this message cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    relay::SubmissionRules rules;
    rules.accountAddress = from.address;
    rules.displayName = from.name;
    rules.rewriteForeignFrom = true;
    const auto prepared = relay::prepareSubmission(bytes, entry.message.envelopeRecipients(), false, rules, now);
    if (const auto *refusal = std::get_if<relay::SubmissionRefusal>(&prepared)) {
        *why = refusal->message;
        return std::nullopt;
    }
    // Beside the original, which stays as it was until the row points here: a crash in between leaves the message
    // with its first account, and this file is written again at the next handover.
    const QString path = folder + QStringLiteral("/message-backup.eml");
    if (entry.rawMessagePath == path) {
        *why = Text::tr("This message was already handed over to a backup account.");
        return std::nullopt;
    }
    if (!system::writeDurably(path, std::get<relay::Submission>(prepared).message, why))
        return std::nullopt;
    out.rawMessagePath = path;
    if (out.message.replyTo.isEmpty())
        out.message.replyTo = {current};
    return out;
}

} // namespace remitente::outbox
