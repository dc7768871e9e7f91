#pragma once

#include <QString>

namespace remitente::system {

// Files to delete if the process is interrupted (SIGINT, SIGTERM, SIGHUP) before it removes them itself, such
// as the private copy of a message read from standard input. The handler only calls unlink() and then dies of the
// same signal with the default action, so the shell sees the conventional status (130 for Ctrl-C, 143 for
// SIGTERM). A handful of files at a time; paths longer than PATH_MAX are not registered (false).
bool removeOnSignal(const QString &path);
// The file was removed (or kept) normally: forget it.
void forgetOnSignal(const QString &path);

} // namespace remitente::system
