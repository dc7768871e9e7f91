#include "AcceptingSmtpServer.h"

#include "ScriptedSmtpServer.h"

#include <QFile>
#include <QSslSocket>
#include <QTimer>

namespace remitente::testing {

AcceptingSmtpServer::AcceptingSmtpServer(QObject *parent) : QTcpServer(parent)
{
    QFile certificate(ScriptedSmtpServer::pkiPath(QStringLiteral("server.pem")));
    QFile key(ScriptedSmtpServer::pkiPath(QStringLiteral("server.key")));
    if (certificate.open(QIODevice::ReadOnly))
        m_certificate = QSslCertificate(&certificate);
    if (key.open(QIODevice::ReadOnly))
        m_key = QSslKey(&key, QSsl::Rsa);
}

bool AcceptingSmtpServer::start()
{
    return !m_certificate.isNull() && !m_key.isNull() && listen(QHostAddress::LocalHost, 0);
}

void AcceptingSmtpServer::answerFrom(int n, const QByteArray &reply)
{
    m_answerFrom = n;
    m_reply = reply;
}

void AcceptingSmtpServer::answerMessagesContaining(const QByteArray &marker, const QByteArray &reply, int delayMs)
{
    m_marked.append({marker, {reply, delayMs}});
}

QByteArrayList AcceptingSmtpServer::allMessageIds() const
{
    QByteArrayList all;
    for (const QByteArrayList &ids : m_ids)
        all += ids;
    return all;
}

void AcceptingSmtpServer::incomingConnection(qintptr handle)
{
    const int connection = m_connections++;
    m_ids.append(QByteArrayList());
    m_signIns.append(QByteArray());
    m_mostAtOnce = std::max(m_mostAtOnce, ++m_open);
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(handle);
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    struct State {
        QByteArray buffer;
        QByteArray data;
        bool inData = false;
    };
    auto state = std::make_shared<State>();
    connect(socket, &QSslSocket::encrypted, socket, [socket] { socket->write("220 fake.test ESMTP\r\n"); });
    connect(socket, &QSslSocket::readyRead, this, [this, socket, state, connection] {
        state->buffer += socket->readAll();
        qsizetype end;
        while ((end = state->buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = state->buffer.left(end);
            state->buffer.remove(0, end + 2);
            const Answer answered = answer(connection, line, state->inData, state->data);
            const QByteArray &reply = answered.reply;
            if (answered.delayMs > 0) // the client waits for it before its next command: nothing overtakes it
                QTimer::singleShot(answered.delayMs, socket, [socket, reply] { socket->write(reply + "\r\n"); });
            else if (!reply.isEmpty())
                socket->write(reply + "\r\n");
            if (reply.startsWith("221"))
                socket->disconnectFromHost();
        }
    });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        --m_open;
        socket->deleteLater();
    });
    socket->startServerEncryption();
}

AcceptingSmtpServer::Answer AcceptingSmtpServer::answer(int connection, const QByteArray &line, bool &inData,
                                                        QByteArray &data)
{
    if (inData) {
        if (line != ".") {
            data += line + "\r\n";
            return {};
        }
        inData = false;
        for (const MarkedAnswer &marked : std::as_const(m_marked)) {
            if (data.contains(marked.marker))
                return marked.answer;
        }
        ++m_messages;
        if (m_answerFrom > 0 && m_messages >= m_answerFrom)
            return {m_reply};
        for (const QByteArray &header : data.split('\n')) {
            if (header.startsWith("Message-ID: "))
                m_ids[connection].append(header.mid(12).trimmed());
            if (header.trimmed().isEmpty())
                break;
        }
        return {"250 2.0.0 Ok: queued"};
    }
    const QByteArray verb = line.left(4).toUpper();
    if (verb == "EHLO")
        return {"250-fake.test\r\n250 AUTH PLAIN"};
    if (verb == "AUTH") {
        m_signIns[connection] = line;
        return {"235 2.7.0 ok"};
    }
    if (verb == "DATA") {
        inData = true;
        data.clear();
        return {"354 go on"};
    }
    if (verb == "QUIT")
        return {"221 bye"};
    return {"250 ok"}; // MAIL, RCPT, RSET, NOOP
}

} // namespace remitente::testing
