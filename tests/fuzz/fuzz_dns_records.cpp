// Arbitrary TXT record text through the SPF, DMARC and DKIM readers: they must never crash, and what they report
// must hold together (known mechanism names, a valid DMARC policy only when marked valid).
#include "diagnosis/DnsRecords.h"

#include <cstdint>
#include <cstdlib>

using namespace remitente::diagnosis;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (SpfRecord::looksLikeSpf(text)) {
        const SpfRecord record = SpfRecord::parse(text);
        for (const SpfMechanism &mechanism : record.mechanisms) {
            if (mechanism.name.isEmpty() || !QStringLiteral("+-~?").contains(mechanism.qualifier))
                std::abort();
        }
        if (record.lookupCost() < 0 || record.lookupCost() > record.mechanisms.size() + 1)
            std::abort();
        const QString fixed = record.withMechanism(text, QStringLiteral("include:example.com"));
        if (!fixed.contains(QStringLiteral("include:example.com")))
            std::abort();
    }
    const DmarcRecord dmarc = DmarcRecord::parse(text);
    if (dmarc.valid && dmarc.policy() != u"none" && dmarc.policy() != u"quarantine" && dmarc.policy() != u"reject")
        std::abort();
    if (const std::optional<DkimKey> key = DkimKey::parse(text); key && !key->present)
        std::abort();
    return 0;
}
