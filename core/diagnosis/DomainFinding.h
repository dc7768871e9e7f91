#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace remitente::diagnosis {

enum class Verdict { Pass, Warning, Fail, Managed };
QString verdictName(Verdict verdict); // "pass", "warning", "fail", "managed" (stable, for scripts)

// The result of one check on the sender's domain: what was found, what it means and, when something is missing
// or wrong, the exact record to publish.
struct DomainFinding {
    QString check; // "mx", "spf", "dkim", "dmarc", or "provider" for a domain the provider manages
    Verdict verdict = Verdict::Pass;
    QString summary;     // one line
    QStringList details; // why it matters and what to do
    QStringList found;   // the records as published
    QString recordName;  // what to add: a TXT record at recordName with recordValue
    QString recordValue;
};

} // namespace remitente::diagnosis

Q_DECLARE_METATYPE(remitente::diagnosis::DomainFinding)
