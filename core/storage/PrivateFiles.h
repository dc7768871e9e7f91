#pragma once

#include <QString>

namespace remitente::storage {

// Mail, drafts and settings are nobody else's business: folders 0700 and files 0600 (owner only), whatever the
// process umask, also when an older version left them readable.
bool makePrivateFolder(const QString &path); // creates it (and its parents) when missing
bool makePrivateFile(const QString &path);   // an existing file
// A regular file (not a folder, a device, a FIFO or a socket) that can be read: "" when it is, else why not.
QString readableRegularFileProblem(const QString &path);

} // namespace remitente::storage
