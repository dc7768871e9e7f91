// Feeds arbitrary bytes to the IMAP response parser as the session does (parse, consume, repeat), then to what
// reads its values: LIST entries, capabilities and the mailbox-name decoder.
#include "imap/ImapCapabilities.h"
#include "imap/ImapMailbox.h"
#include "imap/ImapResponseParser.h"

#include <cstdint>
#include <cstdlib>

using namespace remitente::imap;

namespace {
int depthOf(const ImapValue &value)
{
    int deepest = 0;
    for (const ImapValue &item : value.list)
        deepest = std::max(deepest, depthOf(item));
    return value.isList() ? deepest + 1 : 0;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    ImapResponseLimits limits; // small caps, so the fuzzer reaches them
    limits.maxLine = 256;
    limits.maxLiteral = 128;
    limits.maxResponse = 1024;
    limits.maxDepth = 4;
    limits.maxValues = 64;
    while (!buffer.isEmpty()) {
        const ImapParseResult result = parseImapResponse(buffer, limits);
        if (result.status != ImapParseResult::Status::Complete)
            break;
        if (result.consumed <= 0 || result.consumed > buffer.size() || result.consumed > limits.maxResponse
            || result.response.summary.size() > 1000)
            std::abort();
        for (const ImapValue &value : result.response.values) {
            if (depthOf(value) > limits.maxDepth + 1)
                std::abort();
        }
        if (const auto mailbox = mailboxFromList(result.response))
            (void)findJunkMailbox({*mailbox});
        (void)ImapCapabilities::fromAtoms(result.response.code).authMechanisms();
        (void)decodeMailboxName(result.response.text);
        buffer = buffer.sliced(result.consumed);
    }
    return 0;
}
