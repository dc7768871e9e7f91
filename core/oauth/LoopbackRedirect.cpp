#include "LoopbackRedirect.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace remitente::oauth {

namespace {
constexpr qsizetype MaxRequestHead = 8 * 1024;
constexpr int MaxConnections = 16;
constexpr std::chrono::milliseconds Linger{500};
// Per connection, kept on the socket itself: the request head read so far, and whether it has been answered.
const char HeadProperty[] = "remitenteRequestHead";
const char AnsweredProperty[] = "remitenteAnswered";
} // namespace

QByteArray redirectPageHtml(const RedirectPage &page)
{
    const QString title = page.title.toHtmlEscaped();
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;margin:3em auto;max-width:36em;padding:0 1em}</style>"
                          "</head><body><h1>%1</h1><p>%2</p></body></html>\n")
        .arg(title, page.text.toHtmlEscaped())
        .toUtf8();
}

LoopbackRedirect::LoopbackRedirect(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(MaxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirect::accept);
}

LoopbackRedirect::~LoopbackRedirect() = default;

bool LoopbackRedirect::listen()
{
    m_done = false;
    m_closed = false;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString LoopbackRedirect::errorString() const
{
    return m_server->errorString();
}

bool LoopbackRedirect::isListening() const
{
    return m_server->isListening();
}

QUrl LoopbackRedirect::redirectUri() const
{
    if (!m_server->isListening())
        return {};
    QUrl uri;
    uri.setScheme(QStringLiteral("http"));
    uri.setHost(QStringLiteral("127.0.0.1"));
    uri.setPort(m_server->serverPort());
    uri.setPath(QStringLiteral("/"));
    return uri;
}

void LoopbackRedirect::close()
{
    m_done = true;
    m_closed = true;
    m_server->close();
    dropConnections(nullptr);
}

void LoopbackRedirect::dropConnections(QTcpSocket *except)
{
    for (QTcpSocket *socket : m_server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
        if (socket == except || socket->property(AnsweredProperty).toBool())
            continue; // an answer on its way is left to finish
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void LoopbackRedirect::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const auto open = m_server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly).size();
        if (m_done || open > MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setReadBufferSize(MaxRequestHead + 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A client that does not finish its request in time is dropped; one that does not read its answer too.
        QTimer::singleShot(m_connectionTimeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void LoopbackRedirect::read(QTcpSocket *socket)
{
    if (socket->property(AnsweredProperty).toBool()) { // already answered: ignore what else it sends
        socket->readAll();
        return;
    }
    QByteArray head = socket->property(HeadProperty).toByteArray();
    head += socket->read(MaxRequestHead + 1 - head.size());
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > MaxRequestHead)
            answer(socket, "431 Request Header Fields Too Large", {}, {}, Close::AfterLinger);
        else
            socket->setProperty(HeadProperty, head);
        return;
    }
    socket->setProperty(HeadProperty, QVariant());
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        answer(socket, "400 Bad Request", {}, {}, Close::AfterLinger);
        return;
    }
    if (requestLine[0] != "GET") {
        answer(socket, "405 Method Not Allowed", "Allow: GET\r\n", {}, Close::AfterLinger);
        return;
    }
    const RedirectParameters parameters = parseRedirectTarget(requestLine[1]);
    if (parameters.kind == RedirectParameters::Kind::NotForUs || m_done) {
        answer(socket, "404 Not Found", {}, {}, Close::Now);
        return;
    }
    m_done = true;
    m_server->close();
    dropConnections(socket);
    const RedirectPage page = m_choosePage ? m_choosePage(parameters) : RedirectPage{};
    const QByteArray status = parameters.kind == RedirectParameters::Kind::Answer ? "200 OK" : "400 Bad Request";
    answer(socket, status, "Content-Type: text/html; charset=utf-8\r\n", redirectPageHtml(page), Close::Now);
    // Reported from the event loop, not from inside the socket's signal: whoever hears it may delete this listener.
    QMetaObject::invokeMethod(
        this,
        [this, parameters] {
            if (!m_closed)
                Q_EMIT received(parameters);
        },
        Qt::QueuedConnection);
}

void LoopbackRedirect::answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &headers,
                              const QByteArray &body, Close close)
{
    socket->setProperty(AnsweredProperty, true);
    socket->write("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
                  + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n"
                    "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
                    "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
                  + body);
    if (close == Close::Now) {
        socket->disconnectFromHost();
        return;
    }
    // The client may still be sending (a request cut short): closing with unread input would reset the connection
    // and could destroy the answer before the client reads it, so read and drop its input a little longer first.
    QTimer::singleShot(Linger, socket, [socket] { socket->disconnectFromHost(); });
}

} // namespace remitente::oauth
