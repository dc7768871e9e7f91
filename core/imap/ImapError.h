#pragma once

#include "smtp/TlsFailure.h"
#include "smtp/sasl/OAuthChallenge.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace remitente::imap {

enum class ImapErrorKind {
    InvalidArgument, // nothing usable to send (no host, a secret with line breaks, ...)
    HostNotFound,
    ConnectionRefused,
    NetworkUnreachable,
    Timeout,
    CertificateRejected, // tls says why
    TlsHandshakeFailed,
    StartTlsNotOffered,
    PlaintextRefused,         // a password or token would have gone without TLS
    NoSupportedAuthMechanism, // e.g. a token and a server without XOAUTH2 / OAUTHBEARER
    WrongCredentials,         // the user name, password or token was refused
    NoImapAccess,             // signed in, but this account may not use IMAP (disabled, no permission)
    ServerUnavailable,        // the server is busy or down for now
    ServerRejected,           // NO or BAD to a command after sign-in
    ProtocolViolation,
    ConnectionLost,
    Cancelled,
};

QString imapErrorKindName(ImapErrorKind kind); // stable lower-case names for JSON: "wrong-credentials", ...

// Why an IMAP session ended early, in words a person can act on. Never holds a secret.
struct ImapError {
    ImapErrorKind kind = ImapErrorKind::ProtocolViolation;
    QString message;                           // plain words (translated)
    QString serverText;                        // what the server said, untrusted: show as plain text
    bool transient = false;                    // worth trying again later
    std::optional<smtp::TlsFailure> tls;       // CertificateRejected, TlsHandshakeFailed
    std::optional<smtp::OAuthChallenge> oauth; // a refused token's error challenge
};

} // namespace remitente::imap

Q_DECLARE_METATYPE(remitente::imap::ImapError)
