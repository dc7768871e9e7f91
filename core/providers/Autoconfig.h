#pragma once

#include "smtp/SessionOptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace remitente::providers {

struct AutoconfigServer {
    QString host;
    quint16 port = 0;
    smtp::Security security = smtp::Security::ImplicitTls;
    QString username;       // with %EMAILADDRESS% / %EMAILLOCALPART% filled in
    QString authentication; // "password-cleartext", "OAuth2", ...
};

// The outgoing servers of a Thunderbird autoconfig file (clientConfig/emailProvider/outgoingServer[type=smtp]).
// Plain-text servers are left out: Remitente never sends a password without TLS.
QList<AutoconfigServer> parseAutoconfig(const QByteArray &xml, const QString &address);

} // namespace remitente::providers
