#pragma once

#include "imap/ImapServer.h"
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
// Its incoming IMAP servers (incomingServer[type=imap]; socketType SSL: tls, STARTTLS: starttls), in the file's
// order; plain-text ones are left out, as the password would cross the network readable.
QList<imap::ImapServer> parseAutoconfigImap(const QByteArray &xml);

} // namespace remitente::providers
