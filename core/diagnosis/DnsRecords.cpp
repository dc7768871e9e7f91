#include "DnsRecords.h"

#include <QStringList>

namespace remitente::diagnosis {

namespace {
const QStringList mechanismNames
    = {QStringLiteral("all"), QStringLiteral("include"), QStringLiteral("a"),   QStringLiteral("mx"),
       QStringLiteral("ptr"), QStringLiteral("ip4"),     QStringLiteral("ip6"), QStringLiteral("exists")};
const QStringList costlyNames = {QStringLiteral("include"), QStringLiteral("a"), QStringLiteral("mx"),
                                 QStringLiteral("ptr"), QStringLiteral("exists")};

// "k=v; k2=v2" as a map; lower-case keys, values trimmed.
QMap<QString, QString> tagList(const QString &text)
{
    QMap<QString, QString> tags;
    for (const QString &pair : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString key = pair.left(equals).trimmed().toLower();
        if (!tags.contains(key))
            tags.insert(key, pair.mid(equals + 1).trimmed());
    }
    return tags;
}
} // namespace

bool SpfRecord::looksLikeSpf(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.compare(u"v=spf1", Qt::CaseInsensitive) == 0
        || trimmed.startsWith(QStringLiteral("v=spf1 "), Qt::CaseInsensitive);
}

SpfRecord SpfRecord::parse(const QString &text)
{
    SpfRecord record;
    const QStringList terms = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < terms.size(); ++i) {
        QString term = terms.at(i);
        const qsizetype equals = term.indexOf(u'=');
        const qsizetype colon = term.indexOf(u':');
        if (equals > 0 && (colon < 0 || equals < colon)) {
            if (term.left(equals).compare(u"redirect", Qt::CaseInsensitive) == 0)
                record.redirect = term.mid(equals + 1).toLower();
            continue; // exp= and unknown modifiers are allowed
        }
        SpfMechanism mechanism;
        if (QStringLiteral("+-~?").contains(term.front())) {
            mechanism.qualifier = term.front();
            term.remove(0, 1);
        }
        qsizetype split = term.indexOf(u':');
        const qsizetype slash = term.indexOf(u'/');
        if (split < 0 || (slash >= 0 && slash < split))
            split = slash;
        mechanism.name = (split < 0 ? term : term.left(split)).toLower();
        if (split >= 0)
            mechanism.value = term.mid(term.at(split) == u':' ? split + 1 : split);
        if (!mechanismNames.contains(mechanism.name)) {
            record.problems.append(terms.at(i));
            continue;
        }
        record.mechanisms.append(mechanism);
    }
    return record;
}

int SpfRecord::lookupCost() const
{
    int cost = redirect.isEmpty() ? 0 : 1;
    for (const SpfMechanism &mechanism : mechanisms)
        cost += costlyNames.contains(mechanism.name) ? 1 : 0;
    return cost;
}

const SpfMechanism *SpfRecord::all() const
{
    for (const SpfMechanism &mechanism : mechanisms) {
        if (mechanism.name == u"all")
            return &mechanism;
    }
    return nullptr;
}

QString SpfRecord::withMechanism(const QString &record, const QString &mechanism) const
{
    QStringList terms = record.simplified().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < terms.size(); ++i) {
        QString bare = terms.at(i).toLower();
        if (!bare.isEmpty() && QStringLiteral("+-~?").contains(bare.front()))
            bare.remove(0, 1);
        if (bare == u"all" || bare.startsWith(QStringLiteral("redirect="))) {
            terms.insert(i, mechanism);
            return terms.join(u' ');
        }
    }
    terms.append(mechanism);
    return terms.join(u' ');
}

bool DmarcRecord::looksLikeDmarc(const QString &text)
{
    return text.trimmed().startsWith(QStringLiteral("v=DMARC1"), Qt::CaseInsensitive);
}

DmarcRecord DmarcRecord::parse(const QString &text)
{
    DmarcRecord record;
    record.tags = tagList(text);
    static const QStringList policies
        = {QStringLiteral("none"), QStringLiteral("quarantine"), QStringLiteral("reject")};
    record.tags[QStringLiteral("p")] = record.tags.value(QStringLiteral("p")).toLower();
    record.valid = looksLikeDmarc(text) && policies.contains(record.policy());
    return record;
}

std::optional<DkimKey> DkimKey::parse(const QString &text)
{
    const QMap<QString, QString> tags = tagList(text);
    const QString version = tags.value(QStringLiteral("v"));
    if (!tags.contains(QStringLiteral("p")) || (!version.isEmpty() && version != u"DKIM1"))
        return std::nullopt;
    DkimKey key;
    key.present = true;
    key.revoked = tags.value(QStringLiteral("p")).isEmpty();
    return key;
}

} // namespace remitente::diagnosis
