#pragma once

#include "AppServices.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace remitente::ui {

// What an account's row says, read from the outbox as it is now (never remembered from an earlier event): the
// first thing that needs the person, or that it is ready. In words, with an icon beside them; never colour alone.
struct AccountStatus {
    Q_DECLARE_TR_FUNCTIONS(remitente::ui::AccountStatus)
public:
    enum class Kind { Verified, NotChecked, NeedsSignIn, Paused, MessagesFailed };

    Kind kind = Kind::NotChecked;
    QString words;  // "Verified 28/11/26 10:00", "Needs attention: sign in again (its mail waits)", ...
    int failed = 0; // messages that could not be sent
    bool ignoresLimits = false;

    bool needsAttention() const { return kind != Kind::Verified; }
    static AccountStatus of(const accounts::Account &account, const AppServices &services, const QDateTime &now);
};

// "1 message could not be sent" / "3 messages could not be sent": reads right in English without a translation file;
// translators give every plural form of the second.
QString messagesCouldNotBeSent(int count);

} // namespace remitente::ui
