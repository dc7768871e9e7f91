#pragma once

#include "SendingWarning.h"

#include "mime/Message.h"

namespace remitente::diagnosis {

// Every warning for a message sent in this context, in the order a person should deal with them: who it claims to
// be from, who sees whom, how many at once, how many today. Pure.
QList<SendingWarning> sendingWarnings(const SendingContext &context, const mime::Message &message);

} // namespace remitente::diagnosis
