#include "OutboxRelayDestination.h"

#include "Submission.h"

#include "outbox/SendingWarningsFor.h"

#include <QCoreApplication>

#include <limits>

namespace remitente::relay {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::relay::OutboxRelayDestination)
};

CommandRefusal refusalFor(const SubmissionRefusal &refusal)
{
    switch (refusal.kind) {
    case SubmissionRefusal::Kind::ForeignFrom:
        return {553, "5.7.1", asciiReplyText(refusal.message)};
    case SubmissionRefusal::Kind::TooLarge:
        return {552, "5.3.4", asciiReplyText(refusal.message)};
    case SubmissionRefusal::Kind::NoRecipients:
        return {554, "5.5.1", asciiReplyText(refusal.message)};
    case SubmissionRefusal::Kind::Unreadable:
        break;
    }
    return {554, "5.6.0", asciiReplyText(refusal.message)};
}
} // namespace

QByteArray asciiReplyText(const QString &text)
{
    QByteArray out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            out += char(c.unicode());
        else if (c.isSpace())
            out += ' ';
    }
    return out.simplified().left(900);
}

OutboxRelayDestination::OutboxRelayDestination(outbox::OutboxStore &store, const accounts::AccountStore &accounts,
                                               std::function<QDateTime()> clock)
    : m_store(store), m_accounts(accounts), m_clock(std::move(clock))
{
}

std::optional<accounts::Account> OutboxRelayDestination::accountFor(const RelayClient &client) const
{
    if (!client.accountId.isEmpty())
        return m_accounts.find(client.accountId);
    if (!defaultAccountId.isEmpty())
        return m_accounts.find(defaultAccountId);
    return m_accounts.defaultAccount();
}

qint64 OutboxRelayDestination::maxMessageBytes(const RelayClient &client) const
{
    const std::optional<accounts::Account> account = accountFor(client);
    if (!account)
        return std::numeric_limits<qint64>::max();
    // What the outbox's last connection learned is newer than what the last check saved in the account.
    const qint64 limit = m_store.serverSizeLimit(account->id).value_or(account->serverSizeLimit);
    return limit > 0 ? limit : std::numeric_limits<qint64>::max();
}

std::optional<CommandRefusal> OutboxRelayDestination::checkSender(const RelayClient &client, const QString &from)
{
    const std::optional<accounts::Account> account = accountFor(client);
    if (!account)
        return CommandRefusal{451, "4.3.0",
                              asciiReplyText(Text::tr("The account for %1 is not set up in Remitente (any more): "
                                                      "set it up, or give the program another relay user.")
                                                 .arg(client.name))};
    if (from.isEmpty())
        return CommandRefusal{553, "5.7.1",
                              asciiReplyText(Text::tr("Remitente does not send bounces (an empty sender): give the "
                                                      "program a sender address, %1.")
                                                 .arg(account->address))};
    if (account->maySendAs(from) || account->rewriteForeignFrom)
        return std::nullopt;
    return CommandRefusal{
        553, "5.7.1",
        asciiReplyText(Text::tr("This account sends as %1, not %2: receivers would take the message for a forgery. "
                                "Set the program's sender address to %1, or add %2 to the account's addresses in "
                                "Remitente if it is yours.")
                           .arg(account->address, from))};
}

std::variant<QByteArray, CommandRefusal> OutboxRelayDestination::commit(const RelayClient &client, const QString &from,
                                                                        const QStringList &recipients,
                                                                        const QByteArray &message)
{
    Q_UNUSED(from); // checked at MAIL; the envelope sent is the message's own From (the account or an alias)
    const std::optional<accounts::Account> account = accountFor(client);
    if (!account)
        return CommandRefusal{451, "4.3.0", "The account is not set up in Remitente (any more)"};
    SubmissionRules rules;
    rules.accountAddress = account->address;
    rules.displayName = account->displayName;
    rules.aliases = account->aliases;
    rules.rewriteForeignFrom = account->rewriteForeignFrom;
    const qint64 limit = maxMessageBytes(client);
    rules.maxBytes = limit == std::numeric_limits<qint64>::max() ? 0 : limit;
    const QDateTime now = m_clock();
    const std::variant<Submission, SubmissionRefusal> prepared
        = prepareSubmission(message, recipients, false, rules, now);
    if (const auto *refusal = std::get_if<SubmissionRefusal>(&prepared))
        return refusalFor(*refusal);
    const Submission &submission = std::get<Submission>(prepared);
    QString error;
    const std::optional<qint64> id
        = m_store.enqueueRaw(account->id, submission.summary, submission.message, now, &error);
    if (!id) // nothing was committed: the program keeps the message and tries again later
        return CommandRefusal{452, "4.3.1", asciiReplyText(error)};
    if (catalogue && warned) {
        const QList<diagnosis::SendingWarning> warnings
            = outbox::sendingWarningsFor(*account, *catalogue, &m_store, submission.asWritten(), now);
        if (!warnings.isEmpty())
            warned(*id, warnings);
    }
    if (queued)
        queued(*id);
    return "Queued as " + QByteArray::number(*id) + ", to be sent from " + asciiReplyText(account->address);
}

} // namespace remitente::relay
