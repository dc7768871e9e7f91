#pragma once

#include "RedirectParameters.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace remitente::oauth {

// The page the browser shows once it has brought the answer back; the caller supplies the text, translated.
struct RedirectPage {
    QString title;
    QString text;
};

// A small HTML page (UTF-8, everything escaped) for the browser tab.
QByteArray redirectPageHtml(const RedirectPage &page);

// Where the browser brings the authorization answer (RFC 8252 7.3): an HTTP listener on 127.0.0.1 at an ephemeral
// port. Each connection may send one GET, bounded in size (8 KiB of request line and headers) and time (10 s).
// Other paths get 404; the first answer on "/" gets the caller's page, is reported once through received(), and
// then the listener closes.
class LoopbackRedirect : public QObject
{
    Q_OBJECT
public:
    using PageChooser = std::function<RedirectPage(const RedirectParameters &)>;

    explicit LoopbackRedirect(QObject *parent = nullptr);
    ~LoopbackRedirect() override;

    // Starts listening; false when no port could be opened (errorString() says why).
    bool listen();
    QString errorString() const;
    bool isListening() const;
    // http://127.0.0.1:<port>/ once listening.
    QUrl redirectUri() const;

    // Decides the page for the answer (called once, just before received()). Without one the page is blank.
    void setPageChooser(PageChooser choose) { m_choosePage = std::move(choose); }
    void setConnectionTimeout(std::chrono::milliseconds timeout) { m_connectionTimeout = timeout; }
    // Stops listening and drops every connection not yet answered; no received() after this.
    void close();

Q_SIGNALS:
    void received(const remitente::oauth::RedirectParameters &parameters);

private:
    void accept();
    void read(QTcpSocket *socket);
    enum class Close { Now, AfterLinger };
    void answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &headers, const QByteArray &body,
                Close close);
    void dropConnections(QTcpSocket *except);

    QTcpServer *m_server;
    PageChooser m_choosePage;
    std::chrono::milliseconds m_connectionTimeout{10'000};
    bool m_done = false;   // answered or closed: nothing more is read
    bool m_closed = false; // closed by the caller: an answer still being reported is dropped
};

} // namespace remitente::oauth
