#pragma once

#include <QStringList>

namespace remitente::cli {

// `remitente-cli compose ... --output FILE`: writes the message a send would send, without sending it.
int runCompose(const QStringList &arguments);

} // namespace remitente::cli
