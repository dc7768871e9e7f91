#include "RelayServer.h"

#include <QSslSocket>

namespace remitente::relay {

RelayServer::RelayServer(const RelayClients &clients, RelayDestination &destination, RelayPolicy policy,
                         QObject *parent)
    : QTcpServer(parent), m_clients(clients), m_destination(destination), m_policy(std::move(policy))
{
}

void RelayServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

void RelayServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_active >= maxConnections) {
        socket->write("421 4.7.0 Too many connections to the relay, try again later\r\n");
        socket->disconnectFromHost();
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    if (!m_certificate.isNull()) {
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
    }
    ++m_active;
    auto *session = new RelaySession(socket, m_clients, m_destination, m_policy, this);
    connect(session, &RelaySession::finished, this, [this, session] {
        --m_active;
        session->deleteLater();
    });
    session->start();
}

} // namespace remitente::relay
