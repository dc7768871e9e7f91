#include "SendingWarningsFor.h"

#include "diagnosis/SendingWarnings.h"

namespace remitente::outbox {

QList<diagnosis::SendingWarning> sendingWarningsFor(const accounts::Account &account,
                                                    const providers::ProviderCatalogue &catalogue,
                                                    const OutboxStore *store, const mime::Message &message,
                                                    const QDateTime &now)
{
    diagnosis::SendingContext context;
    context.smtpHost = account.host;
    context.provider = catalogue.byId(account.providerId);
    context.catalogue = &catalogue;
    if (store) {
        const OutboxStore::Usage usage = store->usageSince(account.id, now.addDays(-1));
        context.messagesToday = usage.messages;
        context.recipientsToday = usage.recipients;
    }
    return diagnosis::sendingWarnings(context, message);
}

} // namespace remitente::outbox
