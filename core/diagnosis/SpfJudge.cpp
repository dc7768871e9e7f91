#include "SpfJudge.h"

#include <QCoreApplication>

namespace remitente::diagnosis {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::diagnosis::DomainJudges)
};

QString suggestedRecord(const DomainExpectations &expected)
{
    return expected.spfIncludes.isEmpty() ? QStringLiteral("v=spf1 a mx ~all")
                                          : QStringLiteral("v=spf1 include:%1 ~all").arg(expected.spfIncludes.first());
}

DomainFinding noRecord(DomainFinding finding, const DomainExpectations &expected)
{
    finding.verdict = Verdict::Fail;
    finding.summary = Text::tr("No SPF record");
    finding.details = {Text::tr("Receivers cannot tell which servers may send email for %1, so your messages are "
                                "more likely to be marked as spam or refused. Add this TXT record:")
                           .arg(expected.domain)};
    if (expected.spfIncludes.isEmpty())
        finding.details.append(Text::tr("Ask your host for the exact record: it may send from servers that \"a mx\" "
                                        "does not cover."));
    finding.recordName = expected.domain;
    finding.recordValue = suggestedRecord(expected);
    return finding;
}

DomainFinding severalRecords(DomainFinding finding, const DomainExpectations &expected)
{
    finding.verdict = Verdict::Fail;
    finding.summary = Text::tr("%1 SPF records; receivers treat that as an error").arg(finding.found.size());
    finding.details = {Text::tr("A domain may publish only one SPF record. Merge them into one TXT record and "
                                "delete the others.")};
    finding.recordName = expected.domain;
    finding.recordValue = mergedSpfRecord(finding.found);
    return finding;
}

// Everything wrong with a domain's single record, each problem with the verdict it deserves.
class OneRecord
{
public:
    OneRecord(const SpfEvidence &evidence, const DomainExpectations &expected)
        : m_evidence(evidence), m_expected(expected), m_text(evidence.records.first()),
          m_record(SpfRecord::parse(m_text)), m_fixed(m_text)
    {
    }

    DomainFinding judge(DomainFinding finding)
    {
        checkTerms();
        checkAll();
        checkLookups();
        checkBroken();
        checkAuthorised();
        finding.verdict = m_verdict;
        finding.details = m_problems;
        if (m_verdict == Verdict::Pass) {
            finding.summary = passSummary();
        } else {
            finding.summary = m_verdict == Verdict::Fail ? Text::tr("The SPF record needs fixing")
                                                         : Text::tr("The SPF record could be better");
            if (m_fixed != m_text) {
                finding.recordName = m_expected.domain;
                finding.recordValue = m_fixed;
            }
        }
        return finding;
    }

private:
    void problem(Verdict verdict, const QString &text)
    {
        if (m_verdict == Verdict::Pass || (m_verdict == Verdict::Warning && verdict == Verdict::Fail))
            m_verdict = verdict;
        m_problems.append(text);
    }

    void checkTerms()
    {
        if (!m_record.problems.isEmpty())
            problem(
                Verdict::Fail,
                Text::tr("The record has terms receivers do not understand: %1.").arg(m_record.problems.join(u' ')));
    }

    void checkAll()
    {
        const SpfMechanism *all = m_record.all();
        if (all && all->qualifier == u'+') {
            problem(Verdict::Fail,
                    Text::tr("It ends in +all, which lets every server in the world send as %1. Use "
                             "~all instead.")
                        .arg(m_expected.domain));
            m_fixed.replace(QStringLiteral("+all"), QStringLiteral("~all"));
            if (!m_fixed.contains(QStringLiteral("~all")))
                m_fixed.replace(QStringLiteral(" all"), QStringLiteral(" ~all"));
        } else if ((all && all->qualifier == u'?') || (!all && m_record.redirect.isEmpty())) {
            problem(Verdict::Warning,
                    Text::tr("It does not ask receivers to distrust other servers (no ~all or -all at the end)."));
        }
    }

    void checkLookups()
    {
        if (m_evidence.lookups > maxSpfLookups)
            problem(Verdict::Fail,
                    Text::tr("Checking it takes %1 DNS lookups; receivers stop at %2 and treat the "
                             "record as an error. Remove includes you no longer use.")
                        .arg(m_evidence.lookups)
                        .arg(maxSpfLookups));
    }

