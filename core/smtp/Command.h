#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace remitente::smtp {

// One SMTP command line as it goes on the wire, and the form a transcript may show.
struct Command {
    QByteArray wire;           // including the final CRLF
    QByteArray transcriptLine; // without CRLF; secrets replaced by "<redacted>"

    bool operator==(const Command &) const = default;
};

// True when the text could end a command line early or smuggle another command (CR, LF or NUL).
bool hasLineBreakOrNul(QByteArrayView text);

struct MailParameters {
    qint64 size = -1;          // SIZE=, when the server advertised SIZE
    bool eightBitMime = false; // BODY=8BITMIME
    bool smtpUtf8 = false;     // SMTPUTF8
};

// Builders for the commands the session sends. Arguments are checked by the caller (hasLineBreakOrNul and
// EnvelopeAddress) before they reach here.
namespace commands {
Command ehlo(QByteArrayView clientName);
Command helo(QByteArrayView clientName);
Command startTls();
// AUTH <mechanism> [initial-response]; an empty initial response is sent as "=" (RFC 4954).
Command auth(QByteArrayView mechanism, const QByteArray *initialResponse);
Command authResponse(const QByteArray &response);
Command authCancel();
Command mailFrom(QByteArrayView reversePath, const MailParameters &parameters);
Command rcptTo(QByteArrayView forwardPath);
Command data();
Command bdat(qint64 chunkSize, bool last);
Command rset();
Command noop();
Command quit();
} // namespace commands

} // namespace remitente::smtp
