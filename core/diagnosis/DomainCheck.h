#pragma once

#include "DnsRecords.h"
#include "net/DnsResolver.h"
#include "providers/ProviderCatalogue.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace remitente::diagnosis {

enum class Verdict { Pass, Warning, Fail, Managed };
QString verdictName(Verdict verdict); // "pass", "warning", "fail", "managed" (stable, for scripts)

// The result of one check on the sender's domain: what was found, what it means and, when something is missing
// or wrong, the exact record to publish.
struct DomainFinding {
    QString check; // "mx", "spf", "dkim", "dmarc", or "provider" for a domain the provider manages
    Verdict verdict = Verdict::Pass;
    QString summary;      // one line
    QStringList details;  // why it matters and what to do
    QStringList found;    // the records as published
    QString recordName;   // what to add: a TXT record at recordName with recordValue
    QString recordValue;
};

// Checks SPF, DKIM, DMARC and MX for the sender's domain with the local resolver only: no address or domain is
// sent anywhere but to DNS. Answers once, through finished(), in the order mx, spf, dkim, dmarc.
class DomainCheck : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QString domain;
        QString providerId; // whose servers send the mail (decides the SPF include and DKIM selectors)
        QString smtpHost;   // for hosting: the server whose address the SPF record should list
    };

    DomainCheck(net::DnsResolver &resolver, const providers::ProviderCatalogue &catalogue,
                QObject *parent = nullptr);
    void start(const Request &request);
    void setDeadline(int milliseconds) { m_deadline.setInterval(milliseconds); }

Q_SIGNALS:
    void finished(const QList<remitente::diagnosis::DomainFinding> &findings);

private:
    enum Slot { MxSlot, SpfSlot, DkimSlot, DmarcSlot, SlotCount };

    void checkMx();
    void checkDmarc();
    void checkDkim(const QStringList &selectors, const QString &providerName);
    void fetchSpf(const QString &domain, bool top);
    void spfFetched(const QString &domain, bool top, const QList<QString> &texts, const QString &error);
    void resolveSpfAddresses();
    void judgeSpf();
    void done(Slot slot, DomainFinding finding);
    void giveUp();
    template<typename T>
    net::DnsResolver::Callback<T> guarded(std::function<void(const QList<T> &, const QString &)> body);

    net::DnsResolver &m_resolver;
    const providers::ProviderCatalogue &m_catalogue;
    Request m_request;
    const providers::Provider *m_provider = nullptr;
    QList<std::optional<DomainFinding>> m_findings;
    QTimer m_deadline;
    int m_generation = 0;

    struct SpfWalk {
        QStringList topTexts;
        std::optional<SpfRecord> top;
        QString topError;
        int lookups = 0;
        int outstanding = 0;
        QSet<QString> visited;   // include and redirect targets fetched
        QStringList broken;      // targets without exactly one SPF record
        QList<SpfRecord> records;
        QList<QHostAddress> serverAddresses;  // the SMTP host's
        QList<QHostAddress> listedAddresses;  // from a and mx terms of the top record
        QStringList listedRanges;             // ip4/ip6 values from every record
    } m_spf;
};

} // namespace remitente::diagnosis

Q_DECLARE_METATYPE(remitente::diagnosis::DomainFinding)
