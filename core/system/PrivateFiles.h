#pragma once

#include <QString>

namespace remitente::system {

// Mail, drafts and settings are nobody else's business: folders 0700 and files 0600 (owner only), whatever the
// process umask, also when an older version left them readable.

// Creates the folder (and its parents) when missing and makes it 0700. False when that fails.
bool makePrivateFolder(const QString &path);

// Makes an existing file 0600 (owner read and write only).
bool makePrivateFile(const QString &path);

} // namespace remitente::system
