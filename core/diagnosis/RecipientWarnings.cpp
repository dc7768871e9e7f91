#include "RecipientWarnings.h"

#include "providers/ProviderCatalogue.h"

#include <QCoreApplication>
#include <QSet>

namespace remitente::diagnosis {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::diagnosis::SendingWarnings)
};
} // namespace

std::optional<SendingWarning> visibleRecipientsWarning(const mime::Message &message)
{
    const QString ownDomain = mime::domainOf(message.from.address).toLower();
    QSet<QString> outside;
    for (const QList<mime::Mailbox> *list : {&message.to, &message.cc}) {
        for (const mime::Mailbox &mailbox : *list) {
            if (mime::domainOf(mailbox.address).toLower() != ownDomain)
                outside.insert(mailbox.address.toLower());
        }
    }
    if (outside.size() <= MaxVisibleRecipients)
        return std::nullopt;
    return SendingWarning{
        QStringLiteral("visible-recipients"),
        Text::tr("%1 recipients outside %2 are in To and Cc, so each of them sees all the others' addresses: "
                 "receivers take that for a mailing sent by hand, and it hands out people's addresses without "
                 "asking them.")
            .arg(outside.size())
            .arg(ownDomain),
        Text::tr("Put them in Bcc (with your own address in To), or send each person a message of their own.")};
}

std::optional<SendingWarning> recipientsPerMessageWarning(const SendingContext &context, const mime::Message &message)
{
    if (!context.provider)
        return std::nullopt;
    const qsizetype count = message.envelopeRecipients().size();
    for (const auto &[name, limit] : context.provider->limits) {
        if (name != u"recipientsPerMessage" || limit.value <= 0 || count <= limit.value)
            continue;
        const QString most = limit.verified
            ? Text::tr("at most %1").arg(limit.value)
            : Text::tr("about %1 at most (not confirmed by %2)").arg(limit.value).arg(context.provider->displayName());
        return SendingWarning{
            QStringLiteral("recipients-per-message"),
            Text::tr("The message has %1 recipients and %2 takes %3 in one message: the server will refuse it "
                     "(\"too many recipients\") or send it to only some of them.")
                .arg(count)
                .arg(context.provider->displayName(), most),
            Text::tr("Split it into messages of at most %1 recipients each, or send lists through a sending "
                     "service (Amazon SES, Brevo, Mailgun, Postmark).")
                .arg(limit.value)};
    }
    return std::nullopt;
}

} // namespace remitente::diagnosis
