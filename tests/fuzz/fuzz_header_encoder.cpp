// Arbitrary text through the header encoders: lines stay within limits and no line break leaks in.
#include "mime/HeaderEncoding.h"

#include <cstdint>
#include <cstdlib>

using namespace remitente::mime;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!isSafeHeaderValue(text))
        return 0;
    const QByteArray subject = unstructuredHeader("Subject", text);
    const QByteArray from = addressHeader("From", {{text.left(80), QStringLiteral("a@example.es")}});
    for (const QByteArray &header : {subject, from}) {
        if (!header.endsWith("\r\n"))
            std::abort();
        for (const QByteArray &line : header.chopped(2).split('\n')) {
            const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
            if (bare.contains('\r') || bare.size() > 998)
                std::abort();
            if (bare.contains("=?utf-8?") && bare.size() > 78)
                std::abort(); // lines with encoded-words stay short (RFC 2047 2)
        }
    }
    for (const QByteArray &word : encodeWords(text, WordContext::Phrase)) {
        if (word.size() > MaxEncodedWord)
            std::abort();
    }
    return 0;
}
