#include "ScriptedSmtpServer.h"

#include <QFile>
#include <QSslSocket>
#include <QTimer>

namespace remitente::testing {

ScriptedSmtpServer::ScriptedSmtpServer(QStringList script, Transport transport, QObject *parent)
    : QTcpServer(parent), m_script(std::move(script)), m_transport(transport)
{
    setCertificate(pkiPath(QStringLiteral("server.pem")), pkiPath(QStringLiteral("server.key")));
}

QString ScriptedSmtpServer::pkiPath(const QString &file)
{
    return QStringLiteral(REMITENTE_TEST_PKI_DIR) + u'/' + file;
}

void ScriptedSmtpServer::setCertificate(const QString &certificatePath, const QString &keyPath)
{
    QFile certificate(certificatePath);
    QFile key(keyPath);
    if (certificate.open(QIODevice::ReadOnly))
        m_certificate = QSslCertificate(&certificate, QSsl::Pem);
    if (key.open(QIODevice::ReadOnly))
        m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
}

bool ScriptedSmtpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void ScriptedSmtpServer::incomingConnection(qintptr handle)
{
    ++m_connections;
    if (m_socket) { // one conversation per script
        QTcpSocket extra;
        extra.setSocketDescriptor(handle);
        extra.abort();
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSocketDescriptor(handle);
    m_socket->setLocalCertificate(m_certificate);
    m_socket->setPrivateKey(m_key);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificate
    connect(m_socket, &QSslSocket::readyRead, this, [this] {
        const QByteArray bytes = m_socket->readAll();
        m_raw += bytes;
        m_buffer += bytes;
        if (!m_waiting)
            advance();
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] { m_clientClosed = true; });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_waiting = false;
        advance();
    });
    if (m_transport == Transport::ImplicitTls) {
        m_waiting = true;
        m_socket->startServerEncryption();
        return;
    }
    QTimer::singleShot(0, this, &ScriptedSmtpServer::advance);
}

bool ScriptedSmtpServer::takeLine(QByteArray &line)
{
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0)
        return false;
    line = m_buffer.left(newline);
    if (line.endsWith('\r'))
        line.chop(1);
    m_buffer.remove(0, newline + 1);
    m_received.append(QString::fromUtf8(line));
    return true;
}

void ScriptedSmtpServer::failScript(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_step = m_script.size() + 1;
    m_socket->abort();
}

void ScriptedSmtpServer::advance()
{
    // Steps go on after the client has closed: its last lines may arrive together with the close.
    while (!m_hung && !m_waiting && m_step < m_script.size() && m_socket) {
        const QString &step = m_script.at(m_step);
        if (step.startsWith(u"S: ")) {
            m_socket->write(step.mid(3).toUtf8() + "\r\n");
        } else if (step.startsWith(u"S~ ")) {
            QByteArray raw = step.mid(3).toUtf8();
            raw.replace("\\r", "\r").replace("\\n", "\n");
            m_socket->write(raw);
        } else if (step.startsWith(u"C: ")) {
            QByteArray line;
            if (!takeLine(line))
                return;
            const QString pattern = step.mid(3);
            const QString got = QString::fromUtf8(line);
            const bool matches = pattern.endsWith(u'*') ? got.startsWith(pattern.chopped(1)) : got == pattern;
            if (!matches) {
                failScript(QStringLiteral("step %1: expected \"%2\", got \"%3\"").arg(m_step).arg(pattern, got));
                return;
            }
        } else if (step == u"!data") {
            const qsizetype end = m_buffer.indexOf("\r\n.\r\n");
            if (end < 0 && !m_buffer.startsWith(".\r\n"))
                return;
            const qsizetype length = end < 0 ? 3 : end + 5;
            m_data += m_buffer.left(length);
            m_buffer.remove(0, length);
            m_received.append(QStringLiteral("<data>"));
        } else if (step == u"!bdat") {
            const qsizetype newline = m_buffer.indexOf("\r\n");
            if (newline < 0)
                return;
            const QList<QByteArray> words = m_buffer.left(newline).split(' ');
            const qsizetype size = words.value(1).toLongLong();
            if (words.value(0) != "BDAT") {
                failScript(QStringLiteral("step %1: expected BDAT, got %2")
                               .arg(m_step)
                               .arg(QString::fromUtf8(m_buffer.left(newline))));
                return;
            }
            if (m_buffer.size() < newline + 2 + size)
                return;
            m_received.append(QString::fromUtf8(m_buffer.left(newline)));
            m_data += m_buffer.mid(newline + 2, size);
            m_buffer.remove(0, newline + 2 + size);
        } else if (step == u"!starttls") {
            ++m_step;
            m_waiting = true;
            m_buffer.clear();
            m_socket->startServerEncryption();
            return;
        } else if (step.startsWith(u"!pause ")) {
            ++m_step;
            m_waiting = true;
            QTimer::singleShot(step.mid(7).toInt(), this, [this] {
                m_waiting = false;
                advance();
            });
            return;
        } else if (step == u"!close") {
            ++m_step;
            m_socket->disconnectFromHost();
            return;
        } else if (step == u"!hang") {
            ++m_step;
            m_hung = true;
            return;
        } else {
            failScript(QStringLiteral("unknown script step: ") + step);
            return;
        }
        ++m_step;
    }
}

} // namespace remitente::testing
