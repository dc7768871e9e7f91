#pragma once

#include <QByteArray>
#include <QString>

namespace remitente::system {

// Writes a new private file (0600) and returns only once it and its name are on the disk (the file and its folder
// synced), so whatever is committed after it can count on it surviving a crash or a power cut. The folder must
// exist. False, with the system's words in `why`, when any step failed (nothing is left half-written under `path`).
bool writeDurably(const QString &path, const QByteArray &bytes, QString *why);

// Puts a folder's entries on the disk (a file or folder just made in it). POSIX fsync(2) of the folder; nothing to
// do on Windows.
bool syncFolder(const QString &folder, QString *why);

} // namespace remitente::system
