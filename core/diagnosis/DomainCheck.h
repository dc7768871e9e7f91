#pragma once

#include "DomainExpectations.h"
#include "DomainFinding.h"
#include "SpfJudge.h"

#include "net/DnsResolver.h"
#include "providers/ProviderCatalogue.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace remitente::diagnosis {

// Checks SPF, DKIM, DMARC and MX for the sender's domain with the local resolver only: no address or domain is
// sent anywhere but to DNS. Answers once, through finished(), in the order mx, spf, dkim, dmarc. It only gathers
// the answers; what they mean is decided by the judges (DomainJudges.h, SpfJudge.h).
class DomainCheck : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QString domain;
        QString providerId; // whose servers send the mail (decides the SPF include and DKIM selectors)
        QString smtpHost;   // for hosting: the server whose address the SPF record should list
    };

    DomainCheck(net::DnsResolver &resolver, const providers::ProviderCatalogue &catalogue, QObject *parent = nullptr);
    void start(const Request &request);
    void setDeadline(int milliseconds) { m_deadline.setInterval(milliseconds); }

Q_SIGNALS:
    void finished(const QList<remitente::diagnosis::DomainFinding> &findings);

private:
    enum Slot { MxSlot, SpfSlot, DkimSlot, DmarcSlot, SlotCount };

    void checkMx();
    void checkDmarc();
    void checkDkim();
    void fetchSpf(const QString &domain, bool top);
    void spfFetched(const QString &domain, bool top, const QList<QString> &texts, const QString &error);
    void resolveSpfAddresses();
    void spfGathered();
    void done(Slot slot, DomainFinding finding);
    void giveUp();
    template<typename T>
    net::DnsResolver::Callback<T> guarded(std::function<void(const QList<T> &, const QString &)> body);

    net::DnsResolver &m_resolver;
    const providers::ProviderCatalogue &m_catalogue;
    DomainExpectations m_expected;
    QList<std::optional<DomainFinding>> m_findings;
    QTimer m_deadline;
    int m_generation = 0;

    struct SpfWalk {
        SpfEvidence evidence;
        std::optional<SpfRecord> top; // the domain's own record, when it has exactly one
        int outstanding = 0;
    } m_spf;
};

} // namespace remitente::diagnosis
