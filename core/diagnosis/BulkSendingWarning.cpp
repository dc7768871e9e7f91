#include "BulkSendingWarning.h"

#include "providers/ProviderCatalogue.h"

#include <QCoreApplication>

namespace remitente::diagnosis {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::diagnosis::SendingWarnings)
};
} // namespace

std::optional<SendingWarning> bulkSendingWarning(const SendingContext &context, const mime::Message &message)
{
    if (!context.provider)
        return std::nullopt;
    for (const auto &[name, limit] : context.provider->limits) {
        qint64 reached = 0;
        QString what;
        if (name == u"recipientsPerDay") {
            reached = context.recipientsToday + message.envelopeRecipients().size();
            what = Text::tr("With this message the account reaches %1 of the %2 recipients a day %3 allows.");
        } else if (name == u"messagesPerDay") {
            reached = context.messagesToday + 1;
            what = Text::tr("With this message the account reaches %1 of the %2 messages a day %3 allows.");
        } else {
            continue;
        }
        if (limit.value <= 0 || reached * 10 < limit.value * 8)
            continue;
        const QString reason = what.arg(reached).arg(limit.value).arg(context.provider->displayName()) + u' '
            + Text::tr("That is the volume of a mailing list: personal mailboxes are not made for it, receivers "
                       "junk mail that looks like bulk without a way to unsubscribe, and the account's messages "
                       "are held once the limit is reached.");
        QString fix = Text::tr("Send newsletters and lists through a sending service (Amazon SES, Brevo, Mailgun, "
                               "Postmark): it has the volume and handles bounces and unsubscribes.");
        if (!message.listUnsubscribe)
            fix += u' '
                + Text::tr("If this message is a newsletter, mark it as one, so it carries a one-click "
                           "unsubscribe.");
        return SendingWarning{QStringLiteral("bulk"), reason, fix};
    }
    return std::nullopt;
}

} // namespace remitente::diagnosis
