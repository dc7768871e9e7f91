#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

#include <chrono>

class QSslSocket;

namespace remitente::testing {

// One HTTP request as the server read it.
struct RecordedHttpRequest {
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    // The body read as application/x-www-form-urlencoded ('+' is a space); a repeated name keeps the last value.
    QMap<QString, QString> form() const;
};

// What the server answers to one request.
struct ScriptedHttpResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    std::chrono::milliseconds delay{0}; // before answering
    bool hang = false;                  // never answer (the connection stays open)

    static ScriptedHttpResponse json(int status, const QByteArray &body) { return {status, body}; }
};

// A small HTTPS/1.1 server on 127.0.0.1 with the test PKI's server certificate: each request gets the next scripted
// response (500 once the script has run out), on a connection it then closes. For token endpoints in tests.
class ScriptedHttpsServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit ScriptedHttpsServer(QList<ScriptedHttpResponse> script = {}, QObject *parent = nullptr);

    bool start();
    void append(const ScriptedHttpResponse &response) { m_script.append(response); }
    // https://127.0.0.1:<port><path>
    QUrl url(const QString &path) const;
    QList<RecordedHttpRequest> requests() const { return m_requests; }
    int remainingResponses() const { return int(m_script.size()); }

    // The test CA that signed the server certificate (what a client must trust).
    static QList<QSslCertificate> testCa();

Q_SIGNALS:
    void requestReceived();

protected:
    void incomingConnection(qintptr handle) override;

private:
    void readRequest(QSslSocket *socket);
    void respond(QSslSocket *socket, const ScriptedHttpResponse &response);

    QList<ScriptedHttpResponse> m_script;
    QList<RecordedHttpRequest> m_requests;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace remitente::testing
