#include "StoredRawMessage.h"

namespace remitente::outbox {

StoredRawMessage::StoredRawMessage(Loader load) : m_load(std::move(load))
{
}

void StoredRawMessage::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    std::optional<QByteArray> bytes = m_load(&m_error);
    if (bytes)
        m_message.emplace(std::move(*bytes));
}

void StoredRawMessage::prepareFor(const smtp::Capabilities &)
{
    load();
}

qint64 StoredRawMessage::size() const
{
    load();
    return m_message ? m_message->size() : -1;
}

bool StoredRawMessage::hasEightBitData() const
{
    load();
    return m_message && m_message->hasEightBitData();
}

QByteArray StoredRawMessage::read(qint64 maxBytes)
{
    load();
    if (!m_message)
        return {};
    QByteArray piece = m_message->read(maxBytes);
    if (m_message->atEnd()) {
        m_message.reset(); // sent: its bytes are not kept for the rest of the connection
        m_done = true;
    }
    return piece;
}

bool StoredRawMessage::atEnd() const
{
    return m_done;
}

} // namespace remitente::outbox
