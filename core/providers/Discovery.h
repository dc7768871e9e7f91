#pragma once

#include "net/DnsResolver.h"
#include "ProviderCatalogue.h"

#include "smtp/SessionOptions.h"
#include "smtp/TlsFailure.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace remitente::smtp {
class SmtpSession;
}

namespace remitente::providers {

// One way to reach the outgoing server, and how sure we are of it.
struct Suggestion {
    QString host;
    quint16 port = 0;
    smtp::Security security = smtp::Security::ImplicitTls;
    QString source;      // "catalogue", "mx", "srv", "guess"
    bool confirmed = false; // our own catalogue, or a TLS handshake with a valid certificate for this host
    QStringList authMechanisms; // what the server offered after TLS, when probed
    QString problem;     // why a probe failed, translated
    QStringList certificateNames; // when the certificate is valid for other names (shared hosting): try these

    // A catalogue server for an address at `domain` (%DOMAIN% filled in); the caller skips %REGION% hosts.
    static Suggestion fromCatalogue(const ServerSetting &server, const QString &domain, const QString &source);
};

struct DiscoveryResult {
    QString address;
    QString providerId;  // a catalogue entry, when one matched (by domain or MX)
    QString username;    // by the provider's rule; the address otherwise
    QList<Suggestion> suggestions; // best first; confirmed ones before the rest
    bool timedOut = false;

    std::optional<Suggestion> best() const;
};

// Email address -> outgoing settings, in order of trust: the catalogue by domain (no network), MX records matched
// to catalogue patterns, SRV (_submissions, _submission), autoconfig over HTTPS, then guessed hosts; every host
// that is not from the catalogue is probed (connect, TLS, EHLO) in parallel with bounded concurrency. Independent lookups run together under one overall deadline; every step is
// reported as it happens; cancel() stops everything. DNS answers are suggestions until a TLS handshake with a
// valid certificate confirms them.
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

    Discovery(const ProviderCatalogue &catalogue, net::DnsResolver &resolver, Options options, QObject *parent = nullptr);
    ~Discovery() override;

    void start(const QString &address);
    void cancel();

Q_SIGNALS:
    // step: "catalogue", "mx", "autoconfig", "probe"; message: translated, for a progress line
    void progress(const QString &step, const QString &message);
    void finished(const remitente::providers::DiscoveryResult &result);

private:
    struct Probe;
    void useProvider(const Provider &provider, const QString &source);
    void onMx(const QList<net::MxRecord> &records, const QString &error);
    void onSrv(const QList<net::SrvRecord> &records, smtp::Security security);
    void startAutoconfig();
    void lookupsSettled();
    void addCandidate(const QString &host, quint16 port, smtp::Security security, const QString &source);
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
    int m_lookupsLeft = 0;
    std::vector<std::unique_ptr<Probe>> m_probes;
    int m_running = 0;
    bool m_done = true;
    QTimer m_deadline;
    QTimer m_grace;
    QElapsedTimer m_clock;
};

} // namespace remitente::providers
