#pragma once

#include "DomainExpectations.h"
#include "DomainFinding.h"

#include "net/DnsAnswers.h"

#include <QList>

namespace remitente::diagnosis {

// What the MX, DMARC and DKIM answers for a domain mean. Pure: the answers come in as values (an empty error means
// the lookup worked, so an empty list is a real "no records"). SPF has its own judge (SpfJudge.h).

DomainFinding judgeMx(const QString &domain, const QList<net::MxRecord> &records, const QString &error);

QString dmarcRecordName(const QString &domain);
DomainFinding judgeDmarc(const QString &domain, const QList<QString> &texts, const QString &error);

// One DKIM selector's TXT lookup.
struct DkimLookup {
    QString name; // dkimRecordName(selector, domain)
    QList<QString> texts;
    QString error;
};
QString dkimRecordName(const QString &selector, const QString &domain);
// lookups: one per selector of expected.dkimSelectors, in the order they answered.
DomainFinding judgeDkim(const QList<DkimLookup> &lookups, const DomainExpectations &expected);

// A domain of the provider itself (gmail.com): nothing to check.
DomainFinding managedByProvider(const QString &domain, const QString &providerName);
// A check DNS did not answer before the deadline.
DomainFinding unansweredInTime(const QString &check);

} // namespace remitente::diagnosis
