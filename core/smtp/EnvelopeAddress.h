#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace remitente::smtp {

// An address as it goes in MAIL FROM / RCPT TO: the bare addr-spec, no display name, no angle brackets.
struct EnvelopeAddress {
    QByteArray wire;            // what goes between < and >
    bool needsSmtpUtf8 = false; // the local part is not ASCII
    QString error;              // non-empty when the address cannot be used

    bool isValid() const { return error.isEmpty(); }

    // An internationalised domain is sent as punycode (IDNA A-labels), which every server takes; a non-ASCII
    // local part can only travel with SMTPUTF8, so needsSmtpUtf8 tells the caller to check for it.
    static EnvelopeAddress encode(const QString &address);
};

} // namespace remitente::smtp
