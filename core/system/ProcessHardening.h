#pragma once

namespace remitente::system {

// For the processes that hold secrets (the app and remitente-cli), called first thing in main():
// - files and folders they create are private (umask 077: 0600 files, 0700 folders) whatever the caller's umask;
// - no core dump, which would hold the password or token in clear (Linux: not dumpable, RLIMIT_CORE 0; elsewhere
//   RLIMIT_CORE 0 where there is one).
void hardenProcess();

} // namespace remitente::system
