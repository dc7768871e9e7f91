// Feeds arbitrary bytes to the reply parser as the session does: parse, consume, repeat.
#include "smtp/ReplyParser.h"

#include <cstdint>
#include <cstdlib>

using namespace remitente::smtp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReplyLimits limits{64, 512}; // small caps, so the fuzzer reaches them
    while (!buffer.isEmpty()) {
        const ReplyParseResult result = parseReply(buffer, limits);
        if (result.status != ReplyParseResult::Status::Complete)
            break;
        if (result.consumed <= 0 || result.consumed > buffer.size() || result.reply.lines.isEmpty()
            || result.reply.code < 200 || result.reply.code > 599)
            std::abort();
        (void)result.reply.toString();
        buffer = buffer.sliced(result.consumed);
    }
    return 0;
}
