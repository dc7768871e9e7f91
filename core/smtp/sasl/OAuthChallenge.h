#pragma once

#include <QByteArrayView>
#include <QString>

namespace remitente::smtp {

// What a server said when it refused an OAuth2 token: the JSON of its error challenge, a 334 after the initial
// response (RFC 7628 3.2.2; Google's XOAUTH2), e.g. {"status":"401","schemes":"bearer","scope":"..."}. It holds
// no secret. Untrusted text: every field is bounded and has its control characters escaped.
struct OAuthChallenge {
    QString status;  // "401", "400", "invalid_token", "insufficient_scope", ... as the server wrote it; may be empty
    QString schemes; // "bearer"
    QString scope;   // the scope the server wanted
    QString text;    // the challenge as decoded, for the transcript and the diagnosis

    bool operator==(const OAuthChallenge &) const = default;
};

// Larger challenges are not read as JSON (the text keeps their start).
inline constexpr qsizetype MaxOAuthChallengeBytes = 4 * 1024;

// Reads a decoded challenge. Garbage, a non-object or an oversized one gives empty fields and a text that says
// what came, bounded.
OAuthChallenge parseOAuthChallenge(QByteArrayView decoded);

} // namespace remitente::smtp
