#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

namespace remitente::testing {

// What the system browser does with a sign-in address when the person is signed in at the provider: it opens the
// authorize page (the test authorization server approves at once), follows its redirect to Remitente's loopback
// listener and shows the page that comes back. Plugged in where the app would call QDesktopServices::openUrl.
class FakeBrowser : public QObject
{
    Q_OBJECT
public:
    explicit FakeBrowser(QList<QSslCertificate> trusted, QObject *parent = nullptr);
    bool open(const QUrl &address); // always "opens"; the pages load later, from the event loop

    int opened() const { return m_opened; }
    QUrl lastAddress() const { return m_lastAddress; }
    QByteArray lastPage() const { return m_lastPage; } // what the loopback listener answered

private:
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_trusted;
    int m_opened = 0;
    QUrl m_lastAddress;
    QByteArray m_lastPage;
};

} // namespace remitente::testing
