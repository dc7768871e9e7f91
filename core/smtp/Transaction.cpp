#include "Transaction.h"

namespace remitente::smtp {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Sent:
        return QStringLiteral("sent");
    case Outcome::Partial:
        return QStringLiteral("partial");
    case Outcome::Verified:
        return QStringLiteral("verified");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

QStringList TransactionResult::refusedRecipients() const
{
    QStringList refused;
    for (const RecipientResult &recipient : recipients) {
        if (!recipient.accepted)
            refused.append(recipient.address);
    }
    return refused;
}

} // namespace remitente::smtp
