#pragma once

#include <QByteArray>
#include <QString>

namespace remitente::oauth {

// What the browser brought back to the loopback listener (RFC 6749 4.1.2 and 4.1.2.1, RFC 9207's `iss`).
struct RedirectParameters {
    enum class Kind {
        NotForUs,  // another path (/favicon.ico), or "/" with neither code nor error: answered 404, keep listening
        Answer,    // "/" with a code or an error
        Malformed, // "/" with a repeated parameter, bad percent-encoding, text that is not UTF-8, or too long
    };
    Kind kind = Kind::NotForUs;
    QString code; // a secret until exchanged
    QString state;
    QString iss;
    QString error;
    QString errorDescription; // the provider's words: untrusted, shown only as quoted text

    bool isError() const { return !error.isEmpty(); }
};

// Reads an HTTP request target ("/?code=...&state=..." or the absolute form "http://127.0.0.1:port/?...") as an
// application/x-www-form-urlencoded query ('+' is a space). Pure and bounded (targets over 8 KiB are Malformed).
RedirectParameters parseRedirectTarget(const QByteArray &requestTarget);

} // namespace remitente::oauth
