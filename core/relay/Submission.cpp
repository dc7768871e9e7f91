#include "Submission.h"

#include "mime/AddressParser.h"
#include "mime/HeaderDecoding.h"
#include "mime/HeaderEncoding.h"
#include "mime/Message.h"

#include <QCoreApplication>

#include <optional>

namespace remitente::relay {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::relay::Submission)
};

constexpr qsizetype MaxHeaderBytes = 1024 * 1024;
constexpr int MaxHeaderFields = 1000;

struct Field {
    QByteArray name;  // as written
    QByteArray lines; // the whole field, folded lines included, each ending in CRLF
    QString value() const
    {
        const qsizetype colon = lines.indexOf(':');
        QByteArray unfolded = lines.mid(colon + 1);
        unfolded.replace("\r\n", "");
        return QString::fromUtf8(unfolded).trimmed();
    }
    bool is(const char *other) const { return name.compare(other, Qt::CaseInsensitive) == 0; }
};

QByteArray toCrlf(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 50);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n') {
            out += "\r\n";
            ++i;
        } else if (c == '\n' || c == '\r') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

QList<mime::Mailbox> mailboxesIn(const QList<Field> &fields, const char *name)
{
    QList<mime::Mailbox> mailboxes;
    for (const Field &field : fields) {
        if (!field.is(name))
            continue;
        for (mime::Mailbox mailbox : mime::parseAddressList(field.value()).mailboxes) {
            mailbox.name = mime::decodeHeaderText(mailbox.name.toUtf8(), 200);
            mailboxes.append(mailbox);
        }
    }
    return mailboxes;
}

QStringList addressesIn(const QList<Field> &fields, const char *name)
{
    QStringList addresses;
    for (const mime::Mailbox &mailbox : mailboxesIn(fields, name))
        addresses.append(mailbox.address);
    return addresses;
}

// Each recipient once, under the header that names it (To before Cc), the others as Bcc.
void sortRecipients(const QStringList &recipients, const QList<Field> &fields, mime::Message &summary)
{
    const QList<mime::Mailbox> to = mailboxesIn(fields, "To");
    const QList<mime::Mailbox> cc = mailboxesIn(fields, "Cc");
    auto named = [](const QList<mime::Mailbox> &list, const QString &address) -> std::optional<mime::Mailbox> {
        for (const mime::Mailbox &mailbox : list) {
            if (mailbox.address.compare(address, Qt::CaseInsensitive) == 0)
                return mime::Mailbox{mailbox.name, address};
        }
        return std::nullopt;
    };
    for (const QString &address : recipients) {
        if (const auto mailbox = named(to, address))
            summary.to.append(*mailbox);
        else if (const auto mailbox = named(cc, address))
            summary.cc.append(*mailbox);
        else
            summary.bcc.append({QString(), address});
    }
}

QByteArray firstValue(const QList<Field> &fields, const char *name)
{
    for (const Field &field : fields) {
        if (field.is(name)) {
            QByteArray unfolded = field.lines.mid(field.lines.indexOf(':') + 1);
            unfolded.replace("\r\n", "");
            return unfolded.trimmed();
        }
    }
    return {};
}
} // namespace

