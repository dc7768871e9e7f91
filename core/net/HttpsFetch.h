#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <functional>

class QSslSocket;

namespace remitente::net {

// One small HTTPS GET (an autoconfig file) to addresses discovery has already resolved, with the certificate
// checked against the URL's host. Answers once through the callback; bodies are capped at 64 KiB.
class HttpsFetch : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(int status, const QByteArray &body, const QString &error)>;

    HttpsFetch(QUrl url, QHostAddress address, QList<QSslCertificate> extraCa, std::chrono::milliseconds timeout,
               Callback done, QObject *parent = nullptr);

private:
    void finish(const QString &error);

    QUrl m_url;
    Callback m_done;
    QSslSocket *m_socket;
    QByteArray m_response;
    bool m_finished = false;
};

// Decodes an HTTP/1.1 response: status and body (Content-Length, chunked or until close). Pure, for tests.
bool parseHttpResponse(const QByteArray &response, int *status, QByteArray *body);

} // namespace remitente::net
