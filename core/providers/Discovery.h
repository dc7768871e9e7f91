#pragma once

#include "DiscoveryJudges.h"
#include "ProviderCatalogue.h"
#include "Suggestion.h"

#include "net/DnsResolver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

namespace remitente::smtp {
class SmtpSession;
}

namespace remitente::providers {

// Email address -> outgoing settings (and where its mailbox is read: the provider's IMAP server, autoconfig's
// incoming server, SRV _imaps/_imap, else beside the SMTP server), in order of trust: the catalogue by domain (no
// network), MX records matched to catalogue patterns, SRV (_submissions, _submission), autoconfig over HTTPS, then
// guessed hosts; every host that is not from the catalogue is probed (connect, TLS, EHLO) in parallel with bounded
// concurrency. Independent lookups run together under one overall deadline; every step is reported as it happens;
// cancel() stops everything. DNS answers are suggestions until a TLS handshake with a valid certificate confirms them.
// This class gathers; the choices over what it gathered are DiscoveryJudges'.
class Discovery : public QObject
{
    Q_OBJECT
public:
    struct Options {
        std::chrono::milliseconds deadline{15000};
        std::chrono::milliseconds probeTimeout{8000};
        int parallelProbes = 4;
        QList<QSslCertificate> extraCaCertificates;
    };

    Discovery(const ProviderCatalogue &catalogue, net::DnsResolver &resolver, Options options,
              QObject *parent = nullptr);
    ~Discovery() override;

    void start(const QString &address);
    void cancel();

Q_SIGNALS:
    // step: "catalogue", "mx", "autoconfig", "probe"; message: translated, for a progress line
    void progress(const QString &step, const QString &message);
    void finished(const remitente::providers::DiscoveryResult &result);

private:
    void useProvider(const Provider &provider, const QString &source);
    void onMx(const QList<net::MxRecord> &records);
    void onSrv(const QList<net::SrvRecord> &records, smtp::Security security);
    void onImapSrv(const QList<net::SrvRecord> &records, imap::ImapSecurity security);
    // Keeps the IMAP server from the most trusted source: the provider, autoconfig, SRV (imaps, then imap).
    void offerImap(const imap::ImapServer &server, const QString &source, int rank);
    void startAutoconfig();
    void lookupsSettled();
    void runProbes();
    void startProbe(int index);
    void probeDone(int index, bool ok);
    void maybeFinish();
    void finish(bool timedOut);

    const ProviderCatalogue &m_catalogue;
    net::DnsResolver &m_resolver;
    Options m_options;
    DiscoveryResult m_result;
    QString m_domain;
    QString m_autoconfigUsername;
    int m_imapRank = 0; // of the IMAP server kept; lower is more trusted, 0: none yet
    int m_lookupsLeft = 0;
    QList<Candidate> m_candidates;
    std::vector<std::unique_ptr<smtp::SmtpSession>> m_sessions; // by candidate, once its probe has started
    int m_running = 0;
    bool m_done = true;
    QTimer m_deadline;
    QTimer m_grace;
    QElapsedTimer m_clock;
};

} // namespace remitente::providers
