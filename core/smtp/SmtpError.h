#pragma once

#include "Reply.h"
#include "Stage.h"
#include "TlsFailure.h"
#include "sasl/Credentials.h"
#include "sasl/OAuthChallenge.h"

#include <optional>

namespace remitente::smtp {

enum class ErrorKind {
    HostNotFound, // DNS said the name does not exist, or lookup failed
    ConnectionRefused,
    NetworkUnreachable,
    Timeout,
    ConnectionLost,
    TlsHandshakeFailed,  // no common protocol/cipher, or the peer is not speaking TLS
    CertificateRejected, // see SmtpError::tls
    StartTlsNotOffered,
    PlaintextRefused,  // plain TCP to a host that is not loopback, or AUTH without TLS
    ServerRejected,    // a 4xx/5xx reply; see SmtpError::reply
    ProtocolViolation, // a malformed, oversized or unexpected reply
    NoAuthOffered,
    NoSupportedAuthMechanism,
    MessageTooLarge,  // over the server's SIZE, refused before sending
    LineTooLong,      // a message line over 998 octets
    SmtpUtf8Required, // a non-ASCII address and a server without SMTPUTF8
    InvalidArgument,  // an address or name with CR/LF/NUL, an empty envelope
    MessageUnreadable,
    NoRecipientAccepted,
    Cancelled,
    LocalFailure, // this computer stopped it: e.g. the outbox could not record that the content started
};

QString errorKindName(ErrorKind kind); // stable lower-case names for JSON

struct SmtpError {
    Stage stage = Stage::Connect;
    ErrorKind kind = ErrorKind::ProtocolViolation;
    std::optional<Reply> reply; // the server's own words, when a reply caused the error
    bool transient = false;     // trying again later may work (4xx, timeouts, lost connections)
    QString message;            // one specific sentence, translated
    std::optional<TlsFailure> tls;
    std::optional<CredentialKind> credentials; // how the session signs in, when it was given credentials
    std::optional<OAuthChallenge> oauth;       // the server's error challenge when it refused a token
};

} // namespace remitente::smtp
