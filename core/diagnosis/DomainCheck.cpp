#include "DomainCheck.h"

#include "mime/Mailbox.h"

#include <QPointer>

namespace remitente::diagnosis {

namespace {
constexpr int maxSpfLookups = 10; // RFC 7208 4.6.4
constexpr int maxSpfFetches = 30; // our own bound on a walk through includes

const QStringList defaultDkimSelectors = {QStringLiteral("default"), QStringLiteral("dkim"), QStringLiteral("mail"),
                                          QStringLiteral("selector1"), QStringLiteral("selector2"),
                                          QStringLiteral("google"), QStringLiteral("k1"), QStringLiteral("s1")};

QString lowerDomain(QString domain)
{
    domain = domain.trimmed().toLower();
    if (domain.endsWith(u'.'))
        domain.chop(1);
    if (domain.contains(u'@'))
        domain = mime::domainOf(domain);
    return domain;
}

bool addressListed(const QHostAddress &address, const QStringList &ranges, const QList<QHostAddress> &listed)
{
    if (listed.contains(address))
        return true;
    for (const QString &range : ranges) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(
            range.contains(u'/') ? range
                                 : range + (range.contains(u':') ? QStringLiteral("/128") : QStringLiteral("/32")));
        if (subnet.second >= 0 && address.isInSubnet(subnet))
            return true;
    }
    return false;
}
} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return QStringLiteral("pass");
    case Verdict::Warning: return QStringLiteral("warning");
    case Verdict::Fail: return QStringLiteral("fail");
    case Verdict::Managed: return QStringLiteral("managed");
    }
    return {};
}

DomainCheck::DomainCheck(net::DnsResolver &resolver, const providers::ProviderCatalogue &catalogue,
                         QObject *parent)
    : QObject(parent), m_resolver(resolver), m_catalogue(catalogue)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(20000);
    connect(&m_deadline, &QTimer::timeout, this, &DomainCheck::giveUp);
}

template<typename T>
net::DnsResolver::Callback<T>
DomainCheck::guarded(std::function<void(const QList<T> &, const QString &)> body)
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
    m_request = request;
    m_request.domain = lowerDomain(request.domain);
    m_findings = QList<std::optional<DomainFinding>>(SlotCount);
    m_spf = {};
    m_provider = m_catalogue.byId(request.providerId);

    if (const providers::Provider *owner = m_catalogue.byDomain(m_request.domain)) {
        DomainFinding managed{QStringLiteral("provider"), Verdict::Managed,
                              tr("%1 is managed by %2").arg(m_request.domain, owner->name),
                              {tr("Its SPF, DKIM and DMARC records are set up by %1; there is nothing for you to "
                                  "add.").arg(owner->name)},
                              {}, {}, {}};
        QTimer::singleShot(0, this, [this, managed, generation = m_generation] {
            if (generation == m_generation)
                Q_EMIT finished({managed});
        });
        return;
    }
    m_deadline.start();
    const std::optional<providers::DomainSetup> &setup = m_provider ? m_provider->domainSetup : std::nullopt;
    checkMx();
    fetchSpf(m_request.domain, true);
    // Hosting companies each sign their own way: ask in general words rather than naming "your hosting".
    const bool namedSelectors = setup && !setup->dkimSelectors.isEmpty() && m_provider->kind != u"hosting";
    QStringList selectors = setup && !setup->dkimSelectors.isEmpty() ? setup->dkimSelectors : defaultDkimSelectors;
    for (const QString &selector : defaultDkimSelectors) {
        if (!namedSelectors && !selectors.contains(selector))
            selectors.append(selector);
    }
    checkDkim(selectors, namedSelectors ? m_provider->name : QString());
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
            done(Slot(slot), {QString::fromLatin1(names[slot]), Verdict::Warning,
                              tr("No answer from DNS in time; this could not be checked."), {}, {}, {}, {}});
    }
}

