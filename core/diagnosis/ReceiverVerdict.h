#pragma once

#include "AuthenticationResults.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace remitente::diagnosis {

// What the receiving server decided about a delivered message, read from the headers it added: its
// Authentication-Results (RFC 8601), ARC-Authentication-Results, and the spam headers of SpamAssassin/rspamd
// (X-Spam-Flag, X-Spam-Status) and Microsoft (X-MS-Exchange-Organization-SCL, 5 and up means junk).
struct ReceiverVerdict {
    // The receiver's own verdict: the topmost Authentication-Results (headers are added at the top, so anything
    // lower may come from elsewhere, even from the sender), or the first whose authserv-id is the trusted one.
    std::optional<AuthenticationResults> authentication;
    QList<AuthenticationResults> arc; // ARC-Authentication-Results, top first
    std::optional<bool> spamFlag;     // X-Spam-Flag: YES / NO, or the Yes/No at the start of X-Spam-Status
    std::optional<double> spamScore;  // X-Spam-Status: ... score=7.1
    std::optional<int> microsoftScl;  // X-MS-Exchange-Organization-SCL (-1..9)

    // The result of one method ("spf", "dkim", "dmarc") in the receiver's verdict, or of the first ARC set when
    // the receiver said nothing about it; empty when neither did.
    QString result(const char *method) const;
    bool isJudgedSpam() const; // spamFlag, or an SCL of 5 or more
    bool hasAnything() const { return authentication || !arc.isEmpty() || spamFlag || microsoftScl; }
};

// trustedAuthservId: when known (e.g. the provider's "mx.google.com"), only a field from it is the receiver's.
ReceiverVerdict readReceiverVerdict(QByteArrayView headerBlock, const QString &trustedAuthservId = {});

// In words, for people: "SPF pass, DKIM pass for example.es, DMARC pass" (translated), or "" when there were no
// results. With the checker's name when it is known: "mx.google.com checked: ...".
QString describeAuthentication(const ReceiverVerdict &verdict);
// "Marked as spam by the receiver (X-Spam-Flag)", "Microsoft spam confidence 6 of 9: junk", or "".
QString describeSpamHeaders(const ReceiverVerdict &verdict);
// One line per result, stable words for scripts and the CLI: "spf pass example.es", "dkim fail example.es",
// "dmarc pass example.es" (the domain left out when none was given).
QStringList authenticationLines(const ReceiverVerdict &verdict);

} // namespace remitente::diagnosis
