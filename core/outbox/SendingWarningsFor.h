#pragma once

#include "OutboxStore.h"

#include "accounts/Account.h"
#include "diagnosis/SendingWarning.h"
#include "providers/ProviderCatalogue.h"

namespace remitente::outbox {

// The warnings for a message the account is about to send (diagnosis::sendingWarnings), judged with the account's
// server and catalogue entry and, when an outbox is at hand, what the account sent in the 24 hours before `now`.
// The composer, `send`, the relay and sendmail all ask here, so they say the same.
QList<diagnosis::SendingWarning> sendingWarningsFor(const accounts::Account &account,
                                                    const providers::ProviderCatalogue &catalogue,
                                                    const OutboxStore *store, const mime::Message &message,
                                                    const QDateTime &now);

} // namespace remitente::outbox
