#pragma once

#include <QString>
#include <QStringList>

namespace remitente::providers {
struct Provider;
}

namespace remitente::diagnosis {

// What the sender's provider leads us to expect of a domain's records: plain values for the judges.
struct DomainExpectations {
    QString domain;                   // lower case, no trailing dot
    QString smtpHost;                 // the server that sends the mail (for hosting: its address should be in SPF)
    QString providerName;             // empty when the provider is unknown
    QStringList spfIncludes;          // include: targets that authorise the provider's servers, best first
    bool spfIncludesVerified = false; // a missing include fails (verified) or only warns (from setup guides)
    QStringList dkimSelectors;        // where to look for DKIM keys
    QString dkimSignerName;           // the provider whose own selectors these are; empty for the usual names

    // Without a provider include, SPF is judged by whether the record lists the SMTP server's address.
    bool judgesSpfByServerAddress() const { return spfIncludes.isEmpty() && !smtpHost.isEmpty(); }

    static DomainExpectations of(const QString &domain, const QString &smtpHost, const providers::Provider *provider);
};

} // namespace remitente::diagnosis
