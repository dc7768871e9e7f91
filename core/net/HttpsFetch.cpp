#include "HttpsFetch.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace remitente::net {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::net::HttpsFetch)
};
constexpr qsizetype MaxResponse = 64 * 1024;
} // namespace

bool parseHttpResponse(const QByteArray &response, int *status, QByteArray *body)
{
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd < 0 || !response.startsWith("HTTP/1."))
        return false;
    const QList<QByteArray> lines = response.left(headerEnd).split('\n');
    bool ok = false;
    *status = lines.first().split(' ').value(1).toInt(&ok);
    if (!ok)
        return false;
    bool chunked = false;
    qsizetype length = -1;
    for (const QByteArray &line : lines.mid(1)) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("transfer-encoding:") && lower.contains("chunked"))
            chunked = true;
        else if (lower.startsWith("content-length:"))
            length = lower.mid(15).trimmed().toLongLong();
    }
    QByteArray rest = response.mid(headerEnd + 4);
    if (!chunked) {
        *body = length >= 0 ? rest.left(length) : rest;
        return length < 0 || rest.size() >= length;
    }
    body->clear();
    qsizetype pos = 0;
    while (true) {
        const qsizetype lineEnd = rest.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        const qsizetype size = rest.mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || lineEnd + 2 + size > rest.size())
            return false;
        if (size == 0)
            return true;
        *body += rest.mid(lineEnd + 2, size);
        pos = lineEnd + 2 + size + 2;
    }
}

HttpsFetch::HttpsFetch(QUrl url, QHostAddress address, QList<QSslCertificate> extraCa,
                       std::chrono::milliseconds timeout, Callback done, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_done(std::move(done)), m_socket(new QSslSocket(this))
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!extraCa.isEmpty())
        tls.addCaCertificates(extraCa);
    m_socket->setSslConfiguration(tls);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        const QByteArray path = m_url.path(QUrl::FullyEncoded).toLatin1()
            + (m_url.hasQuery() ? '?' + m_url.query(QUrl::FullyEncoded).toLatin1() : QByteArray());
        m_socket->write(
            "GET " + path + " HTTP/1.1\r\nHost: " + m_url.host().toLatin1()
            + "\r\nAccept: application/xml, text/xml\r\nUser-Agent: Remitente\r\nConnection: close\r\n\r\n");
    });
    connect(m_socket, &QSslSocket::readyRead, this, [this] {
        m_response += m_socket->readAll();
        if (m_response.size() > MaxResponse)
            finish(Text::tr("the answer is too large"));
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] { finish({}); });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        finish(Text::tr("the certificate of %1 is not valid (%2)").arg(m_url.host(), errors.first().errorString()));
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_socket->error() != QAbstractSocket::RemoteHostClosedError)
            finish(m_socket->errorString());
    });
    QTimer::singleShot(timeout, this, [this] { finish(Text::tr("no answer in time")); });
    m_socket->connectToHostEncrypted(address.toString(), quint16(m_url.port(443)), m_url.host());
}

void HttpsFetch::finish(const QString &error)
{
    if (std::exchange(m_finished, true))
        return;
    m_socket->abort();
    int status = 0;
    QByteArray body;
    if (!error.isEmpty())
        m_done(0, {}, error);
    else if (!parseHttpResponse(m_response, &status, &body))
        m_done(0, {}, Text::tr("the answer is not valid HTTP"));
    else
        m_done(status, body, {});
}

} // namespace remitente::net
