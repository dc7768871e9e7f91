#pragma once

#include "SendingWarning.h"

#include "mime/Message.h"

#include <optional>

namespace remitente::diagnosis {

// More than this many addresses outside the sender's own domain in To and Cc look like a list sent by hand.
constexpr int MaxVisibleRecipients = 10;

// "visible-recipients": many people outside the sender's domain in To/Cc, where each sees all the others.
std::optional<SendingWarning> visibleRecipientsWarning(const mime::Message &message);
// "recipients-per-message": more recipients than the provider takes in one message (its recipientsPerMessage).
std::optional<SendingWarning> recipientsPerMessageWarning(const SendingContext &context, const mime::Message &message);

} // namespace remitente::diagnosis
