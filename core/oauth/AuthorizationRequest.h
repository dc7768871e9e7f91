#pragma once

#include "OAuthSettings.h"
#include "Pkce.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace remitente::oauth {

// One authorization code request (RFC 6749 4.1.1 with PKCE): the URL the browser opens, and the state and verifier
// the rest of the flow needs to check the redirect and exchange the code.
class AuthorizationRequest
{
public:
    // A fresh random state (128 bits) and PKCE verifier.
    AuthorizationRequest(const OAuthSettings &settings, const QUrl &redirectUri, const QString &loginHint = {});
    // With a given state and verifier, for tests.
    AuthorizationRequest(const OAuthSettings &settings, const QUrl &redirectUri, const QString &loginHint,
                         QByteArray state, Pkce pkce);

    QUrl url() const { return m_url; }
    QUrl redirectUri() const { return m_redirectUri; }
    QByteArray state() const { return m_state; }
    QByteArray codeVerifier() const { return m_pkce.verifier; }

private:
    QUrl m_redirectUri;
    QByteArray m_state;
    Pkce m_pkce;
    QUrl m_url;
};

} // namespace remitente::oauth
