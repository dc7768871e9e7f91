#pragma once

#include <QByteArray>

namespace remitente::oauth {

// Proof Key for Code Exchange (RFC 7636) with the S256 method: the verifier stays here, the challenge goes into the
// authorize URL, and the token endpoint only hands out tokens to whoever shows the verifier.
struct Pkce {
    QByteArray verifier;  // 43 characters of base64url: a secret until the code is exchanged
    QByteArray challenge; // base64url(SHA-256(verifier)), no padding

    static Pkce generate();
    static Pkce fromVerifier(const QByteArray &verifier);
};

// byteCount bytes from the system's cryptographic random source as base64url without padding (for PKCE verifiers
// and `state`).
QByteArray randomBase64Url(qsizetype byteCount);

} // namespace remitente::oauth
