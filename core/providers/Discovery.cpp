#include "Discovery.h"

#include "Autoconfig.h"
#include "ImapSuggestion.h"

#include "mime/Mailbox.h"
#include "net/HttpsFetch.h"
#include "smtp/SmtpSession.h"

#include <QUrlQuery>

namespace remitente::providers {

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
    m_candidates.clear();
    m_sessions.clear();
    m_running = 0;
    m_imapRank = 0;
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
    m_lookupsLeft = 6;
    startAutoconfig();
    m_resolver.lookupMx(m_domain, [this](const QList<net::MxRecord> &records, const QString &) { onMx(records); });
    m_resolver.lookupSrv(
        QStringLiteral("_submissions._tcp.") + m_domain,
        [this](const QList<net::SrvRecord> &records, const QString &) { onSrv(records, smtp::Security::ImplicitTls); });
    m_resolver.lookupSrv(
        QStringLiteral("_submission._tcp.") + m_domain,
        [this](const QList<net::SrvRecord> &records, const QString &) { onSrv(records, smtp::Security::StartTls); });
    // RFC 6186 (with RFC 8314's implicit TLS first) for the mailbox.
    m_resolver.lookupSrv(
        QStringLiteral("_imaps._tcp.") + m_domain,
        [this](const QList<net::SrvRecord> &records, const QString &) { onImapSrv(records, imap::ImapSecurity::Tls); });
    m_resolver.lookupSrv(QStringLiteral("_imap._tcp.") + m_domain,
                         [this](const QList<net::SrvRecord> &records, const QString &) {
                             onImapSrv(records, imap::ImapSecurity::StartTls);
                         });
}

void Discovery::cancel()
{
    m_done = true;
    m_deadline.stop();
    m_grace.stop();
    for (const auto &session : m_sessions) {
        if (session)
            session->cancel();
    }
}

void Discovery::useProvider(const Provider &provider, const QString &source)
{
    if (!m_result.providerId.isEmpty())
        return;
    m_result.providerId = provider.id;
    const QString username = provider.usernameFor(m_result.address);
    m_result.username = username.isEmpty() ? m_result.address : username;
    m_result.suggestions += catalogueSuggestions(provider, m_domain, source);
    // The provider's own IMAP server wins; a provider without one (a sending service) has no mailbox to read.
    m_result.imap = provider.imapServerFor(m_domain);
    m_result.imapSource = m_result.imap.isSet() ? source : QString();
    m_imapRank = 1;
    Q_EMIT progress(source, tr("Found: %1").arg(provider.name));
}

void Discovery::onMx(const QList<net::MxRecord> &records)
{
    if (m_done)
        return;
    if (const Provider *provider = providerByMx(m_catalogue, records))
        useProvider(*provider, QStringLiteral("mx"));
    if (--m_lookupsLeft == 0)
        lookupsSettled();
}

void Discovery::onSrv(const QList<net::SrvRecord> &records, smtp::Security security)
{
    if (m_done)
        return;
    for (const net::SrvRecord &record : records)
        addCandidate(m_candidates, record.target, record.port, security, QStringLiteral("srv"));
    if (--m_lookupsLeft == 0)
        lookupsSettled();
}

void Discovery::onImapSrv(const QList<net::SrvRecord> &records, imap::ImapSecurity security)
{
    if (m_done)
        return;
    if (!records.isEmpty()) // by priority then weight: the first is the one to use
        offerImap({records.first().target, records.first().port, security}, QStringLiteral("srv"),
                  security == imap::ImapSecurity::Tls ? 3 : 4);
    if (--m_lookupsLeft == 0)
        lookupsSettled();
}

