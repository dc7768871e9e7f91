#pragma once

#include "diagnosis/SendingWarning.h"

namespace remitente::cli {

// Each warning on standard error, one line: "[ABOUT: ]warning (KIND): reason fix". The kind is stable for scripts;
// the words are translated and made safe for the terminal (they quote addresses and names from the message).
void printSendingWarnings(const QList<diagnosis::SendingWarning> &warnings, const QString &about = {});

} // namespace remitente::cli
