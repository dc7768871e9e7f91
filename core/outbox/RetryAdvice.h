#pragma once

#include "OutboxEntry.h"

namespace remitente::outbox {

// Whether sending the very same message again can work. Not when the server refused this message for good (too
// big, its recipients, its content): only a changed message can go then, so the app offers "Edit and send again"
// instead of "Retry now".
bool retryCanHelp(const OutboxEntry &entry);

} // namespace remitente::outbox
