// Arbitrary text as an EHLO reply: the capability parser must never crash or report nonsense.
#include "smtp/Capabilities.h"
#include "smtp/ReplyParser.h"

#include <cstdint>
#include <cstdlib>

using namespace remitente::smtp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ReplyParseResult parsed = parseReply(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (parsed.status != ReplyParseResult::Status::Complete)
        return 0;
    const Capabilities caps = Capabilities::fromEhloReply(parsed.reply);
    if (caps.maxSize < 0)
        std::abort();
    for (const QString &mechanism : caps.authMechanisms) {
        if (mechanism.isEmpty() || mechanism != mechanism.toUpper())
            std::abort();
    }
    (void)caps.exceedsSize(qint64(size));
    (void)caps.offersAuth(u"PLAIN");
    return 0;
}
