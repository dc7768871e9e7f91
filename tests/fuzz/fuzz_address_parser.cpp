// Arbitrary text as a typed address list: never a crash, and every accepted address passes its own check.
#include "mime/AddressParser.h"

#include <cstdint>
#include <cstdlib>

using namespace remitente::mime;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const AddressList list = parseAddressList(input);
    for (const Mailbox &mailbox : list.mailboxes) {
        if (!checkAddress(mailbox.address).isEmpty() || mailbox.address.contains(u'\n'))
            std::abort();
    }
    for (const AddressProblem &problem : list.problems) {
        if (problem.message.isEmpty())
            std::abort();
    }
    return 0;
}
