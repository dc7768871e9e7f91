#include "SendingWarnings.h"

#include "BulkSendingWarning.h"
#include "RecipientWarnings.h"
#include "SenderDomainWarning.h"

namespace remitente::diagnosis {

QList<SendingWarning> sendingWarnings(const SendingContext &context, const mime::Message &message)
{
    QList<SendingWarning> warnings;
    for (const std::optional<SendingWarning> &warning :
         {senderDomainWarning(context, message.from.address), visibleRecipientsWarning(message),
          recipientsPerMessageWarning(context, message), bulkSendingWarning(context, message)}) {
        if (warning)
            warnings.append(*warning);
    }
    return warnings;
}

} // namespace remitente::diagnosis
