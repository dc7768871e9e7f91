// Feeds arbitrary bytes to the Authentication-Results parser, and as a header block to the receiver's verdict.
#include "diagnosis/AuthenticationResults.h"
#include "diagnosis/ReceiverVerdict.h"

#include <cstdint>
#include <cstdlib>

using namespace remitente::diagnosis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto results = parseAuthenticationResults(input)) {
        if (results->results.size() > MaxAuthResults)
            std::abort();
        for (const AuthMethodResult &r : results->results) {
            if (r.properties.size() > MaxAuthResultProperties || r.method.size() > MaxAuthResultValue
                || r.result.size() > MaxAuthResultValue)
                std::abort();
            (void)r.domain();
        }
    }
    const ReceiverVerdict verdict = readReceiverVerdict(input);
    (void)describeAuthentication(verdict);
    (void)describeSpamHeaders(verdict);
    (void)authenticationLines(verdict);
    return 0;
}
