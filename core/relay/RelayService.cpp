#include "RelayService.h"

#include <QCoreApplication>

namespace remitente::relay {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::relay::RelayService)
};
} // namespace

RelayService::RelayService(outbox::OutboxStore &store, const accounts::AccountStore &accounts, QString clientsPath,
                           QObject *parent)
    : QObject(parent), m_clients(std::move(clientsPath)), m_destination(store, accounts)
{
    m_destination.queued = [this](qint64 id) { Q_EMIT messageQueued(id); };
    m_destination.warned
        = [this](qint64 id, const QList<diagnosis::SendingWarning> &warnings) { Q_EMIT messageWarned(id, warnings); };
}

RelayService::~RelayService() = default;

bool RelayService::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

void RelayService::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool RelayService::listen(const QHostAddress &address, quint16 port, QString *error)
{
    stop();
    m_policy.tlsRequired = m_tlsRequiredOnLoopback || !isLoopback(address);
    if (m_policy.tlsRequired && m_certificate.isNull()) {
        *error = Text::tr("Listening on %1 reaches beyond this computer: the relay needs its certificate for that.")
                     .arg(address.toString());
        return false;
    }
    auto server = std::make_unique<RelayServer>(m_clients, m_destination, m_policy);
    if (!m_certificate.isNull())
        server->setCertificate(m_certificate, m_key);
    if (!server->listen(address, port)) {
        if (server->serverError() == QAbstractSocket::AddressInUseError)
            *error = Text::tr("Port %1 on %2 is already in use, perhaps by another Remitente relay (the app or "
                              "remitente-cli relay): stop that one, or choose another port.")
                         .arg(port)
                         .arg(address.toString());
        else
            *error = Text::tr("The relay cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(server->errorString());
        return false;
    }
    m_server = std::move(server);
    return true;
}

void RelayService::stop()
{
    if (m_server)
        m_server->close(); // sessions under way finish; no new ones
    m_server.reset();
}

bool RelayService::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress RelayService::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 RelayService::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

} // namespace remitente::relay
