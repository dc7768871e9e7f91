#include "SmtpError.h"

namespace remitente::smtp {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::HostNotFound:
        return QStringLiteral("host-not-found");
    case ErrorKind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case ErrorKind::NetworkUnreachable:
        return QStringLiteral("network-unreachable");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::ConnectionLost:
        return QStringLiteral("connection-lost");
    case ErrorKind::TlsHandshakeFailed:
        return QStringLiteral("tls-handshake-failed");
    case ErrorKind::CertificateRejected:
        return QStringLiteral("certificate-rejected");
    case ErrorKind::StartTlsNotOffered:
        return QStringLiteral("starttls-not-offered");
    case ErrorKind::PlaintextRefused:
        return QStringLiteral("plaintext-refused");
    case ErrorKind::ServerRejected:
        return QStringLiteral("server-rejected");
    case ErrorKind::ProtocolViolation:
        return QStringLiteral("protocol-violation");
    case ErrorKind::NoAuthOffered:
        return QStringLiteral("no-auth-offered");
    case ErrorKind::NoSupportedAuthMechanism:
        return QStringLiteral("no-supported-auth-mechanism");
    case ErrorKind::MessageTooLarge:
        return QStringLiteral("message-too-large");
    case ErrorKind::LineTooLong:
        return QStringLiteral("line-too-long");
    case ErrorKind::SmtpUtf8Required:
        return QStringLiteral("smtputf8-required");
    case ErrorKind::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorKind::MessageUnreadable:
        return QStringLiteral("message-unreadable");
    case ErrorKind::NoRecipientAccepted:
        return QStringLiteral("no-recipient-accepted");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::LocalFailure:
        return QStringLiteral("local-failure");
    }
    return {};
}

} // namespace remitente::smtp
