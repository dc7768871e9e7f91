#pragma once

#include "ScriptedHttpsServer.h"

#include "oauth/OAuthSettings.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

namespace remitente::testing {

// Settings for a provider whose token and device endpoints are the scripted server.
inline oauth::OAuthSettings settingsFor(const ScriptedHttpsServer &server)
{
    oauth::OAuthSettings settings;
    settings.authorizeUrl = QUrl(QStringLiteral("https://login.example.test/{tenant}/oauth2/v2.0/authorize"));
    settings.tokenUrl = server.url(QStringLiteral("/token"));
    settings.deviceCodeUrl = server.url(QStringLiteral("/devicecode"));
    settings.scopes = {QStringLiteral("https://outlook.office.com/SMTP.Send"), QStringLiteral("offline_access")};
    settings.clientId = QStringLiteral("client-123");
    settings.tenant = QStringLiteral("consumers");
    return settings;
}

struct HttpAnswer {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// A GET as a browser would make it, waited for (tests may spin the event loop).
inline HttpAnswer httpGet(const QUrl &url, int timeoutMs = 5000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(timeoutMs);
    HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                      reply->error()};
    delete reply;
    return answer;
}

inline QString queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace remitente::testing
