#pragma once

#include "net/DnsResolver.h"

#include <QHash>
#include <QStringList>

#include <chrono>

namespace remitente::testing {

// A DnsResolver that answers from a table, for tests of what is built on DNS without a DNS server. Like the real
// one it answers later, from the event loop, and keeps the interface's order (MX by preference, SRV by priority
// then weight, an SRV target "." as no records). A name can be made to fail, to answer slowly or never.
class FakeDnsResolver final : public net::DnsResolver
{
    Q_OBJECT
public:
    using DnsResolver::DnsResolver;

    void addMx(const QString &domain, const QString &exchange, quint16 preference = 10);
    void addSrv(const QString &name, const QString &target, quint16 port, quint16 priority = 0, quint16 weight = 0);
    void addTxt(const QString &name, const QString &text);
    void addAddress(const QString &host, const QHostAddress &address);

    // Every question about `name` fails with `error` (names are compared without case).
    void failOn(const QString &name, const QString &error);
    // Every question about `name` is answered after `delay`; std::chrono::hours(24) or more means never.
    void delay(const QString &name, std::chrono::milliseconds delay);
    void neverAnswer(const QString &name) { delay(name, std::chrono::hours(24)); }

    // The questions asked so far, e.g. "MX example.test", "TXT _dmarc.example.test", in order.
    QStringList questions() const { return m_questions; }

    void lookupMx(const QString &domain, Callback<net::MxRecord> done) override;
    void lookupSrv(const QString &name, Callback<net::SrvRecord> done) override;
    void lookupAddresses(const QString &host, Callback<QHostAddress> done) override;
    void lookupTxt(const QString &name, Callback<QString> done) override;

private:
    template<typename T> void answer(const QString &type, const QString &name, QList<T> records, Callback<T> done);

    QHash<QString, QList<net::MxRecord>> m_mx;
    QHash<QString, QList<net::SrvRecord>> m_srv;
    QHash<QString, QList<QString>> m_txt;
    QHash<QString, QList<QHostAddress>> m_addresses;
    QHash<QString, QString> m_failures;
    QHash<QString, std::chrono::milliseconds> m_delays;
    QStringList m_questions;
};

} // namespace remitente::testing
