// Arbitrary request targets through the loopback redirect's reader: it must never crash, and what it reports must
// hold together (an answer has a code or an error, never both; nothing else is kept from a malformed one).
#include "oauth/RedirectParameters.h"

#include <cstdint>
#include <cstdlib>

using namespace remitente::oauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray target(reinterpret_cast<const char *>(data), qsizetype(size));
    const RedirectParameters p = parseRedirectTarget(target);
    switch (p.kind) {
    case RedirectParameters::Kind::Answer:
        if (p.code.isEmpty() == p.error.isEmpty())
            std::abort();
        break;
    case RedirectParameters::Kind::NotForUs:
    case RedirectParameters::Kind::Malformed:
        if (!p.code.isEmpty() || !p.state.isEmpty() || !p.error.isEmpty() || !p.errorDescription.isEmpty()
            || !p.iss.isEmpty())
            std::abort();
        break;
    }
    if (p.code.size() > target.size() || p.state.size() > target.size())
        std::abort();
    return 0;
}
