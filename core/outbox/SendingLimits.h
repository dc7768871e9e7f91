#pragma once

#include "OutboxStore.h"
#include "providers/ProviderCatalogue.h"

namespace remitente::outbox {

// An account's rolling 24-hour sending against its provider's documented limits (messages and recipients per
// day): fine, a warning from 80%, or a hold at 100% that says why and when it frees up.
struct LimitStatus {
    enum class Level { Ok, Warning, Hold };
    Level level = Level::Ok;
    QString reason;    // translated: which limit, and how much would be used with the next message
    QDateTime freesAt; // for a hold: when the oldest counted message leaves the 24-hour window
};

LimitStatus checkLimits(const providers::Provider *provider, const OutboxStore::Usage &usage, int nextRecipients,
                        bool ignoreLimits);

} // namespace remitente::outbox
