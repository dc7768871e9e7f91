#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace remitente::diagnosis {

// One SPF term (RFC 7208 4.6.1): a mechanism with its qualifier, e.g. "~all", "include:_spf.google.com".
struct SpfMechanism {
    QChar qualifier = u'+'; // + pass, - fail, ~ softfail, ? neutral
    QString name;           // all, include, a, mx, ptr, ip4, ip6, exists (lower case)
    QString value;          // what follows ':' or '/' (a domain, an address with its prefix)
};

struct SpfRecord {
    QList<SpfMechanism> mechanisms;
    QString redirect;     // redirect= modifier
    QStringList problems; // terms that are not SPF (the record is then a permanent error for receivers)

    static bool looksLikeSpf(const QString &text); // "v=spf1" then a space or the end
    static SpfRecord parse(const QString &text);   // pure; never fails, reports problems
    // Terms that cost a DNS lookup when a receiver evaluates the record (include, a, mx, ptr, exists, redirect).
    int lookupCost() const;
    const SpfMechanism *all() const;
    // The record with one more mechanism before its "all" (or at the end).
    QString withMechanism(const QString &record, const QString &mechanism) const;
};

// DMARC (RFC 7489 6.3): tag=value pairs after "v=DMARC1".
struct DmarcRecord {
    QMap<QString, QString> tags; // lower-case tag names
    bool valid = false;          // starts with v=DMARC1 and has a known p=

    static bool looksLikeDmarc(const QString &text);
    static DmarcRecord parse(const QString &text);
    QString policy() const { return tags.value(QStringLiteral("p")); }
};

// A DKIM key record (RFC 6376 3.6.1): has a key unless p= is empty (revoked).
struct DkimKey {
    bool present = false;                                     // the record has a p= tag
    bool revoked = false;                                     // p= is empty
    static std::optional<DkimKey> parse(const QString &text); // nullopt when it is not a DKIM key record
};

} // namespace remitente::diagnosis
