#pragma once

#include "DiagnosisAction.h"

#include "smtp/SessionOptions.h"
#include "smtp/SmtpError.h"

#include <QString>
#include <QStringList>

namespace remitente::diagnosis {

// What went wrong, with what the diagnosis needs to speak about it.
struct FailureContext {
    smtp::SmtpError error;
    QString host;
    quint16 port = 0;
    smtp::Security security = smtp::Security::ImplicitTls;
    QString providerId; // the account's catalogue entry, when known
};

// "What happened, why, what to do", in the person's language, with the server's own words kept beside it.
struct Diagnosis {
    QString id;       // the catalogue entry ("google-app-password-required"), or "reply-<class>.<subject>.<detail>"
    QString category; // network, tls, sign-in, sender, limits, size, recipients, policy, message, server, cancelled
    bool transient = false; // the same thing may work later without changing anything
    QString title;
    QString explanation;
    QStringList steps;
    QString link;          // where the provider documents the fix; may be empty
    QList<DiagnosisAction> actions; // what a button can do
    QString serverWords;   // the reply as the server wrote it, when there was one
    QString technical;     // one line: stage, error kind, TLS details
    QStringList certificateNames; // for use-certificate-host

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
