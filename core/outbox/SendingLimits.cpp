#include "SendingLimits.h"

#include <QCoreApplication>

namespace remitente::outbox {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::outbox::SendingLimits)
};
} // namespace

LimitStatus checkLimits(const providers::Provider *provider, const OutboxStore::Usage &usage, int nextRecipients,
                        bool ignoreLimits)
{
    LimitStatus status;
    if (!provider || ignoreLimits)
        return status;
    for (const auto &[name, limit] : provider->limits) {
        int used = 0;
        int adding = 0;
        QString what;
        if (name == u"messagesPerDay") {
            used = usage.messages;
            adding = 1;
            what = Text::tr("%1 of %2 messages in 24 hours (%3's limit)");
        } else if (name == u"recipientsPerDay") {
            used = usage.recipients;
            adding = nextRecipients;
            what = Text::tr("%1 of %2 recipients in 24 hours (%3's limit)");
        } else {
            continue;
        }
        const QString reason = what.arg(used + adding).arg(limit.value).arg(provider->name);
        if (used + adding > limit.value) {
            status.level = LimitStatus::Level::Hold;
            status.reason = reason;
            status.freesAt = usage.oldest.isValid() ? usage.oldest.addDays(1) : QDateTime();
            return status;
        }
        if (used + adding >= limit.value * 8 / 10 && status.level == LimitStatus::Level::Ok) {
            status.level = LimitStatus::Level::Warning;
            status.reason = reason;
        }
    }
    return status;
}

} // namespace remitente::outbox
