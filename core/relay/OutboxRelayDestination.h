#pragma once

#include "RelaySession.h"

#include "accounts/AccountStore.h"
#include "diagnosis/SendingWarning.h"
#include "outbox/OutboxStore.h"
#include "providers/ProviderCatalogue.h"

#include <functional>

namespace remitente::relay {

// The relay's messages go into the outbox of the client's account (its own, or the default one: the first in the
// list), checked against what that account may send: its address and aliases as sender (or rewritten, when the
// person chose so) and its server's SIZE as the largest message. A message is committed (fsync'd) before the
// relay says 250, and queued() then tells the sender to look.
class OutboxRelayDestination : public RelayDestination
{
public:
    OutboxRelayDestination(
        outbox::OutboxStore &store, const accounts::AccountStore &accounts,
        std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); });

    qint64 maxMessageBytes(const RelayClient &client) const override;
    std::optional<CommandRefusal> checkSender(const RelayClient &client, const QString &from) override;
    std::variant<QByteArray, CommandRefusal> commit(const RelayClient &client, const QString &from,
                                                    const QStringList &recipients, const QByteArray &message) override;

    std::function<void(qint64 id)> queued;
    // With a catalogue: what would get the queued message junked (outbox::sendingWarningsFor), for the relay's
    // output. Advice only: the message is queued all the same.
    const providers::ProviderCatalogue *catalogue = nullptr;
    std::function<void(qint64 id, const QList<diagnosis::SendingWarning> &warnings)> warned;
    QString defaultAccountId; // for relay users that name no account; empty: the accounts' default

private:
    std::optional<accounts::Account> accountFor(const RelayClient &client) const;

    outbox::OutboxStore &m_store;
    const accounts::AccountStore &m_accounts;
    std::function<QDateTime()> m_clock;
};

// SMTP replies are ASCII: translated words lose their accents ("está" -> "esta") and anything else that is not.
QByteArray asciiReplyText(const QString &text);

} // namespace remitente::relay