void DomainCheck::checkMx()
{
    m_resolver.lookupMx(m_request.domain, guarded<net::MxRecord>([this](const QList<net::MxRecord> &records,
                                                                              const QString &error) {
        DomainFinding finding{QStringLiteral("mx"), Verdict::Pass, {}, {}, {}, {}, {}};
        for (const net::MxRecord &record : records)
            finding.found.append(QStringLiteral("%1 %2")
                                     .arg(record.preference)
                                     .arg(record.exchange.isEmpty() ? QStringLiteral(".") : record.exchange));
        if (!error.isEmpty()) {
            finding.verdict = Verdict::Warning;
            finding.summary = tr("The mail servers of %1 could not be looked up: %2").arg(m_request.domain, error);
        } else if (records.isEmpty()) {
            finding.verdict = Verdict::Warning;
            finding.summary = tr("No MX record: %1 does not say where its email is received").arg(m_request.domain);
            finding.details = {tr("Replies to your messages may not arrive, and some receivers distrust a sender "
                                  "domain that cannot receive email. Your email or hosting provider gives the MX "
                                  "records to publish.")};
        } else if (records.size() == 1 && records.first().exchange.isEmpty()) {
            finding.verdict = Verdict::Fail;
            finding.summary = tr("%1 says it receives no email (a null MX record)").arg(m_request.domain);
            finding.details = {tr("Receivers may refuse messages from a domain that cannot receive replies. Remove "
                                  "the null MX record and publish your provider's MX records.")};
        } else {
            QStringList hosts;
            for (const net::MxRecord &record : records)
                hosts.append(record.exchange);
            finding.summary = tr("Receives email through %1").arg(hosts.join(u", "));
        }
        done(MxSlot, finding);
    }));
}

void DomainCheck::checkDmarc()
{
    const QString name = QStringLiteral("_dmarc.") + m_request.domain;
    m_resolver.lookupTxt(name, guarded<QString>([this, name](const QList<QString> &texts, const QString &error) {
        DomainFinding finding{QStringLiteral("dmarc"), Verdict::Pass, {}, {}, {}, {}, {}};
        for (const QString &text : texts) {
            if (DmarcRecord::looksLikeDmarc(text))
                finding.found.append(text);
        }
        if (!error.isEmpty()) {
            finding.verdict = Verdict::Warning;
            finding.summary = tr("The DMARC record could not be looked up: %1").arg(error);
        } else if (finding.found.isEmpty()) {
            finding.verdict = Verdict::Warning;
            finding.summary = tr("No DMARC record");
            finding.details = {tr("Gmail, Yahoo and Microsoft expect senders to publish one, and without it "
                                  "receivers are stricter with your messages. Start with a policy that only "
                                  "monitors; add this TXT record:")};
            finding.recordName = name;
            finding.recordValue = QStringLiteral("v=DMARC1; p=none; rua=mailto:postmaster@") + m_request.domain;
        } else if (finding.found.size() > 1) {
            finding.verdict = Verdict::Fail;
            finding.summary = tr("%1 DMARC records; receivers ignore them all").arg(finding.found.size());
            finding.details = {tr("Keep exactly one TXT record at %1.").arg(name)};
        } else if (const DmarcRecord record = DmarcRecord::parse(finding.found.first()); !record.valid) {
            finding.verdict = Verdict::Fail;
            finding.summary = tr("The DMARC record has no valid policy");
            finding.details = {tr("A DMARC record needs p=none, p=quarantine or p=reject right after v=DMARC1.")};
            finding.recordName = name;
            finding.recordValue = QStringLiteral("v=DMARC1; p=none; rua=mailto:postmaster@") + m_request.domain;
        } else if (record.policy() == u"none") {
            finding.summary = tr("DMARC record found; policy none (monitoring only)");
            finding.details = {tr("Receivers report on messages that fail SPF and DKIM but still deliver them. Once "
                                  "the reports look right, you can move to p=quarantine.")};
        } else {
            finding.summary = tr("DMARC record found; policy %1").arg(record.policy());
        }
        done(DmarcSlot, finding);
    }));
}

