#pragma once

#include "SendingWarning.h"

#include "mime/Message.h"

#include <optional>

namespace remitente::diagnosis {

// "bulk": with this message the account reaches 80% or more of a daily limit its provider documents (messages or
// recipients in 24 hours): the volume of a mailing list, which belongs on a sending service.
std::optional<SendingWarning> bulkSendingWarning(const SendingContext &context, const mime::Message &message);

} // namespace remitente::diagnosis
