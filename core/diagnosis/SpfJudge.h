#pragma once

#include "DnsRecords.h"
#include "DomainExpectations.h"
#include "DomainFinding.h"

#include <QHostAddress>
#include <QList>
#include <QSet>

namespace remitente::diagnosis {

inline constexpr int maxSpfLookups = 10; // RFC 7208 4.6.4

// What DNS said about a domain's SPF: its own TXT records and the tree of includes and redirects behind them.
struct SpfEvidence {
    QStringList records; // the SPF records at the domain itself (its TXT records that look like SPF)
    QString error;       // the domain's own TXT lookup failed; nothing else was asked
    // Gathered by walking the tree when the domain has exactly one record:
    int lookups = 0;                     // DNS lookups a receiver spends evaluating it (RFC 7208 4.6.4)
    QSet<QString> followed;              // include targets (lower case) and redirect targets fetched
    QStringList broken;                  // targets without exactly one SPF record
    QStringList listedRanges;            // ip4/ip6 values from every record
    QList<QHostAddress> listedAddresses; // what the a and mx terms of the domain's own record resolve to
    QList<QHostAddress> serverAddresses; // the SMTP host's (only when expected.judgesSpfByServerAddress())
};

DomainFinding judgeSpf(const SpfEvidence &evidence, const DomainExpectations &expected);

// Several SPF records as the one to publish instead: every term once, a single ~all at the end.
QString mergedSpfRecord(const QStringList &records);

// What one record of the walk points at: the include (lower case) and redirect targets to fetch next, and its
// ip4/ip6 ranges.
struct SpfReferences {
    QStringList targets;
    QStringList ranges;
};
SpfReferences spfReferences(const SpfRecord &record);

// The hosts a record's a terms and the domains its mx terms name ("a" alone means the domain itself).
struct SpfAddressTerms {
    QStringList hosts;
    QStringList mxDomains;
};
SpfAddressTerms spfAddressTerms(const SpfRecord &record, const QString &domain);

// Whether an address is one of `listed` or inside one of the ip4/ip6 `ranges` (a bare address is a /32 or /128).
bool spfListsAddress(const QHostAddress &address, const QStringList &ranges, const QList<QHostAddress> &listed);

} // namespace remitente::diagnosis
