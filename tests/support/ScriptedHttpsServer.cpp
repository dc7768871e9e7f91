#include "ScriptedHttpsServer.h"
#include "ScriptedSmtpServer.h"

#include <QFile>
#include <QSslSocket>
#include <QTimer>

namespace remitente::testing {

namespace {
const char BufferProperty[] = "scriptedRequest";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

QMap<QString, QString> RecordedHttpRequest::form() const
{
    QMap<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        fields.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name.replace('+', ' '))),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value.replace('+', ' '))));
    }
    return fields;
}

ScriptedHttpsServer::ScriptedHttpsServer(QList<ScriptedHttpResponse> script, QObject *parent)
    : QTcpServer(parent), m_script(std::move(script))
{
    QFile certificate(ScriptedSmtpServer::pkiPath(QStringLiteral("server.pem")));
    QFile key(ScriptedSmtpServer::pkiPath(QStringLiteral("server.key")));
    if (certificate.open(QIODevice::ReadOnly))
        m_certificate = QSslCertificate(&certificate, QSsl::Pem);
    if (key.open(QIODevice::ReadOnly))
        m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
}

bool ScriptedHttpsServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpsServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}

QList<QSslCertificate> ScriptedHttpsServer::testCa()
{
    return QSslCertificate::fromPath(ScriptedSmtpServer::pkiPath(QStringLiteral("ca.pem")));
}

void ScriptedHttpsServer::incomingConnection(qintptr handle)
{
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(handle);
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { readRequest(socket); });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

void ScriptedHttpsServer::readRequest(QSslSocket *socket)
{
    QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    socket->setProperty(BufferProperty, buffer);
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    RecordedHttpRequest request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return;
    request.body = buffer.mid(headEnd + 4, length);
    socket->setProperty(BufferProperty, QVariant());
    m_requests.append(request);
    const ScriptedHttpResponse response
        = m_script.isEmpty() ? ScriptedHttpResponse::json(500, R"({"error":"script_ended"})") : m_script.takeFirst();
    Q_EMIT requestReceived();
    if (response.hang)
        return;
    if (response.delay.count() > 0)
        QTimer::singleShot(response.delay, socket, [this, socket, response] { respond(socket, response); });
    else
        respond(socket, response);
}

void ScriptedHttpsServer::respond(QSslSocket *socket, const ScriptedHttpResponse &response)
{
    socket->write("HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
                  + "\r\nContent-Type: " + response.contentType + "\r\nContent-Length: "
                  + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n" + response.body);
    socket->disconnectFromHost();
}

} // namespace remitente::testing
