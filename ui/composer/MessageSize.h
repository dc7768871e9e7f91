#pragma once

#include "mime/Message.h"

#include <QCoreApplication>

namespace remitente::ui {

// The one size people see for a message: as it goes out, attachments base64-encoded (a third bigger than the
// files). That is what a server's limit counts, and what its refusal would name.
class MessageSize
{
    Q_DECLARE_TR_FUNCTIONS(remitente::ui::MessageSize)
public:
    static qint64 encoded(mime::Message message);
    static QString text(qint64 bytes);      // "54.1 MB": sizes as providers state their limits
    static QString explained(qint64 bytes); // "about 54.1 MB once encoded for sending"
};

} // namespace remitente::ui
