#pragma once

#include "OutboxRun.h"

#include "mime/Message.h"

#include <QObject>

#include <memory>
#include <optional>

namespace remitente::cli {

// `send --queue`: the message goes into the outbox first, then is sent from there; exits with the message's state.
class QueuedSend : public QObject
{
    Q_OBJECT
public:
    // later: only stored, for `queue run` or the app. An exit code when done at once; nullopt while sending.
    std::optional<int> start(const QString &accountId, const mime::Message &message,
                             const QList<QSslCertificate> &extraCa, bool json, bool later);

private:
    std::unique_ptr<OutboxRun> m_outbox;
};

} // namespace remitente::cli
