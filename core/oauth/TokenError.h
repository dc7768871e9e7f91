#pragma once

#include <QList>
#include <QString>

namespace remitente::oauth {

// Why no tokens came back, sorted by what the caller does next.
enum class TokenErrorKind {
    NeedsSignIn,          // invalid_grant (and OpenID's interaction_required...): hold the mail, ask to sign in again
    AccessDenied,         // the person (or their organisation) said no at the provider
    InvalidClient,        // the provider refuses this application or request: its registration or settings are wrong
    AuthorizationPending, // device flow: not signed in on the other device yet (keep polling)
    SlowDown,             // device flow: poll 5 s less often (keep polling)
    Expired,              // device flow: the user code expired before it was used
    Network,              // no connection, TLS or certificate failure
    Server,               // 5xx, server_error, temporarily_unavailable, or an answer that is not JSON
    Timeout,              // no answer in time (or nobody came back from the browser in time)
    WrongState,           // the redirect's `state` is not the one this flow sent
    Malformed,            // an answer that breaks the protocol (missing fields, not Bearer, too large)
    Cancelled,            // the caller cancelled
    Rejected,             // an error code this client does not know; the provider's description says more
};

// A stable name for logs, transcripts and the command line ("needs-sign-in", "access-denied", ...).
QString tokenErrorKindName(TokenErrorKind kind);

struct TokenError {
    TokenErrorKind kind = TokenErrorKind::Malformed;
    QString code;             // RFC 6749's `error`, as the provider sent it (empty when it sent none)
    QString description;      // `error_description`: the provider's words, untrusted, control characters removed
    QList<qint64> errorCodes; // Microsoft's `error_codes` (the AADSTS numbers)
    int httpStatus = 0;       // 0 when no HTTP answer came
    QString detail;           // what happened on this side (a network error, "too large"), already translated

    // For a person: what happened and what to do, with the provider's description quoted when there is one.
    // Never contains a token or a code.
    QString message() const;
    // A failure found on this side (a timeout, a wrong state, a cancel), with no answer from the provider.
    static TokenError local(TokenErrorKind kind, const QString &detail)
    {
        TokenError error;
        error.kind = kind;
        error.detail = detail;
        return error;
    }
};

// RFC 6749 5.2 / RFC 8628 3.5 / OpenID error codes from a token endpoint, by what they mean for the caller.
TokenErrorKind classifyTokenError(const QString &code);
// Error codes in an authorization redirect (RFC 6749 4.1.2.1): everything but the provider's own trouble and a
// broken registration means the person did not sign in.
TokenErrorKind classifyRedirectError(const QString &code);

// Untrusted text from the provider made safe to show: control characters replaced by spaces, at most 300 characters.
QString cleanProviderText(const QString &text);

} // namespace remitente::oauth
