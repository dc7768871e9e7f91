#pragma once

#include "DnsAnswers.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace remitente::net {

// The DNS questions discovery, the domain check and the account check ask. Each answers once, later, from the
// event loop; an empty error means the lookup worked (an empty list is then a real "no records").
class DnsResolver : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(const QList<T> &records, const QString &error)>;

    using QObject::QObject;
    // By preference, best first.
    virtual void lookupMx(const QString &domain, Callback<MxRecord> done) = 0;
    // By priority, then weight. A single record with target "." means "this service is not offered" (RFC 2782):
    // it comes back as an empty list.
    virtual void lookupSrv(const QString &name, Callback<SrvRecord> done) = 0;
    virtual void lookupAddresses(const QString &host, Callback<QHostAddress> done) = 0;
    // Each TXT record as one string (a record's character-strings joined, as SPF and DMARC read them).
    virtual void lookupTxt(const QString &name, Callback<QString> done) = 0;
};

// QDnsLookup: the system's resolver, or one DNS server when given (tests point it at a local dnsmasq).
class SystemDnsResolver final : public DnsResolver
{
    Q_OBJECT
public:
    explicit SystemDnsResolver(QHostAddress nameserver = {}, QObject *parent = nullptr);
    void lookupMx(const QString &domain, Callback<MxRecord> done) override;
    void lookupSrv(const QString &name, Callback<SrvRecord> done) override;
    void lookupAddresses(const QString &host, Callback<QHostAddress> done) override;
    void lookupTxt(const QString &name, Callback<QString> done) override;

private:
    QHostAddress m_nameserver;
};

} // namespace remitente::net
