#include "RetryAdvice.h"

#include "diagnosis/Diagnoser.h"

#include <QRegularExpression>

namespace remitente::outbox {

bool retryCanHelp(const OutboxEntry &entry)
{
    if (entry.state != MessageState::Failed)
        return true;
    if (entry.diagnosisId.isEmpty())
        return true; // no diagnosis to go by: trying costs nothing
    if (const diagnosis::DiagnosisEntry *known = diagnosis::Diagnoser::builtIn().catalogue().byId(entry.diagnosisId)) {
        static const QStringList aboutThisMessage
            = {QStringLiteral("size"), QStringLiteral("recipients"), QStringLiteral("message")};
        return known->transient || !aboutThisMessage.contains(known->category);
    }
    // A reply the catalogue does not know, by its RFC 3463 code: permanent (5) and about the addresses (1), a
    // mailbox (2), the size the mail system takes (3) or the content (6).
    static const QRegularExpression aboutTheMessage(QStringLiteral("^reply-5\\.[1236]\\."));
    return !aboutTheMessage.match(entry.diagnosisId).hasMatch();
}

} // namespace remitente::outbox
