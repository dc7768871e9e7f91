#pragma once

#include "mime/Message.h"
#include "smtp/MessageSource.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace remitente::cli {

// The messages `send` hands to the session, with the names its report gives them.
struct MessageBatch {
    QList<std::shared_ptr<smtp::MessageSource>> sources;
    QStringList names; // the file; "-" for standard input; empty for a message built from its parts
};

// Opens each message file, refusing one that cannot be read (EX_NOINPUT) or has a line longer than servers accept
// (EX_DATAERR): an exit code after printing why. fromStdin: the one file is the copy of standard input.
std::optional<int> addMessageFiles(const QStringList &files, bool fromStdin, MessageBatch &batch);

// The message built from --subject, --body, ...: an exit code (EX_DATAERR) after printing why it cannot be written.
std::optional<int> addComposedMessage(const mime::Message &message, MessageBatch &batch);

} // namespace remitente::cli
