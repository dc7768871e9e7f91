#include "DomainJudges.h"

#include "DnsRecords.h"

#include <QCoreApplication>

namespace remitente::diagnosis {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::diagnosis::DomainJudges)
};

QString monitoringDmarcRecord(const QString &domain)
{
    return QStringLiteral("v=DMARC1; p=none; rua=mailto:postmaster@") + domain;
}
} // namespace

DomainFinding judgeMx(const QString &domain, const QList<net::MxRecord> &records, const QString &error)
{
    DomainFinding finding{QStringLiteral("mx"), Verdict::Pass, {}, {}, {}, {}, {}};
    for (const net::MxRecord &record : records)
        finding.found.append(QStringLiteral("%1 %2")
                                 .arg(record.preference)
                                 .arg(record.exchange.isEmpty() ? QStringLiteral(".") : record.exchange));
    if (!error.isEmpty()) {
        finding.verdict = Verdict::Warning;
        finding.summary = Text::tr("The mail servers of %1 could not be looked up: %2").arg(domain, error);
    } else if (records.isEmpty()) {
        finding.verdict = Verdict::Warning;
        finding.summary = Text::tr("No MX record: %1 does not say where its email is received").arg(domain);
        finding.details = {Text::tr("Replies to your messages may not arrive, and some receivers distrust a sender "
                                    "domain that cannot receive email. Your email or hosting provider gives the MX "
                                    "records to publish.")};
    } else if (records.size() == 1 && records.first().exchange.isEmpty()) {
        finding.verdict = Verdict::Fail;
        finding.summary = Text::tr("%1 says it receives no email (a null MX record)").arg(domain);
        finding.details = {Text::tr("Receivers may refuse messages from a domain that cannot receive replies. Remove "
                                    "the null MX record and publish your provider's MX records.")};
    } else {
        QStringList hosts;
        for (const net::MxRecord &record : records)
            hosts.append(record.exchange);
        finding.summary = Text::tr("Receives email through %1").arg(hosts.join(u", "));
    }
    return finding;
}

QString dmarcRecordName(const QString &domain)
{
    return QStringLiteral("_dmarc.") + domain;
}

DomainFinding judgeDmarc(const QString &domain, const QList<QString> &texts, const QString &error)
{
    const QString name = dmarcRecordName(domain);
    DomainFinding finding{QStringLiteral("dmarc"), Verdict::Pass, {}, {}, {}, {}, {}};
    for (const QString &text : texts) {
        if (DmarcRecord::looksLikeDmarc(text))
            finding.found.append(text);
    }
    if (!error.isEmpty()) {
        finding.verdict = Verdict::Warning;
        finding.summary = Text::tr("The DMARC record could not be looked up: %1").arg(error);
    } else if (finding.found.isEmpty()) {
        finding.verdict = Verdict::Warning;
        finding.summary = Text::tr("No DMARC record");
        finding.details = {Text::tr("Gmail, Yahoo and Microsoft expect senders to publish one, and without it "
                                    "receivers are stricter with your messages. Start with a policy that only "
                                    "monitors; add this TXT record:")};
        finding.recordName = name;
        finding.recordValue = monitoringDmarcRecord(domain);
    } else if (finding.found.size() > 1) {
        finding.verdict = Verdict::Fail;
        finding.summary = Text::tr("%1 DMARC records; receivers ignore them all").arg(finding.found.size());
        finding.details = {Text::tr("Keep exactly one TXT record at %1.").arg(name)};
    } else if (const DmarcRecord record = DmarcRecord::parse(finding.found.first()); !record.valid) {
        finding.verdict = Verdict::Fail;
        finding.summary = Text::tr("The DMARC record has no valid policy");
        finding.details = {Text::tr("A DMARC record needs p=none, p=quarantine or p=reject right after v=DMARC1.")};
        finding.recordName = name;
        finding.recordValue = monitoringDmarcRecord(domain);
    } else if (record.policy() == u"none") {
        finding.summary = Text::tr("DMARC record found; policy none (monitoring only)");
        finding.details = {Text::tr("Receivers report on messages that fail SPF and DKIM but still deliver them. "
                                    "Once the reports look right, you can move to p=quarantine.")};
    } else {
        finding.summary = Text::tr("DMARC record found; policy %1").arg(record.policy());
    }
    return finding;
}

QString dkimRecordName(const QString &selector, const QString &domain)
{
    return selector + QStringLiteral("._domainkey.") + domain;
}

DomainFinding judgeDkim(const QList<DkimLookup> &lookups, const DomainExpectations &expected)
{
    QStringList found;
    QStringList revoked;
    QString error;
    for (const DkimLookup &lookup : lookups) {
        for (const QString &text : lookup.texts) {
            if (const std::optional<DkimKey> key = DkimKey::parse(text))
                (key->revoked ? revoked : found).append(lookup.name);
        }
        if (error.isEmpty())
            error = lookup.error;
    }
    const QString &signer = expected.dkimSignerName;
    const QString selectors = expected.dkimSelectors.join(u", ");
    DomainFinding finding{QStringLiteral("dkim"), Verdict::Pass, {}, {}, found, {}, {}};
    if (!found.isEmpty()) {
        finding.summary = Text::tr("DKIM key published at %1").arg(found.join(u", "));
    } else if (!revoked.isEmpty()) {
        finding.verdict = Verdict::Warning;
        finding.summary = Text::tr("The DKIM key at %1 is empty (revoked)").arg(revoked.join(u", "));
        finding.details = {Text::tr("Messages signed with it fail DKIM. Publish the current key from your email "
                                    "provider's settings.")};
    } else if (!error.isEmpty()) {
        finding.verdict = Verdict::Warning;
        finding.summary = Text::tr("The DKIM keys could not be looked up: %1").arg(error);
    } else if (!signer.isEmpty()) {
        finding.verdict = Verdict::Warning;
        finding.summary = Text::tr("No DKIM key where %1 publishes it (%2)").arg(signer, selectors);
        finding.details = {Text::tr("Turn on DKIM signing for your domain in %1's settings and publish the record "
                                    "it gives you.")
                               .arg(signer)};
    } else {
        finding.verdict = Verdict::Warning;
        finding.summary = Text::tr("No DKIM key at the usual names (%1)").arg(selectors);
        finding.details = {Text::tr("Your provider may use another name. Ask it whether it signs your messages "
                                    "with DKIM and which record to publish.")};
    }
    return finding;
}

DomainFinding managedByProvider(const QString &domain, const QString &providerName)
{
    return {QStringLiteral("provider"),
            Verdict::Managed,
            Text::tr("%1 is managed by %2").arg(domain, providerName),
            {Text::tr("Its SPF, DKIM and DMARC records are set up by %1; there is nothing for you to add.")
                 .arg(providerName)},
            {},
            {},
            {}};
}

DomainFinding unansweredInTime(const QString &check)
{
    return {check, Verdict::Warning, Text::tr("No answer from DNS in time; this could not be checked."), {}, {}, {},
            {}};
}

} // namespace remitente::diagnosis
