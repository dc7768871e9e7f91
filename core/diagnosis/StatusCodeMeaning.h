#pragma once

#include "smtp/Reply.h"

#include <QString>

namespace remitente::diagnosis {

// RFC 3463 (and RFC 4954's additions) in plain words: "The recipient's mailbox is full." Empty for an invalid code.
// Falls back to the subject's meaning when the detail is unknown.
QString statusCodeMeaning(const smtp::EnhancedStatusCode &code);

} // namespace remitente::diagnosis
