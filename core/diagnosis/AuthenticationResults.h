#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace remitente::diagnosis {

// One "ptype.property=value" of a result, e.g. header.d=example.es, smtp.mailfrom=ana@example.es.
struct AuthResultProperty {
    QString ptype;    // "smtp", "header", "body", "policy" (lower-case)
    QString property; // "mailfrom", "d", "i", "from", "helo", ... (lower-case)
    QString value;
    bool operator==(const AuthResultProperty &) const = default;
};

// One method's verdict: "dkim=pass header.d=example.es".
struct AuthMethodResult {
    QString method; // "spf", "dkim", "dmarc", "arc", "compauth", ... (lower-case)
    QString result; // "pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", ... (lower-case)
    QString reason; // reason="..." when given
    QList<AuthResultProperty> properties;

    QString property(const char *ptype, const char *property) const; // empty when absent
    // The domain the verdict is about: DKIM's header.d (or header.i's domain), SPF's smtp.mailfrom domain (or
    // smtp.helo), DMARC's header.from; empty when none is given.
    QString domain() const;
    bool operator==(const AuthMethodResult &) const = default;
};

// An Authentication-Results header field (RFC 8601), or the body of an ARC-Authentication-Results (its "i=N;"
// instance tag is skipped).
struct AuthenticationResults {
    QString authservId; // who checked, e.g. "mx.google.com"; empty where the field leaves it out (Microsoft)
    QList<AuthMethodResult> results;

    // The first result of this method ("spf", "dkim", ...), if any.
    const AuthMethodResult *find(const char *method) const;
    bool operator==(const AuthenticationResults &) const = default;
};

// Caps: longer fields are read up to the cap; more results or properties than these are dropped.
inline constexpr qsizetype MaxAuthResultsBytes = 16 * 1024;
inline constexpr int MaxAuthResults = 64;
inline constexpr int MaxAuthResultProperties = 16;
inline constexpr qsizetype MaxAuthResultValue = 256;

// Reads an unfolded field value. Comments "(...)" are skipped, quoted strings unquoted. nullopt when it holds
// neither an authserv-id nor a result. Untrusted input: every string is bounded and has its control characters removed.
std::optional<AuthenticationResults> parseAuthenticationResults(QByteArrayView value);

} // namespace remitente::diagnosis
