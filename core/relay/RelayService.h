#pragma once

#include "OutboxRelayDestination.h"
#include "RelayClients.h"
#include "RelayServer.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace remitente::relay {

// The relay as the app and `remitente-cli relay` run it: the listener, the programs allowed to use it
// (relay-clients.json) and the outbox its messages go into. Loopback unless told otherwise; beyond this computer
// it only takes mail over TLS (setCertificate() first).
class RelayService : public QObject
{
    Q_OBJECT
public:
    RelayService(outbox::OutboxStore &store, const accounts::AccountStore &accounts,
                 QString clientsPath = RelayClients::defaultPath(), QObject *parent = nullptr);
    ~RelayService() override;

    static constexpr quint16 DefaultPort = 2525;
    static bool isLoopback(const QHostAddress &address);

    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    void setLimits(const RelayLimits &limits) { m_policy.limits = limits; }
    // The account relay users that name none send from (empty: the accounts' default).
    void setDefaultAccount(const QString &accountId) { m_destination.defaultAccountId = accountId; }
    // Judge each queued message for what would get it junked (messageWarned); none without a catalogue.
    void setCatalogue(const providers::ProviderCatalogue *catalogue) { m_destination.catalogue = catalogue; }
    // STARTTLS before AUTH also on loopback, as beyond this computer (tests, and anyone who wants it there too).
    void setTlsRequiredOnLoopback(bool required) { m_tlsRequiredOnLoopback = required; }
    // False with a translated reason (the port is taken, the address is not this computer's, no certificate for
    // an address beyond this computer).
    [[nodiscard]] bool listen(const QHostAddress &address, quint16 port, QString *error);
    void stop();
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    const RelayClients &clients() const { return m_clients; }

Q_SIGNALS:
    void messageQueued(qint64 id); // committed to the outbox: the sender should look
    // The message just queued may be junked by receivers, and why (it is queued all the same).
    void messageWarned(qint64 id, const QList<remitente::diagnosis::SendingWarning> &warnings);

private:
    RelayClients m_clients;
    OutboxRelayDestination m_destination;
    RelayPolicy m_policy;
    bool m_tlsRequiredOnLoopback = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<RelayServer> m_server;
};

} // namespace remitente::relay
