#pragma once

#include "ImapServer.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <chrono>

namespace remitente::imap {

struct ImapTimeouts {
    using ms = std::chrono::milliseconds;
    ms connect{30'000}; // name lookup, TCP connect and TLS handshake together
    ms command{60'000}; // any tagged reply (IDLE itself runs for as long as the caller asked, plus this)
};

// Everything an ImapSession needs besides the credentials. TLS trust works like the SMTP session's: the system's
// CAs, plus extraCaCertificates, plus one exact certificate a person approved (pinnedSha256, the SMTP server's pin
// when the IMAP server presents the same certificate).
struct ImapSessionOptions {
    ImapServer server;
    QList<QSslCertificate> extraCaCertificates;
    QByteArray pinnedSha256;
    QList<QHostAddress> addresses; // already resolved; empty: look the host up
    QStringList allowedMechanisms; // SASL mechanisms that may be used (e.g. {"OAUTHBEARER"}); empty: any
    ImapTimeouts timeouts;
};

} // namespace remitente::imap
