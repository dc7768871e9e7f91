#include "DomainCheck.h"

#include "DomainJudges.h"

#include "mime/Mailbox.h"

#include <QPointer>

namespace remitente::diagnosis {

namespace {
constexpr int maxSpfFetches = 30; // our own bound on a walk through includes

QString lowerDomain(QString domain)
{
    domain = domain.trimmed().toLower();
    if (domain.endsWith(u'.'))
        domain.chop(1);
    if (domain.contains(u'@'))
        domain = mime::domainOf(domain);
    return domain;
}
} // namespace

DomainCheck::DomainCheck(net::DnsResolver &resolver, const providers::ProviderCatalogue &catalogue, QObject *parent)
    : QObject(parent), m_resolver(resolver), m_catalogue(catalogue)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(20000);
    connect(&m_deadline, &QTimer::timeout, this, &DomainCheck::giveUp);
}

template<typename T>
net::DnsResolver::Callback<T> DomainCheck::guarded(std::function<void(const QList<T> &, const QString &)> body)
{
    // Answers that come after the check ended (or after this object is gone) are dropped.
    return [self = QPointer<DomainCheck>(this), generation = m_generation, body](const QList<T> &records,
                                                                                 const QString &error) {
        if (self && self->m_generation == generation)
            body(records, error);
    };
}

void DomainCheck::start(const Request &request)
{
    ++m_generation;
    const QString domain = lowerDomain(request.domain);
    m_expected = DomainExpectations::of(domain, request.smtpHost, m_catalogue.byId(request.providerId));
    m_findings = QList<std::optional<DomainFinding>>(SlotCount);
    m_spf = {};

    if (const providers::Provider *owner = m_catalogue.byDomain(domain)) {
        const DomainFinding managed = managedByProvider(domain, owner->name);
        QTimer::singleShot(0, this, [this, managed, generation = m_generation] {
            if (generation == m_generation)
                Q_EMIT finished({managed});
        });
        return;
    }
    m_deadline.start();
    checkMx();
    fetchSpf(domain, true);
    checkDkim();
    checkDmarc();
}

void DomainCheck::done(Slot slot, DomainFinding finding)
{
    if (m_findings.at(slot))
        return;
    m_findings[slot] = std::move(finding);
    QList<DomainFinding> all;
    for (const std::optional<DomainFinding> &each : std::as_const(m_findings)) {
        if (!each)
            return;
        all.append(*each);
    }
    m_deadline.stop();
    ++m_generation;
    Q_EMIT finished(all);
}

void DomainCheck::giveUp()
{
    static const char *const names[] = {"mx", "spf", "dkim", "dmarc"};
    const int generation = m_generation;
    for (int slot = 0; slot < SlotCount && generation == m_generation; ++slot) {
        if (!m_findings.at(slot))
            done(Slot(slot), unansweredInTime(QString::fromLatin1(names[slot])));
    }
}

void DomainCheck::checkMx()
{
    m_resolver.lookupMx(m_expected.domain,
                        guarded<net::MxRecord>([this](const QList<net::MxRecord> &records, const QString &error) {
                            done(MxSlot, judgeMx(m_expected.domain, records, error));
                        }));
}

void DomainCheck::checkDmarc()
{
    m_resolver.lookupTxt(dmarcRecordName(m_expected.domain),
                         guarded<QString>([this](const QList<QString> &texts, const QString &error) {
                             done(DmarcSlot, judgeDmarc(m_expected.domain, texts, error));
                         }));
}

void DomainCheck::checkDkim()
{
    auto lookups = std::make_shared<QList<DkimLookup>>();
    for (const QString &selector : std::as_const(m_expected.dkimSelectors)) {
        const QString name = dkimRecordName(selector, m_expected.domain);
        m_resolver.lookupTxt(name,
                             guarded<QString>([this, lookups, name](const QList<QString> &texts, const QString &error) {
                                 lookups->append({name, texts, error});
                                 if (lookups->size() == m_expected.dkimSelectors.size())
                                     done(DkimSlot, judgeDkim(*lookups, m_expected));
                             }));
    }
}

void DomainCheck::fetchSpf(const QString &domain, bool top)
{
    ++m_spf.outstanding;
    m_resolver.lookupTxt(domain,
                         guarded<QString>([this, domain, top](const QList<QString> &texts, const QString &error) {
                             spfFetched(domain, top, texts, error);
                         }));
}

void DomainCheck::spfFetched(const QString &domain, bool top, const QList<QString> &texts, const QString &error)
{
    --m_spf.outstanding;
    SpfEvidence &evidence = m_spf.evidence;
    QStringList spf;
    for (const QString &text : texts) {
        if (SpfRecord::looksLikeSpf(text))
            spf.append(text);
    }
    if (top) {
        evidence.records = spf;
        evidence.error = error;
        if (spf.size() != 1 || !error.isEmpty()) {
            spfGathered();
            return;
        }
    } else if (spf.size() != 1) {
        evidence.broken.append(domain);
    }
    if (spf.size() == 1) {
        const SpfRecord record = SpfRecord::parse(spf.first());
        if (top)
            m_spf.top = record;
        evidence.lookups += record.lookupCost();
        const SpfReferences references = spfReferences(record);
        evidence.listedRanges += references.ranges;
        for (const QString &target : references.targets) {
            if (evidence.followed.contains(target) || evidence.followed.size() >= maxSpfFetches)
                continue;
            evidence.followed.insert(target);
            fetchSpf(target, false);
        }
    }
    if (m_spf.outstanding == 0)
        resolveSpfAddresses();
}

void DomainCheck::resolveSpfAddresses()
{
    if (!m_expected.judgesSpfByServerAddress() || !m_spf.top) {
        spfGathered();
        return;
    }
    const SpfAddressTerms terms = spfAddressTerms(*m_spf.top, m_expected.domain);
    auto left = std::make_shared<int>(1 + int(terms.hosts.size() + terms.mxDomains.size()));
    auto finishOne = [this, left] {
        if (--*left == 0)
            spfGathered();
    };
    m_resolver.lookupAddresses(
        m_expected.smtpHost,
        guarded<QHostAddress>([this, finishOne](const QList<QHostAddress> &addresses, const QString &) {
            m_spf.evidence.serverAddresses = addresses;
            finishOne();
        }));
    auto addListed = [this, finishOne](const QList<QHostAddress> &addresses, const QString &) {
        m_spf.evidence.listedAddresses += addresses;
        finishOne();
    };
    for (const QString &host : terms.hosts)
        m_resolver.lookupAddresses(host, guarded<QHostAddress>(addListed));
    for (const QString &domain : terms.mxDomains) {
        m_resolver.lookupMx(domain,
                            guarded<net::MxRecord>([this, left, addListed,
                                                    finishOne](const QList<net::MxRecord> &records, const QString &) {
                                *left += int(records.size());
                                for (const net::MxRecord &record : records)
                                    m_resolver.lookupAddresses(record.exchange, guarded<QHostAddress>(addListed));
                                finishOne();
                            }));
    }
}

void DomainCheck::spfGathered()
{
    done(SpfSlot, judgeSpf(m_spf.evidence, m_expected));
}

} // namespace remitente::diagnosis
