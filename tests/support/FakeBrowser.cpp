#include "FakeBrowser.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace remitente::testing {

FakeBrowser::FakeBrowser(QList<QSslCertificate> trusted, QObject *parent)
    : QObject(parent), m_trusted(std::move(trusted))
{
}

bool FakeBrowser::open(const QUrl &address)
{
    ++m_opened;
    m_lastAddress = address;
    QNetworkRequest request(address);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_trusted);
    request.setSslConfiguration(tls);
    // A browser follows an https page's redirect to http://127.0.0.1; Qt's safe policy would not.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *authorize = m_network.get(request);
    connect(authorize, &QNetworkReply::finished, this, [this, authorize] {
        authorize->deleteLater();
        const QUrl back = authorize->header(QNetworkRequest::LocationHeader).toUrl();
        if (!back.isValid())
            return; // no redirect: the person closed the tab
        QNetworkReply *loopback = m_network.get(QNetworkRequest(back));
        connect(loopback, &QNetworkReply::finished, this, [this, loopback] {
            loopback->deleteLater();
            m_lastPage = loopback->readAll();
        });
    });
    return true;
}

} // namespace remitente::testing
