#pragma once

#include "smtp/MessageSource.h"

#include <functional>
#include <optional>

namespace remitente::outbox {

// Another program's message kept inside the outbox database, read from it only when its turn on the connection
// comes (prepareFor), so a long batch never holds every message in memory at once, and let go once sent.
class StoredRawMessage final : public smtp::MessageSource
{
public:
    // Returns the bytes, or nullopt with the reason in `why`.
    using Loader = std::function<std::optional<QByteArray>(QString *why)>;
    explicit StoredRawMessage(Loader load);

    void prepareFor(const smtp::Capabilities &) override;
    qint64 size() const override;
    bool hasEightBitData() const override;
    QByteArray read(qint64 maxBytes) override;
    bool atEnd() const override;
    QString errorString() const override { return m_error; }

private:
    void load() const;

    Loader m_load;
    // Loaded at the first question about it (size, 8-bit, content), whichever the session asks first.
    mutable std::optional<smtp::ByteArrayMessageSource> m_message;
    mutable bool m_loaded = false;
    mutable QString m_error;
    bool m_done = false;
};

} // namespace remitente::outbox
