#pragma once

#include "RelaySession.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace remitente::relay {

// The relay's listener: one RelaySession per connection, at most maxConnections at once (the next ones are told
// to come back later), STARTTLS offered when a certificate is given.
class RelayServer : public QTcpServer
{
    Q_OBJECT
public:
    RelayServer(const RelayClients &clients, RelayDestination &destination, RelayPolicy policy,
                QObject *parent = nullptr);

    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    int maxConnections = 20;
    int activeSessions() const { return m_active; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    const RelayClients &m_clients;
    RelayDestination &m_destination;
    RelayPolicy m_policy;
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_active = 0;
};

} // namespace remitente::relay
