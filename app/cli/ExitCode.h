#pragma once

#include "smtp/Transaction.h"

namespace remitente::cli {

// sysexits(3) codes, so scripts and MTAs (sendmail-style callers) can tell a bad address from a network hiccup.
enum ExitCode : int {
    ExOk = 0,
    ExUsage = 64,       // bad command line
    ExDataErr = 65,     // the message or an address cannot be sent as it is
    ExNoInput = 66,     // a message file cannot be read
    ExNoHost = 68,      // the server name does not resolve
    ExUnavailable = 69, // refused for good: connection refused, 5xx, some recipients refused
    ExSoftware = 70,
    ExIoErr = 74,    // uncertain: connection lost after the end of the message; do not resend blindly
    ExTempFail = 75, // try again later: 4xx, timeout, lost connection before the end of the message
    ExProtocol = 76, // TLS or SMTP protocol trouble: certificate, no STARTTLS, malformed replies
    ExNoPerm = 77,   // sign-in refused, or the server does not allow this sender
    ExConfig = 78,   // the account list (accounts.json) cannot be read, as a whole or in part
};

ExitCode exitCodeFor(const smtp::SmtpError &error);
ExitCode exitCodeFor(const smtp::TransactionResult &result);

} // namespace remitente::cli
