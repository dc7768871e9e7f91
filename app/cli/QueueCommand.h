#pragma once

#include "OutboxRun.h"

#include <QObject>

#include <optional>

namespace remitente::cli {

// `remitente-cli queue list|retry|remove|run`: the outbox and sent log the app uses.
class QueueCommand : public QObject
{
    Q_OBJECT
public:
    std::optional<int> start(const QStringList &arguments);

private:
    OutboxRun m_outbox;
};

} // namespace remitente::cli