void DomainCheck::checkDkim(const QStringList &selectors, const QString &providerName)
{
    struct Search {
        int left = 0;
        QStringList found;
        QStringList revoked;
        QString error;
    };
    auto search = std::make_shared<Search>();
    search->left = int(selectors.size());
    for (const QString &selector : selectors) {
        const QString name = selector + QStringLiteral("._domainkey.") + m_request.domain;
        m_resolver.lookupTxt(name, guarded<QString>([this, search, name, selectors, providerName](
                                                        const QList<QString> &texts, const QString &error) {
            for (const QString &text : texts) {
                if (const std::optional<DkimKey> key = DkimKey::parse(text))
                    (key->revoked ? search->revoked : search->found).append(name);
            }
            if (search->error.isEmpty())
                search->error = error;
            if (--search->left > 0)
                return;
            DomainFinding finding{QStringLiteral("dkim"), Verdict::Pass, {}, {}, search->found, {}, {}};
            if (!search->found.isEmpty()) {
                finding.summary = tr("DKIM key published at %1").arg(search->found.join(u", "));
            } else if (!search->revoked.isEmpty()) {
                finding.verdict = Verdict::Warning;
                finding.summary = tr("The DKIM key at %1 is empty (revoked)").arg(search->revoked.join(u", "));
                finding.details = {tr("Messages signed with it fail DKIM. Publish the current key from your email "
                                      "provider's settings.")};
            } else if (!search->error.isEmpty()) {
                finding.verdict = Verdict::Warning;
                finding.summary = tr("The DKIM keys could not be looked up: %1").arg(search->error);
            } else if (!providerName.isEmpty()) {
                finding.verdict = Verdict::Warning;
                finding.summary = tr("No DKIM key where %1 publishes it (%2)").arg(providerName, selectors.join(u", "));
                finding.details = {tr("Turn on DKIM signing for your domain in %1's settings and publish the record "
                                      "it gives you.").arg(providerName)};
            } else {
                finding.verdict = Verdict::Warning;
                finding.summary = tr("No DKIM key at the usual names (%1)").arg(selectors.join(u", "));
                finding.details = {tr("Your provider may use another name. Ask it whether it signs your messages "
                                      "with DKIM and which record to publish.")};
            }
            done(DkimSlot, finding);
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
    QStringList spf;
    for (const QString &text : texts) {
        if (SpfRecord::looksLikeSpf(text))
            spf.append(text);
    }
    if (top) {
        m_spf.topTexts = spf;
        m_spf.topError = error;
        if (spf.size() != 1 || !error.isEmpty()) {
            judgeSpf();
            return;
        }
    } else if (spf.size() != 1) {
        m_spf.broken.append(domain);
    }
    if (spf.size() == 1) {
        const SpfRecord record = SpfRecord::parse(spf.first());
        if (top)
            m_spf.top = record;
        m_spf.records.append(record);
        m_spf.lookups += record.lookupCost();
        QStringList targets;
        for (const SpfMechanism &mechanism : record.mechanisms) {
            if (mechanism.name == u"include")
                targets.append(mechanism.value.toLower());
            else if (mechanism.name == u"ip4" || mechanism.name == u"ip6")
                m_spf.listedRanges.append(mechanism.value);
        }
        if (!record.redirect.isEmpty())
            targets.append(record.redirect);
        for (const QString &target : std::as_const(targets)) {
            if (m_spf.visited.contains(target) || m_spf.visited.size() >= maxSpfFetches)
                continue;
            m_spf.visited.insert(target);
            fetchSpf(target, false);
        }
    }
    if (m_spf.outstanding == 0)
        resolveSpfAddresses();
}

void DomainCheck::resolveSpfAddresses()
{
    // Only needed when no provider include decides it: does the record list the SMTP server's address?
    const bool byInclude = m_provider && m_provider->domainSetup && !m_provider->domainSetup->spfIncludes.isEmpty();
    if (byInclude || m_request.smtpHost.isEmpty() || !m_spf.top) {
        judgeSpf();
        return;
    }
    QStringList hosts;
    QStringList mxDomains;
    for (const SpfMechanism &mechanism : m_spf.top->mechanisms) {
        const QString target = mechanism.value.startsWith(u'/') || mechanism.value.isEmpty()
                                   ? m_request.domain
                                   : mechanism.value.section(u'/', 0, 0);
        if (mechanism.name == u"a")
            hosts.append(target);
        else if (mechanism.name == u"mx")
            mxDomains.append(target);
    }
    auto left = std::make_shared<int>(1 + int(hosts.size() + mxDomains.size()));
    auto finishOne = [this, left] {
        if (--*left == 0)
            judgeSpf();
    };
    m_resolver.lookupAddresses(
        m_request.smtpHost,
        guarded<QHostAddress>([this, finishOne](const QList<QHostAddress> &addresses, const QString &) {
            m_spf.serverAddresses = addresses;
            finishOne();
        }));
    auto addListed = [this, finishOne](const QList<QHostAddress> &addresses, const QString &) {
        m_spf.listedAddresses += addresses;
        finishOne();
    };
    for (const QString &host : std::as_const(hosts))
        m_resolver.lookupAddresses(host, guarded<QHostAddress>(addListed));
    for (const QString &domain : std::as_const(mxDomains)) {
        m_resolver.lookupMx(domain, guarded<net::MxRecord>([this, left, addListed, finishOne](
                                        const QList<net::MxRecord> &records, const QString &) {
            *left += int(records.size());
            for (const net::MxRecord &record : records)
                m_resolver.lookupAddresses(record.exchange, guarded<QHostAddress>(addListed));
            finishOne();
        }));
    }
}

void DomainCheck::judgeSpf()
{
    const QString &domain = m_request.domain;
    const std::optional<providers::DomainSetup> &setup = m_provider ? m_provider->domainSetup : std::nullopt;
    const QStringList includes = setup ? setup->spfIncludes : QStringList();
    DomainFinding finding{QStringLiteral("spf"), Verdict::Pass, {}, {}, m_spf.topTexts, {}, {}};
    auto suggestNew = [&] {
        finding.recordName = domain;
        finding.recordValue = includes.isEmpty() ? QStringLiteral("v=spf1 a mx ~all")
                                                 : QStringLiteral("v=spf1 include:%1 ~all").arg(includes.first());
    };
    if (!m_spf.topError.isEmpty()) {
        finding.verdict = Verdict::Warning;
        finding.summary = tr("The SPF record could not be looked up: %1").arg(m_spf.topError);
        done(SpfSlot, finding);
        return;
    }
    if (m_spf.topTexts.isEmpty()) {
        finding.verdict = Verdict::Fail;
        finding.summary = tr("No SPF record");
        finding.details = {tr("Receivers cannot tell which servers may send email for %1, so your messages are more "
                              "likely to be marked as spam or refused. Add this TXT record:").arg(domain)};
        if (includes.isEmpty())
            finding.details.append(tr("Ask your host for the exact record: it may send from servers that \"a mx\" "
                                      "does not cover."));
        suggestNew();
        done(SpfSlot, finding);
        return;
    }
    if (m_spf.topTexts.size() > 1) {
        finding.verdict = Verdict::Fail;
        finding.summary = tr("%1 SPF records; receivers treat that as an error").arg(m_spf.topTexts.size());
        finding.details = {tr("A domain may publish only one SPF record. Merge them into one TXT record and delete "
                              "the others.")};
        QStringList merged = {QStringLiteral("v=spf1")};
        for (const QString &text : std::as_const(m_spf.topTexts)) {
            for (const SpfMechanism &mechanism : SpfRecord::parse(text).mechanisms) {
                const QString term = (mechanism.qualifier == u'+' ? QString() : QString(mechanism.qualifier))
                    + mechanism.name
                    + (mechanism.value.isEmpty() || mechanism.value.startsWith(u'/') ? mechanism.value
                                                                                     : u':' + mechanism.value);
                if (mechanism.name != u"all" && !merged.contains(term))
                    merged.append(term);
            }
        }
        merged.append(QStringLiteral("~all"));
        finding.recordName = domain;
        finding.recordValue = merged.join(u' ');
        done(SpfSlot, finding);
        return;
    }

    const SpfRecord &record = *m_spf.top;
    const QString &text = m_spf.topTexts.first();
    QString fixed = text;
    auto worsen = [&finding](Verdict verdict) {
        if (finding.verdict == Verdict::Pass || (finding.verdict == Verdict::Warning && verdict == Verdict::Fail))
            finding.verdict = verdict;
    };
    QStringList problems;
    if (!record.problems.isEmpty()) {
        worsen(Verdict::Fail);
        problems.append(tr("The record has terms receivers do not understand: %1.").arg(record.problems.join(u' ')));
    }
    const SpfMechanism *all = record.all();
    if (all && all->qualifier == u'+') {
        worsen(Verdict::Fail);
        problems.append(
            tr("It ends in +all, which lets every server in the world send as %1. Use ~all instead.").arg(domain));
        fixed.replace(QStringLiteral("+all"), QStringLiteral("~all"));
        if (!fixed.contains(QStringLiteral("~all")))
            fixed.replace(QStringLiteral(" all"), QStringLiteral(" ~all"));
    } else if ((all && all->qualifier == u'?') || (!all && record.redirect.isEmpty())) {
        worsen(Verdict::Warning);
        problems.append(tr("It does not ask receivers to distrust other servers (no ~all or -all at the end)."));
    }
    if (m_spf.lookups > maxSpfLookups) {
        worsen(Verdict::Fail);
        problems.append(tr("Checking it takes %1 DNS lookups; receivers stop at %2 and treat the record as an "
                           "error. Remove includes you no longer use.").arg(m_spf.lookups).arg(maxSpfLookups));
    }
    if (!m_spf.broken.isEmpty()) {
        worsen(Verdict::Fail);
        problems.append(tr("It includes %1, which has no single SPF record of its own; receivers treat that as an "
                           "error.").arg(m_spf.broken.join(u", ")));
    }
    bool authorised = false;
    if (!includes.isEmpty()) {
        for (const QString &include : includes)
            authorised = authorised || m_spf.visited.contains(include.toLower());
        if (!authorised) {
            worsen(setup->verified ? Verdict::Fail : Verdict::Warning);
            problems.append(tr("It does not include %1, which authorises the servers of %2 that send your email.")
                                .arg(includes.first(), m_provider->name));
            fixed = record.withMechanism(fixed, QStringLiteral("include:") + includes.first());
        }
    } else if (!m_spf.serverAddresses.isEmpty()) {
        for (const QHostAddress &address : std::as_const(m_spf.serverAddresses))
            authorised = authorised || addressListed(address, m_spf.listedRanges, m_spf.listedAddresses);
        if (!authorised) {
            worsen(Verdict::Warning);
            problems.append(tr("It does not list the address of %1 (%2). If your host sends from other servers this "
                               "is fine; otherwise ask your host for the right record.")
                                .arg(m_request.smtpHost, m_spf.serverAddresses.first().toString()));
        }
    }
    finding.details = problems;
    if (finding.verdict == Verdict::Pass) {
        if (authorised && !includes.isEmpty())
            finding.summary = tr("SPF record found; it authorises %1 (%2 of %3 DNS lookups)")
                                  .arg(m_provider->name).arg(m_spf.lookups).arg(maxSpfLookups);
        else if (authorised)
            finding.summary = tr("SPF record found; it lists %1 (%2 of %3 DNS lookups)")
                                  .arg(m_request.smtpHost).arg(m_spf.lookups).arg(maxSpfLookups);
        else
            finding.summary = tr("SPF record found (%1 of %2 DNS lookups)").arg(m_spf.lookups).arg(maxSpfLookups);
    } else {
        finding.summary = finding.verdict == Verdict::Fail ? tr("The SPF record needs fixing")
                                                           : tr("The SPF record could be better");
        if (fixed != text) {
            finding.recordName = domain;
            finding.recordValue = fixed;
        }
    }
    done(SpfSlot, finding);
}

} // namespace remitente::diagnosis
