#pragma once

#include <QString>

namespace remitente::smtp {

// What the secret is: it decides which SASL mechanisms may carry it (a password never goes through an OAuth
// mechanism, a token never through PLAIN or LOGIN).
enum class CredentialKind {
    Password,    // a password or an app password: PLAIN, LOGIN
    BearerToken, // an OAuth2 access token: XOAUTH2, OAUTHBEARER
};

QString credentialKindName(CredentialKind kind); // "password", "token" (stable, for JSON and the catalogue)

struct Credentials {
    QString username;
    QString secret; // the password, or the OAuth2 access token
    CredentialKind kind = CredentialKind::Password;

    bool isEmpty() const { return username.isEmpty() && secret.isEmpty(); }
};

} // namespace remitente::smtp
