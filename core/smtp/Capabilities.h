#pragma once

#include "Reply.h"

#include <QStringList>

namespace remitente::smtp {

// What the server said it supports in its EHLO reply (RFC 5321 and extensions).
struct Capabilities {
    bool esmtp = false; // false when the server only answered HELO
    QString serverName; // first word of the EHLO/HELO reply
    bool sizeAdvertised = false;
    qint64 maxSize = 0;               // RFC 1870: 0 means "no fixed limit"
    bool pipelining = false;          // RFC 2920
    bool eightBitMime = false;        // RFC 6152
    bool smtpUtf8 = false;            // RFC 6531
    bool chunking = false;            // RFC 3030 (BDAT)
    bool binaryMime = false;          // RFC 3030
    bool enhancedStatusCodes = false; // RFC 2034
    bool dsn = false;                 // RFC 3461
    bool startTls = false;            // RFC 3207
    QStringList authMechanisms;       // upper case, in the server's order (RFC 4954)

    bool offersAuth(QStringView mechanism) const;
    // True when a message of the given size is over the advertised SIZE limit.
    bool exceedsSize(qint64 messageSize) const;

    static Capabilities fromEhloReply(const Reply &reply);
    static Capabilities fromHeloReply(const Reply &reply);
};

} // namespace remitente::smtp
