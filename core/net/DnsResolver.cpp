#include "DnsResolver.h"

#include <QDnsLookup>

#include <algorithm>
#include <memory>

namespace remitente::net {

namespace {
// A NotFound answer is "no such records", not a failure. So is InvalidReplyError: Qt 6.4 reports a name that
// exists but has no records of the type asked (NOERROR with no answers, e.g. a domain with MX but no TXT) that way.
QString lookupError(const QDnsLookup &lookup)
{
    if (lookup.error() == QDnsLookup::NoError || lookup.error() == QDnsLookup::NotFoundError
        || lookup.error() == QDnsLookup::InvalidReplyError)
        return {};
    return lookup.errorString();
}

QString withoutDot(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}
} // namespace

SystemDnsResolver::SystemDnsResolver(QHostAddress nameserver, QObject *parent)
    : DnsResolver(parent), m_nameserver(std::move(nameserver))
{
}

namespace {
template<typename Handler>
void start(QObject *owner, const QHostAddress &nameserver, QDnsLookup::Type type, const QString &name, Handler handler)
{
    auto *lookup = new QDnsLookup(type, name, owner);
    if (!nameserver.isNull())
        lookup->setNameserver(nameserver);
    QObject::connect(lookup, &QDnsLookup::finished, owner, [lookup, handler] {
        lookup->deleteLater();
        handler(*lookup);
    });
    lookup->lookup();
}
} // namespace

void SystemDnsResolver::lookupMx(const QString &domain, Callback<MxRecord> done)
{
    start(this, m_nameserver, QDnsLookup::MX, domain, [done](const QDnsLookup &lookup) {
        QList<MxRecord> records;
        for (const QDnsMailExchangeRecord &record : lookup.mailExchangeRecords())
            records.append({withoutDot(record.exchange()), record.preference()});
        std::stable_sort(records.begin(), records.end(),
                         [](const MxRecord &a, const MxRecord &b) { return a.preference < b.preference; });
        done(records, lookupError(lookup));
    });
}

void SystemDnsResolver::lookupSrv(const QString &name, Callback<SrvRecord> done)
{
    start(this, m_nameserver, QDnsLookup::SRV, name, [done](const QDnsLookup &lookup) {
        QList<SrvRecord> records;
        for (const QDnsServiceRecord &record : lookup.serviceRecords()) {
            const QString target = withoutDot(record.target());
            if (target.isEmpty())
                continue; // "." : the service is deliberately not offered
            records.append({target, record.port(), record.priority(), record.weight()});
        }
        std::stable_sort(records.begin(), records.end(), [](const SrvRecord &a, const SrvRecord &b) {
            return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
        });
        done(records, lookupError(lookup));
    });
}

void SystemDnsResolver::lookupTxt(const QString &name, Callback<QString> done)
{
    start(this, m_nameserver, QDnsLookup::TXT, name, [done](const QDnsLookup &lookup) {
        QList<QString> records;
        for (const QDnsTextRecord &record : lookup.textRecords()) {
            QByteArray joined;
            for (const QByteArray &piece : record.values())
                joined += piece;
            records.append(QString::fromUtf8(joined));
        }
        done(records, lookupError(lookup));
    });
}

void SystemDnsResolver::lookupAddresses(const QString &host, Callback<QHostAddress> done)
{
    // A and AAAA together; the answer comes when both have.
    struct Pending {
        QList<QHostAddress> addresses;
        QString error;
        int left = 2;
    };
    auto pending = std::make_shared<Pending>();
    for (const QDnsLookup::Type type : {QDnsLookup::A, QDnsLookup::AAAA}) {
        start(this, m_nameserver, type, host, [done, pending](const QDnsLookup &lookup) {
            for (const QDnsHostAddressRecord &record : lookup.hostAddressRecords())
                pending->addresses.append(record.value());
            if (pending->error.isEmpty())
                pending->error = lookupError(lookup);
            if (--pending->left == 0)
                done(pending->addresses, pending->addresses.isEmpty() ? pending->error : QString());
        });
    }
}

} // namespace remitente::net
