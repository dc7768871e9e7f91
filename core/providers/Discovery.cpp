#include "Discovery.h"

#include "mime/Mailbox.h"

#include "Autoconfig.h"
#include "net/HttpsFetch.h"

#include "smtp/SmtpSession.h"

#include <QUrlQuery>

#include <QCoreApplication>

namespace remitente::providers {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::providers::Discovery)
};
} // namespace

struct Discovery::Probe {
    enum class State { Waiting, Running, Done };
    Suggestion suggestion;
    State state = State::Waiting;
    std::unique_ptr<smtp::SmtpSession> session;
};

Suggestion Suggestion::fromCatalogue(const ServerSetting &server, const QString &domain, const QString &source)
{
    Suggestion suggestion;
    suggestion.host = QString(server.host).replace(QStringLiteral("%DOMAIN%"), domain);
    suggestion.port = server.port;
    suggestion.security = server.security == u"tls" ? smtp::Security::ImplicitTls : smtp::Security::StartTls;
    suggestion.source = source;
    suggestion.confirmed = server.verified;
    return suggestion;
}

std::optional<Suggestion> DiscoveryResult::best() const
{
    for (const Suggestion &suggestion : suggestions) {
        if (suggestion.confirmed)
            return suggestion;
    }
    return std::nullopt;
}

Discovery::Discovery(const ProviderCatalogue &catalogue, net::DnsResolver &resolver, Options options, QObject *parent)
    : QObject(parent), m_catalogue(catalogue), m_resolver(resolver), m_options(std::move(options))
{
    m_deadline.setSingleShot(true);
    m_grace.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(true); });
    connect(&m_grace, &QTimer::timeout, this, [this] { finish(false); });
}

Discovery::~Discovery()
{
    m_done = true;
}

void Discovery::start(const QString &address)
{
    m_result = {};
    m_result.address = address.trimmed();
    m_result.username = m_result.address;
    m_domain = mime::domainOf(m_result.address).toLower();
    m_probes.clear();
    m_running = 0;
    m_done = false;
    m_clock.start();
    m_deadline.start(m_options.deadline);

    Q_EMIT progress(QStringLiteral("catalogue"), tr("Looking up your provider..."));
    if (const Provider *provider = m_catalogue.byDomain(m_domain)) {
        useProvider(*provider, QStringLiteral("catalogue"));
        QTimer::singleShot(0, this, [this] { finish(false); });
        return;
    }
    Q_EMIT progress(QStringLiteral("mx"), tr("Asking %1's mail servers who runs its email...").arg(m_domain));
    m_lookupsLeft = 4;
    startAutoconfig();
    m_resolver.lookupMx(m_domain, [this](const QList<net::MxRecord> &records, const QString &error) { onMx(records, error); });
    m_resolver.lookupSrv(QStringLiteral("_submissions._tcp.") + m_domain,
                         [this](const QList<net::SrvRecord> &records, const QString &) { onSrv(records, smtp::Security::ImplicitTls); });
    m_resolver.lookupSrv(QStringLiteral("_submission._tcp.") + m_domain,
                         [this](const QList<net::SrvRecord> &records, const QString &) { onSrv(records, smtp::Security::StartTls); });
}

void Discovery::cancel()
{
    m_done = true;
    m_deadline.stop();
    m_grace.stop();
    for (const auto &probe : m_probes) {
        if (probe->session)
            probe->session->cancel();
    }
}

void Discovery::useProvider(const Provider &provider, const QString &source)
{
    if (!m_result.providerId.isEmpty())
        return;
    m_result.providerId = provider.id;
    const QString username = provider.usernameFor(m_result.address);
    m_result.username = username.isEmpty() ? m_result.address : username;
    for (const ServerSetting &server : provider.servers) {
        if (server.host.contains(QStringLiteral("%REGION%")))
            continue; // the person picks the region
        m_result.suggestions.append(Suggestion::fromCatalogue(server, m_domain, source));
    }
    Q_EMIT progress(source, tr("Found: %1").arg(provider.name));
}

