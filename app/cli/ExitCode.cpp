#include "ExitCode.h"

namespace remitente::cli {

using smtp::ErrorKind;

ExitCode exitCodeFor(const smtp::SmtpError &error)
{
    switch (error.kind) {
    case ErrorKind::HostNotFound:
        return ExNoHost;
    case ErrorKind::ConnectionRefused:
    case ErrorKind::NetworkUnreachable:
        return error.transient ? ExTempFail : ExUnavailable;
    case ErrorKind::Timeout:
    case ErrorKind::ConnectionLost:
    case ErrorKind::Cancelled:
        return ExTempFail;
    case ErrorKind::LocalFailure:
        return ExIoErr;
    case ErrorKind::TlsHandshakeFailed:
    case ErrorKind::CertificateRejected:
    case ErrorKind::StartTlsNotOffered:
    case ErrorKind::ProtocolViolation:
    case ErrorKind::NoAuthOffered:
    case ErrorKind::NoSupportedAuthMechanism:
        return ExProtocol;
    case ErrorKind::PlaintextRefused:
        return ExUsage;
    case ErrorKind::MessageTooLarge:
    case ErrorKind::LineTooLong:
    case ErrorKind::SmtpUtf8Required:
    case ErrorKind::InvalidArgument:
        return ExDataErr;
    case ErrorKind::MessageUnreadable:
        return ExNoInput;
    case ErrorKind::NoRecipientAccepted:
    case ErrorKind::ServerRejected:
        if (error.transient)
            return ExTempFail;
        if (error.stage == smtp::Stage::Auth
            || (error.reply && error.reply->enhanced.klass == 5 && error.reply->enhanced.subject == 7))
            return ExNoPerm;
        return ExUnavailable;
    }
    return ExSoftware;
}

ExitCode exitCodeFor(const smtp::TransactionResult &result)
{
    switch (result.outcome) {
    case smtp::Outcome::Sent:
    case smtp::Outcome::Verified:
        return ExOk;
    case smtp::Outcome::Partial: {
        // Only put off (4xx: greylisting, a full mailbox, too many recipients at once): try those again later.
        bool onlyPutOff = true;
        for (const smtp::RecipientResult &recipient : result.recipients)
            onlyPutOff = onlyPutOff && (recipient.accepted || recipient.reply.isTransientFailure());
        return onlyPutOff ? ExTempFail : ExUnavailable;
    }
    case smtp::Outcome::Uncertain:
        return ExIoErr;
    case smtp::Outcome::Failed:
        return result.error ? exitCodeFor(*result.error) : ExSoftware;
    }
    return ExSoftware;
}

} // namespace remitente::cli
