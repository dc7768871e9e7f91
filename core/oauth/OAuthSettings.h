#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace remitente::oauth {

// How to sign in with one provider: the "oauth2" object of a providers.json entry. The client id is the
// application's registration with the provider (a build option or an organisation's providers.json); without
// it nobody can sign in.
struct OAuthSettings {
    QUrl authorizeUrl;  // may hold {tenant}
    QUrl tokenUrl;      // may hold {tenant}
    QUrl deviceCodeUrl; // empty when the provider has no device code flow (RFC 8628) for these scopes
    QStringList scopes;
    QString clientId;
    QString clientSecret; // Google's "Desktop app" clients have one that is not secret; empty for others
    QString tenant;       // Microsoft: "consumers", "organizations", "common" or a tenant id/domain

    bool hasClient() const { return !clientId.isEmpty(); }
    bool hasDeviceFlow() const { return !deviceCodeUrl.isEmpty(); }
    // The addresses with {tenant} replaced ("common" when no tenant is set).
    QUrl authorizeEndpoint() const { return withTenant(authorizeUrl); }
    QUrl tokenEndpoint() const { return withTenant(tokenUrl); }
    QUrl deviceCodeEndpoint() const { return withTenant(deviceCodeUrl); }
    bool operator==(const OAuthSettings &) const = default;

private:
    QUrl withTenant(const QUrl &url) const
    {
        if (url.isEmpty())
            return url;
        QString text = url.toString();
        text.replace(QStringLiteral("%7Btenant%7D"), QStringLiteral("{tenant}"));
        text.replace(QStringLiteral("{tenant}"), tenant.isEmpty() ? QStringLiteral("common") : tenant);
        return QUrl(text);
    }
};

} // namespace remitente::oauth