void Discovery::offerImap(const imap::ImapServer &server, const QString &source, int rank)
{
    QString host = server.host;
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty() || server.port == 0 || (m_imapRank != 0 && m_imapRank <= rank))
        return;
    m_result.imap = {host, server.port, server.security};
    m_result.imapSource = source;
    m_imapRank = rank;
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
        m_resolver.lookupAddresses(
            url.host(), [this, url, left](const QList<QHostAddress> &addresses, const QString &) {
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
                new net::HttpsFetch(
                    url, addresses.first(), m_options.extraCaCertificates, m_options.probeTimeout,
                    [this, settle](int status, const QByteArray &body, const QString &) {
                        if (m_done)
                            return;
                        if (status == 200) {
                            for (const AutoconfigServer &server : parseAutoconfig(body, m_result.address)) {
                                addCandidate(m_candidates, server.host, server.port, server.security,
                                             QStringLiteral("autoconfig"));
                                if (!server.username.isEmpty())
                                    m_autoconfigUsername = server.username;
                            }
                            const QList<imap::ImapServer> incoming = parseAutoconfigImap(body);
                            if (!incoming.isEmpty())
                                offerImap(incoming.first(), QStringLiteral("autoconfig"), 2);
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
    rankCandidates(m_candidates);
    addGuesses(m_candidates, m_domain);
    m_sessions.resize(m_candidates.size());
    Q_EMIT progress(QStringLiteral("probe"), tr("Trying the likely servers (%1)...").arg(m_candidates.size()));
    runProbes();
}

void Discovery::runProbes()
{
    for (int i = 0; i < int(m_candidates.size()) && m_running < m_options.parallelProbes; ++i) {
        if (m_candidates[i].state == ProbeState::Waiting)
            startProbe(i);
    }
    maybeFinish();
}

void Discovery::startProbe(int index)
{
    m_candidates[index].state = ProbeState::Running;
    ++m_running;
    const QString host = m_candidates[index].suggestion.host;
    m_resolver.lookupAddresses(host, [this, index](const QList<QHostAddress> &addresses, const QString &error) {
        if (m_done)
            return;
        Suggestion &suggestion = m_candidates[index].suggestion;
        if (addresses.isEmpty()) {
            suggestion.problem = error.isEmpty() ? tr("The name %1 does not exist.").arg(suggestion.host) : error;
            probeDone(index, false);
            return;
        }
        smtp::SessionOptions options;
        options.host = suggestion.host;
        options.port = suggestion.port;
        options.security = suggestion.security;
        options.addresses = addresses;
        options.extraCaCertificates = m_options.extraCaCertificates;
        options.timeouts.connect = m_options.probeTimeout;
        options.timeouts.command = m_options.probeTimeout;
        m_sessions[index] = std::make_unique<smtp::SmtpSession>(options);
        smtp::SmtpSession *session = m_sessions[index].get();
        connect(session, &smtp::SmtpSession::ready, this, [this, index, session] {
            m_candidates[index].suggestion.authMechanisms = session->capabilities().authMechanisms;
            session->quit();
        });
        connect(session, &smtp::SmtpSession::finished, this, [this, index, session] {
            if (m_done)
                return;
            Suggestion &probed = m_candidates[index].suggestion;
            const std::optional<smtp::SmtpError> &error = session->error();
            if (error) {
                probed.problem = error->message;
                if (error->tls && error->tls->problems.contains(smtp::CertificateProblem::HostNameMismatch))
                    probed.certificateNames = error->tls->certificate.names;
            }
            probeDone(index, !error);
        });
        session->open();
    });
}

void Discovery::probeDone(int index, bool ok)
{
    Candidate &candidate = m_candidates[index];
    candidate.state = ProbeState::Done;
    candidate.suggestion.confirmed = ok;
    --m_running;
    if (ok)
        Q_EMIT progress(
            QStringLiteral("probe"),
            tr("%1 port %2 answered securely").arg(candidate.suggestion.host).arg(candidate.suggestion.port));
    runProbes();
}

void Discovery::maybeFinish()
{
    if (m_done)
        return;
    switch (decideAfterProbes(m_candidates)) {
    case ProbeDecision::KeepWaiting:
        return;
    case ProbeDecision::Finish:
        finish(false);
        return;
    case ProbeDecision::WaitBriefly:
        if (!m_grace.isActive())
            m_grace.start(graceAfter(std::chrono::milliseconds(m_clock.elapsed())));
        return;
    }
}

void Discovery::finish(bool timedOut)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_grace.stop();
    m_result.timedOut = timedOut;
    for (const auto &session : m_sessions) {
        if (session && !session->isFinished())
            session->cancel();
    }
    m_result.suggestions += confirmedFirst(m_candidates);
    m_result.username = chosenUsername(m_result, m_autoconfigUsername);
    if (m_imapRank == 0) {
        if (const std::optional<Suggestion> best = m_result.best()) {
            m_result.imap = imapServerBeside(best->host);
            m_result.imapSource = QStringLiteral("guess");
        }
    }
    Q_EMIT finished(m_result);
}

} // namespace remitente::providers
