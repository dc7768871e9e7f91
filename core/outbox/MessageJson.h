#pragma once

#include "mime/Message.h"

#include <QJsonObject>

namespace remitente::outbox {

// A message as stored in the outbox and in drafts: every field, with its date and Message-ID fixed, so a retry
// sends the very same message.
QJsonObject messageToJson(const mime::Message &message);
mime::Message messageFromJson(const QJsonObject &object);

} // namespace remitente::outbox
