#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>

class QSslSocket;

namespace remitente::testing {

// A fake SMTP server that plays one scripted conversation, for protocol corners no real server shows on demand.
// Script lines:
//   S: text       send "text\r\n"
//   S~ text       send text as is, where \r and \n are escapes (to split replies or inject bytes)
//   C: pattern    read one client line; it must equal pattern ("*" at the end matches any rest)
//   !data         read message data up to and including "\r\n.\r\n" (kept in messageData())
//   !bdat         read one "BDAT n [LAST]" line and its n octets (kept in messageData())
//   !starttls     start TLS as the server
//   !pause MS     wait before the next step
//   !close        close the connection
//   !hang         stop answering (a silent server)
class ScriptedSmtpServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Transport { Plain, ImplicitTls };

    explicit ScriptedSmtpServer(QStringList script, Transport transport = Transport::Plain, QObject *parent = nullptr);
    // Certificate for TLS (implicit or STARTTLS); defaults to the test PKI's server certificate.
    void setCertificate(const QString &certificatePath, const QString &keyPath);
    bool start();

    bool scriptCompleted() const { return m_step >= m_script.size(); }
    QString scriptError() const { return m_error; }
    QStringList receivedLines() const { return m_received; }
    QByteArray messageData() const { return m_data; }
    QByteArray unreadInput() const { return m_buffer; } // what the client sent that the script did not read
    QByteArray receivedBytes() const { return m_raw; }  // everything the client sent, as it came (after TLS)
    int connectionCount() const { return m_connections; }
    bool clientClosed() const { return m_clientClosed; }

    // Path of the test PKI (made by make-test-pki.sh at configure time).
    static QString pkiPath(const QString &file);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void advance();
    bool takeLine(QByteArray &line);
    void failScript(const QString &message);

    QStringList m_script;
    Transport m_transport;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QSslSocket *m_socket = nullptr;
    QByteArray m_buffer;
    QByteArray m_raw;
    qsizetype m_step = 0;
    bool m_waiting = false; // paused, or waiting for a TLS handshake
    bool m_hung = false;
    QString m_error;
    QStringList m_received;
    QByteArray m_data;
    int m_connections = 0;
    bool m_clientClosed = false;
};

} // namespace remitente::testing