void Discovery::onMx(const QList<net::MxRecord> &records, const QString &)
{
    if (m_done)
        return;
    for (const net::MxRecord &record : records) {
        if (const Provider *provider = m_catalogue.byMx(record.exchange)) {
            useProvider(*provider, QStringLiteral("mx"));
            break;
        }
    }
    if (--m_lookupsLeft == 0)
        lookupsSettled();
}

void Discovery::onSrv(const QList<net::SrvRecord> &records, smtp::Security security)
{
    if (m_done)
        return;
    for (const net::SrvRecord &record : records)
        addCandidate(record.target, record.port, security, QStringLiteral("srv"));
    if (--m_lookupsLeft == 0)
        lookupsSettled();
}

void Discovery::startAutoconfig()
{
    // Thunderbird's two places, asked together; the lookup counts as done when both have answered.
    QUrl primary(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(m_domain));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("emailaddress"), m_result.address);
    primary.setQuery(query);
    const QUrl wellKnown(QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(m_domain));
    auto left = std::make_shared<int>(2);
    for (const QUrl &url : {primary, wellKnown}) {
        m_resolver.lookupAddresses(url.host(), [this, url, left](const QList<QHostAddress> &addresses, const QString &) {
            if (m_done)
                return;
            auto settle = [this, left] {
                if (--*left == 0 && !m_done && --m_lookupsLeft == 0)
                    lookupsSettled();
            };
            if (addresses.isEmpty()) {
                settle();
                return;
            }
            new net::HttpsFetch(url, addresses.first(), m_options.extraCaCertificates, m_options.probeTimeout,
                           [this, settle](int status, const QByteArray &body, const QString &) {
                               if (m_done)
                                   return;
                               if (status == 200) {
                                   for (const AutoconfigServer &server : parseAutoconfig(body, m_result.address)) {
                                       addCandidate(server.host, server.port, server.security, QStringLiteral("autoconfig"));
                                       if (!server.username.isEmpty())
                                           m_autoconfigUsername = server.username;
                                   }
                                   Q_EMIT progress(QStringLiteral("autoconfig"), tr("Found a published configuration."));
                               }
                               settle();
                           },
                           this);
        });
    }
}

void Discovery::lookupsSettled()
{
    if (!m_result.providerId.isEmpty()) { // the MX named a provider we know: its servers are known facts
        finish(false);
        return;
    }
    // Lookups answer in any order: rank by trust (SRV, then autoconfig), and implicit TLS first (RFC 8314 5.1).
    auto rank = [](const Suggestion &s) {
        return (s.source == u"srv" ? 0 : 2) + (s.security == smtp::Security::ImplicitTls ? 0 : 1);
    };
    std::stable_sort(m_probes.begin(), m_probes.end(),
                     [&](const auto &a, const auto &b) { return rank(a->suggestion) < rank(b->suggestion); });
    for (const QString &host : {QStringLiteral("smtp.") + m_domain, QStringLiteral("mail.") + m_domain, m_domain}) {
        addCandidate(host, 465, smtp::Security::ImplicitTls, QStringLiteral("guess"));
        addCandidate(host, 587, smtp::Security::StartTls, QStringLiteral("guess"));
    }
    Q_EMIT progress(QStringLiteral("probe"), tr("Trying the likely servers (%1)...").arg(m_probes.size()));
    runProbes();
}

void Discovery::addCandidate(const QString &host, quint16 port, smtp::Security security, const QString &source)
{
    for (const auto &probe : m_probes) {
        if (probe->suggestion.host.compare(host, Qt::CaseInsensitive) == 0 && probe->suggestion.port == port)
            return;
    }
    auto probe = std::make_unique<Probe>();
    probe->suggestion.host = host;
    probe->suggestion.port = port;
    probe->suggestion.security = security;
    probe->suggestion.source = source;
    m_probes.push_back(std::move(probe));
}

void Discovery::runProbes()
{
    for (int i = 0; i < int(m_probes.size()) && m_running < m_options.parallelProbes; ++i) {
        if (m_probes[i]->state == Probe::State::Waiting)
            startProbe(i);
    }
    maybeFinish();
}

