#pragma once

#include "ProviderCatalogue.h"

#include "imap/ImapServer.h"
#include "smtp/SessionOptions.h"

#include <QMetaType>
#include <QStringList>

#include <optional>

namespace remitente::providers {

// One way to reach the outgoing server, and how sure we are of it.
struct Suggestion {
    QString host;
    quint16 port = 0;
    smtp::Security security = smtp::Security::ImplicitTls;
    QString source;               // "catalogue", "mx", "srv", "autoconfig", "guess"
    bool confirmed = false;       // our own catalogue, or a TLS handshake with a valid certificate for this host
    QStringList authMechanisms;   // what the server offered after TLS, when probed
    QString problem;              // why a probe failed, translated
    QStringList certificateNames; // when the certificate is valid for other names (shared hosting): try these

    // A catalogue server for an address at `domain` (%DOMAIN% filled in); the caller skips %REGION% hosts.
    static Suggestion fromCatalogue(const ServerSetting &server, const QString &domain, const QString &source);
};

struct DiscoveryResult {
    QString address;
    QString providerId;            // a catalogue entry, when one matched (by domain or MX)
    QString username;              // by the provider's rule; the address otherwise
    QList<Suggestion> suggestions; // best first; confirmed ones before the rest
    // Where the person's own mailbox is read, and from where: "catalogue" or "mx" (the provider's), "autoconfig",
    // "srv" (_imaps._tcp, then _imap._tcp), "guess" (beside the best SMTP server); not set when nothing says.
    imap::ImapServer imap;
    QString imapSource;
    bool timedOut = false;

    std::optional<Suggestion> best() const;
};

} // namespace remitente::providers
