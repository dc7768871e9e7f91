#include "MessageSource.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace remitente::smtp {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::smtp::MessageSource)
};

bool containsEightBit(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) > 0x7f; });
}
} // namespace

ByteArrayMessageSource::ByteArrayMessageSource(QByteArray message)
    : m_message(std::move(message)), m_eightBit(containsEightBit(m_message))
{
}

QByteArray ByteArrayMessageSource::read(qint64 maxBytes)
{
    const qsizetype length = std::min<qsizetype>(maxBytes, m_message.size() - m_position);
    QByteArray piece = m_message.sliced(m_position, length);
    m_position += length;
    return piece;
}

FileMessageSource::FileMessageSource(QString path) : m_path(std::move(path)) {}

FileMessageSource::~FileMessageSource() = default;

bool FileMessageSource::open()
{
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_error = Text::tr("Cannot read the message file \"%1\": %2").arg(m_path, file->errorString());
        return false;
    }
    qint64 lineLength = 0;
    while (!file->atEnd()) {
        const QByteArray block = file->read(256 * 1024);
        if (block.isEmpty() && file->error() != QFileDevice::NoError) {
            m_error = Text::tr("Cannot read the message file \"%1\": %2").arg(m_path, file->errorString());
            return false;
        }
        for (const char c : block) {
            if (c == '\n' || c == '\r') {
                lineLength = 0;
                continue;
            }
            if (static_cast<unsigned char>(c) > 0x7f)
                m_eightBit = true;
            m_longestLine = std::max(m_longestLine, ++lineLength);
        }
    }
    m_size = file->size();
    file->seek(0);
    m_file = std::move(file);
    return true;
}

QByteArray FileMessageSource::read(qint64 maxBytes)
{
    if (!m_file)
        return {};
    QByteArray piece = m_file->read(maxBytes);
    if (piece.isEmpty() && !m_file->atEnd())
        m_error = Text::tr("Cannot read the message file \"%1\": %2").arg(m_path, m_file->errorString());
    return piece;
}

bool FileMessageSource::atEnd() const
{
    return !m_file || m_file->atEnd() || !m_error.isEmpty();
}

} // namespace remitente::smtp
