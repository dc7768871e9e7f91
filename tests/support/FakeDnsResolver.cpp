#include "FakeDnsResolver.h"

#include <QTimer>

#include <algorithm>

namespace remitente::testing {

namespace {
QString key(const QString &name)
{
    QString lower = name.toLower();
    if (lower.endsWith(u'.'))
        lower.chop(1);
    return lower;
}
} // namespace

void FakeDnsResolver::addMx(const QString &domain, const QString &exchange, quint16 preference)
{
    m_mx[key(domain)].append({exchange == u"." ? QString() : exchange, preference});
}

void FakeDnsResolver::addSrv(const QString &name, const QString &target, quint16 port, quint16 priority, quint16 weight)
{
    m_srv[key(name)].append({target, port, priority, weight});
}

void FakeDnsResolver::addTxt(const QString &name, const QString &text)
{
    m_txt[key(name)].append(text);
}

void FakeDnsResolver::addAddress(const QString &host, const QHostAddress &address)
{
    m_addresses[key(host)].append(address);
}

void FakeDnsResolver::failOn(const QString &name, const QString &error)
{
    m_failures.insert(key(name), error);
}

void FakeDnsResolver::delay(const QString &name, std::chrono::milliseconds delay)
{
    m_delays.insert(key(name), delay);
}

template<typename T>
void FakeDnsResolver::answer(const QString &type, const QString &name, QList<T> records, Callback<T> done)
{
    m_questions.append(type + u' ' + name);
    const std::chrono::milliseconds wait = m_delays.value(key(name), std::chrono::milliseconds(0));
    if (wait >= std::chrono::hours(24))
        return;
    const QString error = m_failures.value(key(name));
    if (!error.isEmpty())
        records.clear();
    QTimer::singleShot(wait, this, [records, error, done] { done(records, error); });
}

void FakeDnsResolver::lookupMx(const QString &domain, Callback<net::MxRecord> done)
{
    QList<net::MxRecord> records = m_mx.value(key(domain));
    std::stable_sort(records.begin(), records.end(),
                     [](const net::MxRecord &a, const net::MxRecord &b) { return a.preference < b.preference; });
    answer(QStringLiteral("MX"), domain, records, std::move(done));
}

void FakeDnsResolver::lookupSrv(const QString &name, Callback<net::SrvRecord> done)
{
    QList<net::SrvRecord> records;
    for (const net::SrvRecord &record : m_srv.value(key(name))) {
        if (record.target != u"." && !record.target.isEmpty())
            records.append(record);
    }
    std::stable_sort(records.begin(), records.end(), [](const net::SrvRecord &a, const net::SrvRecord &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
    });
    answer(QStringLiteral("SRV"), name, records, std::move(done));
}

void FakeDnsResolver::lookupAddresses(const QString &host, Callback<QHostAddress> done)
{
    answer(QStringLiteral("A"), host, m_addresses.value(key(host)), std::move(done));
}

void FakeDnsResolver::lookupTxt(const QString &name, Callback<QString> done)
{
    answer(QStringLiteral("TXT"), name, m_txt.value(key(name)), std::move(done));
}

} // namespace remitente::testing
