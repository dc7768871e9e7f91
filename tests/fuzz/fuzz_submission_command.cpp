// The relay's command parser over any line: never crashes, never reads past the input, and whatever it accepts
// has a well-formed address.
#include "relay/SubmissionCommand.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    const remitente::relay::ParsedCommand parsed = remitente::relay::parseSubmissionCommand(line);
    if (const auto *command = std::get_if<remitente::relay::SubmissionCommand>(&parsed)) {
        for (const QChar c : command->address) {
            if (c.unicode() < 0x20 || c == u'<' || c == u'>')
                std::abort();
        }
    }
    return 0;
}
