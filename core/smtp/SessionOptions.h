#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <optional>

namespace remitente::smtp {

enum class Security {
    ImplicitTls, // TLS from the first byte (port 465, RFC 8314)
    StartTls,    // plain greeting, then STARTTLS is required; never continues without it (port 587)
    None,        // plain TCP, only to a loopback host and never with a password
};

QString securityName(Security security); // "tls", "starttls", "none"
// The reverse ("ssl" is taken for "tls"); nullopt for anything else.
std::optional<Security> securityFromName(const QString &name);
// 465 for implicit TLS, 587 for STARTTLS, 25 for plain.
quint16 defaultPort(Security security);

struct Timeouts {
    using ms = std::chrono::milliseconds;
    ms connect{30'000};    // name lookup, TCP connect and TLS handshake together
    ms command{300'000};   // greeting, EHLO, AUTH, MAIL, RCPT, ...: RFC 5321 4.5.3.2 says 5 minutes
    ms dataInit{120'000};  // reply to DATA: 2 minutes
    ms dataBlock{180'000}; // no progress while sending the message: 3 minutes
    ms dataEnd{600'000};   // reply after the final dot or BDAT LAST: 10 minutes
};

struct SessionOptions {
    QString host;
    quint16 port = 465;
    Security security = Security::ImplicitTls;
    QString clientName;                         // EHLO argument; empty: this machine's name or address literal
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system store
    QByteArray pinnedSha256;                    // one exact certificate a person approved, trusted despite errors
    QList<QHostAddress> addresses;              // already resolved (by discovery's resolver); empty: look the host up
    Timeouts timeouts;
};

} // namespace remitente::smtp
