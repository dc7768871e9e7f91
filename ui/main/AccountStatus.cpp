#include "AccountStatus.h"

#include <QLocale>

namespace remitente::ui {

QString messagesCouldNotBeSent(int count)
{
    return count == 1 ? AccountStatus::tr("1 message could not be sent")
                      : AccountStatus::tr("%n messages could not be sent", nullptr, count);
}

AccountStatus AccountStatus::of(const accounts::Account &account, const AppServices &services, const QDateTime &now)
{
    AccountStatus status;
    if (services.outboxStore) {
        status.ignoresLimits = services.outboxStore->ignoresLimits(account.id);
        status.failed = int(services.outboxStore->entries({outbox::MessageState::Failed}, account.id).size());
    }
    if (services.planner && services.planner->needsSignIn(account)) {
        status.kind = Kind::NeedsSignIn;
        status.words = tr("Needs attention: sign in again (its mail waits)");
    } else if (const auto paused = services.outboxStore ? services.outboxStore->pause(account.id, now) : std::nullopt) {
        status.kind = Kind::Paused;
        status.words = tr("Needs attention: sending paused until %1 (%2)")
                           .arg(QLocale().toString(paused->first.toLocalTime(), QLocale::ShortFormat), paused->second);
    } else if (status.failed > 0) {
        status.kind = Kind::MessagesFailed;
        status.words = tr("Needs attention: %1").arg(messagesCouldNotBeSent(status.failed));
    } else if (!account.verifiedAt.isValid()) {
        status.kind = Kind::NotChecked;
        status.words = tr("Needs attention: not checked yet");
    } else {
        status.kind = Kind::Verified;
        status.words
            = tr("Verified %1").arg(QLocale().toString(account.verifiedAt.toLocalTime(), QLocale::ShortFormat));
    }
    return status;
}

} // namespace remitente::ui