std::variant<Submission, SubmissionRefusal> prepareSubmission(const QByteArray &original,
                                                              const QStringList &givenRecipients,
                                                              bool recipientsFromHeaders, const SubmissionRules &rules,
                                                              const QDateTime &now)
{
    const QByteArray message = toCrlf(original);
    qsizetype bodyStart = message.indexOf("\r\n\r\n");
    const QByteArray head = bodyStart < 0 ? message + "\r\n" : message.left(bodyStart + 2);
    const QByteArray body = bodyStart < 0 ? QByteArray() : message.mid(bodyStart + 4);
    if (head.size() > MaxHeaderBytes)
        return SubmissionRefusal{SubmissionRefusal::Kind::Unreadable,
                                 Text::tr("The message's header is larger than 1 MB; no mail program writes that.")};

    QList<Field> fields;
    for (const QByteArray &line : head.split('\n')) {
        if (line.isEmpty())
            continue;
        const QByteArray withEnd = line + '\n';
        if ((line.startsWith(' ') || line.startsWith('\t')) && !fields.isEmpty()) {
            fields.last().lines += withEnd;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).contains(' '))
            return SubmissionRefusal{SubmissionRefusal::Kind::Unreadable,
                                     Text::tr("The message does not start with mail headers (\"Name: value\" lines "
                                              "before an empty line).")};
        fields.append({line.left(colon), withEnd});
        if (fields.size() > MaxHeaderFields)
            return SubmissionRefusal{SubmissionRefusal::Kind::Unreadable,
                                     Text::tr("The message has more than %1 header lines.").arg(MaxHeaderFields)};
    }

    Submission submission;
    submission.envelopeFrom = rules.accountAddress;
    submission.recipients = givenRecipients;
    if (recipientsFromHeaders) {
        for (const char *name : {"To", "Cc", "Bcc"})
            submission.recipients += addressesIn(fields, name);
    }
    submission.recipients.removeDuplicates();
    if (submission.recipients.isEmpty())
        return SubmissionRefusal{SubmissionRefusal::Kind::NoRecipients,
                                 Text::tr("The message has no recipients: give them as arguments, or use -t to read "
                                          "them from its To, Cc and Bcc headers.")};

    QStringList own = rules.aliases;
    own.prepend(rules.accountAddress);
    const mime::Mailbox account{rules.displayName, rules.accountAddress};
    mime::Mailbox sender = account;
    QList<Field> kept;
    bool hasFrom = false, hasDate = false, hasMessageId = false, hasReplyTo = false;
    for (const Field &field : std::as_const(fields)) {
        if (field.is("Bcc"))
            continue; // never written where recipients can read it
        hasDate = hasDate || field.is("Date");
        hasMessageId = hasMessageId || field.is("Message-ID");
        hasReplyTo = hasReplyTo || field.is("Reply-To");
        if (!field.is("From")) {
            kept.append(field);
            continue;
        }
        hasFrom = true;
        const QList<mime::Mailbox> from = mime::parseAddressList(field.value()).mailboxes;
        const bool ours = from.size() == 1 && own.contains(from.first().address, Qt::CaseInsensitive);
        if (ours) {
            sender = from.first();
            sender.name = mime::decodeHeaderText(sender.name.toUtf8(), 200);
            kept.append(field);
            continue;
        }
        const QString shown = from.isEmpty() ? field.value().left(200) : from.first().address;
        if (!rules.rewriteForeignFrom)
            return SubmissionRefusal{
                SubmissionRefusal::Kind::ForeignFrom,
                Text::tr("The message says it is from %1, but this account sends as %2: receivers would take it for "
                         "a forgery (their DMARC check fails) and junk or refuse it. Set the program's sender "
                         "address to %2, add %1 to the account's addresses if it is yours, or let Remitente put the "
                         "account's address in From (replies still go to %1).")
                    .arg(shown, rules.accountAddress)};
        kept.append({"From", mime::addressHeader("From", {account})});
        if (!hasReplyTo && !from.isEmpty()) {
            kept.append({"Reply-To", mime::addressHeader("Reply-To", from)});
            hasReplyTo = true;
        }
    }
    QByteArray out;
    if (!hasFrom)
        out += mime::addressHeader("From", {account});
    if (!hasDate)
        out += mime::plainHeader("Date", mime::rfc5322Date(now));
    QByteArray messageId = mime::newMessageId(rules.accountAddress);
    if (!hasMessageId)
        out += mime::plainHeader("Message-ID", '<' + messageId + '>');
    else
        messageId = firstValue(fields, "Message-ID").replace('<', "").replace('>', "").left(250);
    for (const Field &field : std::as_const(kept))
        out += field.lines.endsWith("\r\n") ? field.lines : field.lines + "\r\n";
    out += "\r\n" + body;
    if (rules.maxBytes > 0 && out.size() > rules.maxBytes)
        return SubmissionRefusal{SubmissionRefusal::Kind::TooLarge,
                                 Text::tr("The message is %1 MB and the account's server takes at most %2 MB: make "
                                          "the attachments smaller or send a link.")
                                     .arg(QString::number(double(out.size()) / 1e6, 'f', 1),
                                          QString::number(double(rules.maxBytes) / 1e6, 'f', 1))};
    submission.message = out;
    submission.envelopeFrom = sender.address;
    submission.summary.from = sender;
    submission.summary.subject = mime::decodeHeaderText(firstValue(fields, "Subject"));
    submission.summary.date = now;
    submission.summary.messageId = messageId;
    sortRecipients(submission.recipients, fields, submission.summary);
    submission.headerTo = mailboxesIn(fields, "To");
    submission.headerCc = mailboxesIn(fields, "Cc");
    return submission;
}

mime::Message Submission::asWritten() const
{
    mime::Message written = summary;
    written.to = headerTo;
    written.cc = headerCc;
    written.bcc.clear();
    for (const QString &address : recipients)
        written.bcc.append({QString(), address});
    return written;
}

} // namespace remitente::relay
