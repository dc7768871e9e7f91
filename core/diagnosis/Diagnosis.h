#pragma once

#include "AdminChange.h"
#include "DiagnosisAction.h"

#include "smtp/SessionOptions.h"
#include "smtp/SmtpError.h"

#include <QString>
#include <QStringList>

namespace remitente::diagnosis {

// A sign-in with the provider that failed before any SMTP: the OAuth2 error of the token endpoint (RFC 6749 5.2)
// or of the authorization redirect, as the provider wrote it. Microsoft puts its AADSTS code in the description
// ("AADSTS65001: The user or administrator has not consented ...").
struct SignInFailure {
    QString error;       // "invalid_grant", "consent_required", "access_denied", ...
    QString description; // error_description; untrusted
};

// What went wrong, with what the diagnosis needs to speak about it: an SMTP failure (error), or, when signIn is
// set, a failed sign-in with the provider (error is then not looked at; see Diagnoser::diagnoseSignIn).
struct FailureContext {
    smtp::SmtpError error;
    QString host;
    quint16 port = 0;
    smtp::Security security = smtp::Security::ImplicitTls;
    QString providerId; // the account's catalogue entry, when known
    std::optional<SignInFailure> signIn = {};
};

// "What happened, why, what to do", in the person's language, with the server's own words kept beside it.
struct Diagnosis {
    QString id;       // the catalogue entry ("google-app-password-required"), or "reply-<class>.<subject>.<detail>"
    QString category; // network, tls, sign-in, sender, limits, size, recipients, policy, message, server, cancelled
    bool transient = false; // the same thing may work later without changing anything
    QString title;
    QString explanation;
    QStringList steps;
    QString link;                   // where the provider documents the fix; may be empty
    QList<DiagnosisAction> actions; // what a button can do
    QString serverWords; // the reply as the server wrote it, or the provider's sign-in error, when there was one
    QString technical;   // one line: stage, error kind, TLS details
    QStringList certificateNames;           // for use-certificate-host
    std::optional<AdminChange> adminChange; // with write-to-admin: what to ask the admin for (adminRequest())

    // The first name the certificate is valid for that can be a server name (not "*.example.com").
    QString certificateHost() const
    {
        for (const QString &name : certificateNames) {
            if (!name.contains(u'*'))
                return name;
        }
        return {};
    }
};

} // namespace remitente::diagnosis