    void checkBroken()
    {
        if (!m_evidence.broken.isEmpty())
            problem(Verdict::Fail,
                    Text::tr("It includes %1, which has no single SPF record of its own; receivers "
                             "treat that as an error.")
                        .arg(m_evidence.broken.join(u", ")));
    }

    void checkAuthorised()
    {
        const QStringList &includes = m_expected.spfIncludes;
        if (!includes.isEmpty()) {
            for (const QString &include : includes)
                m_authorised = m_authorised || m_evidence.followed.contains(include.toLower());
            if (!m_authorised) {
                problem(m_expected.spfIncludesVerified ? Verdict::Fail : Verdict::Warning,
                        Text::tr("It does not include %1, which authorises the servers of %2 that send your email.")
                            .arg(includes.first(), m_expected.providerName));
                m_fixed = m_record.withMechanism(m_fixed, QStringLiteral("include:") + includes.first());
            }
        } else if (!m_evidence.serverAddresses.isEmpty()) {
            for (const QHostAddress &address : m_evidence.serverAddresses)
                m_authorised
                    = m_authorised || spfListsAddress(address, m_evidence.listedRanges, m_evidence.listedAddresses);
            if (!m_authorised)
                problem(Verdict::Warning,
                        Text::tr("It does not list the address of %1 (%2). If your host sends from other servers "
                                 "this is fine; otherwise ask your host for the right record.")
                            .arg(m_expected.smtpHost, m_evidence.serverAddresses.first().toString()));
        }
    }

    QString passSummary() const
    {
        if (m_authorised && !m_expected.spfIncludes.isEmpty())
            return Text::tr("SPF record found; it authorises %1 (%2 of %3 DNS lookups)")
                .arg(m_expected.providerName)
                .arg(m_evidence.lookups)
                .arg(maxSpfLookups);
        if (m_authorised)
            return Text::tr("SPF record found; it lists %1 (%2 of %3 DNS lookups)")
                .arg(m_expected.smtpHost)
                .arg(m_evidence.lookups)
                .arg(maxSpfLookups);
        return Text::tr("SPF record found (%1 of %2 DNS lookups)").arg(m_evidence.lookups).arg(maxSpfLookups);
    }

    const SpfEvidence &m_evidence;
    const DomainExpectations &m_expected;
    const QString m_text;
    const SpfRecord m_record;
    QString m_fixed; // the record with what can be fixed without asking anyone
    Verdict m_verdict = Verdict::Pass;
    QStringList m_problems;
    bool m_authorised = false;
};
} // namespace

DomainFinding judgeSpf(const SpfEvidence &evidence, const DomainExpectations &expected)
{
    DomainFinding finding{QStringLiteral("spf"), Verdict::Pass, {}, {}, evidence.records, {}, {}};
    if (!evidence.error.isEmpty()) {
        finding.verdict = Verdict::Warning;
        finding.summary = Text::tr("The SPF record could not be looked up: %1").arg(evidence.error);
        return finding;
    }
    if (evidence.records.isEmpty())
        return noRecord(finding, expected);
    if (evidence.records.size() > 1)
        return severalRecords(finding, expected);
    return OneRecord(evidence, expected).judge(finding);
}

QString mergedSpfRecord(const QStringList &records)
{
    QStringList merged = {QStringLiteral("v=spf1")};
    for (const QString &text : records) {
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
    return merged.join(u' ');
}

SpfReferences spfReferences(const SpfRecord &record)
{
    SpfReferences references;
    for (const SpfMechanism &mechanism : record.mechanisms) {
        if (mechanism.name == u"include")
            references.targets.append(mechanism.value.toLower());
        else if (mechanism.name == u"ip4" || mechanism.name == u"ip6")
            references.ranges.append(mechanism.value);
    }
    if (!record.redirect.isEmpty())
        references.targets.append(record.redirect);
    return references;
}

SpfAddressTerms spfAddressTerms(const SpfRecord &record, const QString &domain)
{
    SpfAddressTerms terms;
    for (const SpfMechanism &mechanism : record.mechanisms) {
        const QString target = mechanism.value.startsWith(u'/') || mechanism.value.isEmpty()
            ? domain
            : mechanism.value.section(u'/', 0, 0);
        if (mechanism.name == u"a")
            terms.hosts.append(target);
        else if (mechanism.name == u"mx")
            terms.mxDomains.append(target);
    }
    return terms;
}

bool spfListsAddress(const QHostAddress &address, const QStringList &ranges, const QList<QHostAddress> &listed)
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

} // namespace remitente::diagnosis
