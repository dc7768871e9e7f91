#pragma once

#include "ImapResponse.h"

#include <QByteArrayView>
#include <QString>

namespace remitente::imap {

// Caps on what one response may hold: anything beyond them is an error, never a larger buffer.
struct ImapResponseLimits {
    qsizetype maxLine = 64 * 1024;           // one line, without the literals it announces
    qsizetype maxLiteral = 1024 * 1024;      // one {n} literal (headers of a message: far less)
    qsizetype maxResponse = 4 * 1024 * 1024; // all lines and literals of one response together
    int maxDepth = 16;                       // nested parentheses
    int maxValues = 20'000;                  // values in the whole response (a SEARCH result lists numbers)
};

struct ImapParseResult {
    enum class Status { Complete, Incomplete, Error };
    Status status = Status::Incomplete;
    qsizetype consumed = 0; // bytes of the buffer this response took (Complete only)
    ImapResponse response;
    QString error; // what was wrong (Error only), in English for the transcript
};

// Reads one response from the start of buffer. Incomplete until its final CRLF (and all its literals) arrived; a
// pure function, so the caller keeps the bytes and calls again when more came.
ImapParseResult parseImapResponse(QByteArrayView buffer, const ImapResponseLimits &limits = {});

} // namespace remitente::imap
