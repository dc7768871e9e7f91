#include "TokenEndpoint.h"
#include "FormEncoding.h"

#include "system/SecretWipe.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <optional>

namespace remitente::oauth {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::oauth::TokenEndpoint)
};

TokenError failure(TokenErrorKind kind, const QString &detail)
{
    TokenError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

// One POST in flight: what came back so far, and the answer still owed.
struct Call {
    QByteArray requestBody; // holds secrets (a code, a verifier, a refresh token): wiped once answered
    QByteArray responseBody;
    QString certificateProblem;
    bool answered = false;
};
} // namespace

TokenEndpoint::TokenEndpoint(OAuthSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // a token POST is never redirected
}

TokenEndpoint::~TokenEndpoint()
{
    for (QNetworkReply *reply : m_cancellers.keys())
        reply->disconnect(); // dropped silently, as promised
}

void TokenEndpoint::exchangeCode(const QString &code, const QByteArray &codeVerifier, const QUrl &redirectUri,
                                 TokenCallback done)
{
    post(m_settings.tokenEndpoint(),
         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
          {QStringLiteral("code"), code},
          {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
          {QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)}},
         true, [done = std::move(done)](int status, const QByteArray &body, const TokenError *error) {
             done(error ? TokenResult(*error) : parseTokenResponse(status, body, QDateTime::currentDateTimeUtc()));
         });
}

void TokenEndpoint::refresh(const QString &refreshToken, TokenCallback done)
{
    FormFields fields{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), refreshToken}};
    if (!m_settings.scopes.isEmpty()) // Microsoft wants the scopes again; RFC 6749 6 allows them
        fields.append({QStringLiteral("scope"), m_settings.scopes.join(u' ')});
    post(m_settings.tokenEndpoint(), fields, true,
         [done = std::move(done), refreshToken](int status, const QByteArray &body, const TokenError *error) {
             done(error ? TokenResult(*error)
                        : parseTokenResponse(status, body, QDateTime::currentDateTimeUtc(), refreshToken));
         });
}

void TokenEndpoint::startDeviceAuthorization(DeviceCallback done)
{
    auto answer = [done = std::move(done)](int status, const QByteArray &body, const TokenError *error) {
        done(error ? DeviceAuthorizationResult(*error)
                   : parseDeviceAuthorizationResponse(status, body, QDateTime::currentDateTimeUtc()));
    };
    if (!m_settings.hasDeviceFlow()) {
        const TokenError error = failure(TokenErrorKind::InvalidClient,
                                         Text::tr("this provider offers no sign-in with a code for these permissions"));
        QTimer::singleShot(0, this, [answer, error] { answer(0, {}, &error); });
        return;
    }
    post(m_settings.deviceCodeEndpoint(), {{QStringLiteral("scope"), m_settings.scopes.join(u' ')}}, false,
         std::move(answer));
}

void TokenEndpoint::pollDevice(const QString &deviceCode, TokenCallback done)
{
    post(m_settings.tokenEndpoint(),
         {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
          {QStringLiteral("device_code"), deviceCode}},
         true, [done = std::move(done)](int status, const QByteArray &body, const TokenError *error) {
             done(error ? TokenResult(*error) : parseTokenResponse(status, body, QDateTime::currentDateTimeUtc()));
         });
}

void TokenEndpoint::cancelAll()
{
    const QList<std::function<void()>> cancellers = m_cancellers.values();
    for (const std::function<void()> &cancel : cancellers)
        cancel();
}

void TokenEndpoint::post(const QUrl &url, FormFields fields, bool authenticateClient, Answer answer)
{
    const auto refuse = [this, &answer](const QString &detail) {
        const TokenError error = failure(TokenErrorKind::InvalidClient, detail);
        QTimer::singleShot(0, this, [answer = std::move(answer), error] { answer(0, {}, &error); });
    };
    if (url.scheme() != u"https" || url.host().isEmpty())
        return refuse(Text::tr("the provider's sign-in address does not start with https://"));
    if (!m_settings.hasClient())
        return refuse(Text::tr("no application id is set for this provider"));

    fields.prepend({QStringLiteral("client_id"), m_settings.clientId});
    if (authenticateClient && !m_settings.clientSecret.isEmpty())
        fields.append({QStringLiteral("client_secret"), m_settings.clientSecret});
    auto call = std::make_shared<Call>();
    call->requestBody = formEncode(fields);
    for (auto &field : fields)
        system::wipeSecret(field.second);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Remitente"));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_extraCa.isEmpty())
        tls.addCaCertificates(m_extraCa);
    request.setSslConfiguration(tls);

    QNetworkReply *reply = m_network->post(request, call->requestBody);
    reply->setReadBufferSize(MaxTokenResponse + 1);
    auto shared = std::make_shared<Answer>(std::move(answer));
    // Answers once, whatever comes first: the reply, a size or time limit, or cancelAll().
    const auto finish = [this, reply, call, shared](int status, const TokenError *error) {
        if (std::exchange(call->answered, true))
            return;
        m_cancellers.remove(reply);
        reply->disconnect();
        // Not from inside the reply's own signal (readyRead): Qt's reply code still runs after it returns.
        QTimer::singleShot(0, reply, [reply] {
            reply->abort();
            reply->deleteLater();
        });
        system::wipeSecret(call->requestBody);
        // From the event loop, never from inside the reply's own signal: the callback may destroy this endpoint
        // (and the reply with it).
        const std::optional<TokenError> failure = error ? std::optional<TokenError>(*error) : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [call, shared, status, failure] {
                (*shared)(status, call->responseBody, failure ? &*failure : nullptr);
                system::wipeSecret(call->responseBody);
            },
            Qt::QueuedConnection);
    };
    const auto readMore = [reply, call, finish] {
        call->responseBody += reply->read(MaxTokenResponse + 1 - call->responseBody.size());
        if (call->responseBody.size() <= MaxTokenResponse)
            return true;
        const TokenError error = failure(TokenErrorKind::Malformed, Text::tr("the answer is too large"));
        finish(0, &error);
        return false;
    };
    connect(reply, &QNetworkReply::readyRead, this, readMore);
    connect(reply, &QNetworkReply::sslErrors, this,
            [call](const QList<QSslError> &errors) { call->certificateProblem = errors.value(0).errorString(); });
    connect(reply, &QNetworkReply::finished, this, [reply, call, finish, readMore] {
        if (!readMore())
            return;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid() && status.toInt() > 0)
            return finish(status.toInt(), nullptr);
        const QString detail = call->certificateProblem.isEmpty()
            ? reply->errorString()
            : Text::tr("the certificate of %1 is not valid (%2)").arg(reply->url().host(), call->certificateProblem);
        const TokenError error = failure(TokenErrorKind::Network, detail);
        finish(0, &error);
    });
    QTimer::singleShot(m_timeout, reply, [finish] {
        const TokenError error
            = failure(TokenErrorKind::Timeout, Text::tr("the provider's sign-in server did not answer in time"));
        finish(0, &error);
    });
    m_cancellers.insert(reply, [finish] {
        const TokenError error = failure(TokenErrorKind::Cancelled, {});
        finish(0, &error);
    });
}

} // namespace remitente::oauth
