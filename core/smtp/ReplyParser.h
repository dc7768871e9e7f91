#pragma once

#include "Reply.h"

#include <QByteArrayView>

namespace remitente::smtp {

struct ReplyLimits {
    qsizetype maxLineLength = 4 * 1024;   // RFC 5321 allows 512; real servers stay far below 4 KiB
    qsizetype maxReplyLength = 64 * 1024; // a multi-line reply in total
};

struct ReplyParseResult {
    enum class Status { Incomplete, Complete, Error };
    Status status = Status::Incomplete;
    Reply reply;            // when Complete
    qsizetype consumed = 0; // bytes of the buffer that made up the reply, when Complete
    QString error;          // when Error: what was wrong, for the transcript and logs
};

// Pure function: looks for one complete reply at the start of buffer. A multi-line reply ends at the first
// "xyz " (or bare "xyz") line; until then the result is Incomplete. Lines end with CRLF (a bare LF is accepted).
ReplyParseResult parseReply(QByteArrayView buffer, const ReplyLimits &limits = {});

} // namespace remitente::smtp
