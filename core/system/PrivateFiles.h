#pragma once

#include <QString>

namespace remitente::system {

// Mail, drafts and settings are nobody else's business: folders 0700 and files 0600 (owner only), whatever the
// process umask, also when an older version left them readable.

// Creates the folder and every missing parent 0700 (as the XDG base directory specification asks) and makes the
// folder itself 0700 when it is ours and not a shared one (sticky, like /tmp). False, with the system's words in
// `why` when given, when it cannot be created.
bool makePrivateFolder(const QString &path, QString *why = nullptr);

// Makes an existing file 0600 (owner read and write only).
bool makePrivateFile(const QString &path);

} // namespace remitente::system