void Discovery::startProbe(int index)
{
    Probe &probe = *m_probes[index];
    probe.state = Probe::State::Running;
    ++m_running;
    m_resolver.lookupAddresses(probe.suggestion.host, [this, index](const QList<QHostAddress> &addresses, const QString &error) {
        if (m_done)
            return;
        Probe &probe = *m_probes[index];
        if (addresses.isEmpty()) {
            probe.suggestion.problem = error.isEmpty() ? tr("The name %1 does not exist.").arg(probe.suggestion.host) : error;
            probeDone(index, false);
            return;
        }
        smtp::SessionOptions options;
        options.host = probe.suggestion.host;
        options.port = probe.suggestion.port;
        options.security = probe.suggestion.security;
        options.addresses = addresses;
        options.extraCaCertificates = m_options.extraCaCertificates;
        options.timeouts.connect = m_options.probeTimeout;
        options.timeouts.command = m_options.probeTimeout;
        probe.session = std::make_unique<smtp::SmtpSession>(options);
        smtp::SmtpSession *session = probe.session.get();
        connect(session, &smtp::SmtpSession::ready, this, [this, index, session] {
            m_probes[index]->suggestion.authMechanisms = session->capabilities().authMechanisms;
            session->quit();
        });
        connect(session, &smtp::SmtpSession::finished, this, [this, index, session] {
            if (m_done)
                return;
            Suggestion &suggestion = m_probes[index]->suggestion;
            const std::optional<smtp::SmtpError> &error = session->error();
            if (error) {
                suggestion.problem = error->message;
                if (error->tls && error->tls->problems.contains(smtp::CertificateProblem::HostNameMismatch))
                    suggestion.certificateNames = error->tls->certificate.names;
            }
            probeDone(index, !error);
        });
        session->open();
    });
}

void Discovery::probeDone(int index, bool ok)
{
    Probe &probe = *m_probes[index];
    probe.state = Probe::State::Done;
    probe.suggestion.confirmed = ok;
    --m_running;
    if (ok)
        Q_EMIT progress(QStringLiteral("probe"),
                        tr("%1 port %2 answered securely").arg(probe.suggestion.host).arg(probe.suggestion.port));
    runProbes();
}

void Discovery::maybeFinish()
{
    if (m_done || m_probes.empty())
        return;
    int firstConfirmed = -1;
    bool allDone = true;
    for (int i = 0; i < int(m_probes.size()); ++i) {
        if (m_probes[i]->state != Probe::State::Done)
            allDone = false;
        if (firstConfirmed < 0 && m_probes[i]->suggestion.confirmed)
            firstConfirmed = i;
    }
    if (allDone) {
        finish(false);
        return;
    }
    if (firstConfirmed < 0)
        return;
    bool betterPending = false;
    for (int i = 0; i < firstConfirmed; ++i)
        betterPending = betterPending || m_probes[i]->state != Probe::State::Done;
    if (!betterPending) {
        finish(false);
        return;
    }
    // A working server is known; give better-ranked ones a moment (a tenth of the time so far), not their timeouts.
    if (!m_grace.isActive())
        m_grace.start(std::max<qint64>(100, m_clock.elapsed() / 10));
}

void Discovery::finish(bool timedOut)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_grace.stop();
    m_result.timedOut = timedOut;
    QList<Suggestion> confirmed, rest;
    for (const auto &probe : m_probes) {
        (probe->suggestion.confirmed ? confirmed : rest).append(probe->suggestion);
        if (probe->session && !probe->session->isFinished())
            probe->session->cancel();
    }
    m_result.suggestions += confirmed + rest;
    if (const std::optional<Suggestion> chosen = m_result.best(); chosen && chosen->source == u"autoconfig"
                                                                  && !m_autoconfigUsername.isEmpty())
        m_result.username = m_autoconfigUsername;
    Q_EMIT finished(m_result);
}

} // namespace remitente::providers
