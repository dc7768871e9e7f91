#include "ImapError.h"

namespace remitente::imap {

QString imapErrorKindName(ImapErrorKind kind)
{
    switch (kind) {
    case ImapErrorKind::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ImapErrorKind::HostNotFound:
        return QStringLiteral("host-not-found");
    case ImapErrorKind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case ImapErrorKind::NetworkUnreachable:
        return QStringLiteral("network-unreachable");
    case ImapErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ImapErrorKind::CertificateRejected:
        return QStringLiteral("certificate-rejected");
    case ImapErrorKind::TlsHandshakeFailed:
        return QStringLiteral("tls-handshake-failed");
    case ImapErrorKind::StartTlsNotOffered:
        return QStringLiteral("starttls-not-offered");
    case ImapErrorKind::PlaintextRefused:
        return QStringLiteral("plaintext-refused");
    case ImapErrorKind::NoSupportedAuthMechanism:
        return QStringLiteral("no-supported-auth-mechanism");
    case ImapErrorKind::WrongCredentials:
        return QStringLiteral("wrong-credentials");
    case ImapErrorKind::NoImapAccess:
        return QStringLiteral("no-imap-access");
    case ImapErrorKind::ServerUnavailable:
        return QStringLiteral("server-unavailable");
    case ImapErrorKind::ServerRejected:
        return QStringLiteral("server-rejected");
    case ImapErrorKind::ProtocolViolation:
        return QStringLiteral("protocol-violation");
    case ImapErrorKind::ConnectionLost:
        return QStringLiteral("connection-lost");
    case ImapErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace remitente::imap
