#pragma once

#include "DomainFinding.h"

#include <QList>
#include <QString>

namespace remitente::providers {
struct Provider;
class ProviderCatalogue;
} // namespace remitente::providers

namespace remitente::diagnosis {

// Something about a message that makes receivers junk or refuse it, said before it is sent. Only advice: nothing
// is ever held back because of one.
struct SendingWarning {
    QString kind;   // stable, for scripts and tests: "foreign-domain", "unsigned-domain", "visible-recipients",
                    // "recipients-per-message", "bulk"
    QString reason; // translated: what receivers will see and do
    QString fix;    // translated: what to do about it
    QString text() const { return reason + u' ' + fix; }
};

// What a message is judged against: plain values, gathered by the caller (no network here).
struct SendingContext {
    QString smtpHost;                                        // the server the message goes out through
    const providers::Provider *provider = nullptr;           // the account's catalogue entry, when known
    const providers::ProviderCatalogue *catalogue = nullptr; // whose own domain the From is in
    int messagesToday = 0;                                   // sent by the account in the last 24 hours
    int recipientsToday = 0;
    QList<DomainFinding> senderDomainFindings; // a domain check of the From's domain, when one was run
};

} // namespace remitente::diagnosis

Q_DECLARE_METATYPE(remitente::diagnosis::SendingWarning)
