#include "MessageSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace remitente::smtp {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::smtp::MessageSource)
};

// Measures a message as DataEncoder sends it: every line end (CRLF, bare CR, bare LF) as CRLF, and a final CRLF
// when the message lacks one. The size declared with SIZE= is this, so BDAT sends exactly what was declared.
struct WireMeasure {
    qint64 size = 0;
    qint64 lineLength = 0;
    qint64 longestLine = 0;
    bool pendingCr = false;
    bool eightBit = false;

    void add(QByteArrayView bytes)
    {
        for (const char c : bytes) {
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n')
                    continue; // CRLF: already counted
            }
            if (c == '\n' || c == '\r') {
                size += 2;
                pendingCr = c == '\r';
                lineLength = 0;
                continue;
            }
            ++size;
            if (static_cast<unsigned char>(c) > 0x7f)
                eightBit = true;
            longestLine = std::max(longestLine, ++lineLength);
        }
    }
    qint64 finish() const { return lineLength > 0 ? size + 2 : size; }
};
} // namespace

ByteArrayMessageSource::ByteArrayMessageSource(QByteArray message) : m_message(std::move(message))
{
    WireMeasure measure;
    measure.add(m_message);
    m_size = measure.finish();
    m_eightBit = measure.eightBit;
}

QByteArray ByteArrayMessageSource::read(qint64 maxBytes)
{
    const qsizetype length = std::min<qsizetype>(maxBytes, m_message.size() - m_position);
    QByteArray piece = m_message.sliced(m_position, length);
    m_position += length;
    return piece;
}

FileMessageSource::FileMessageSource(QString path) : m_path(std::move(path))
{
}

FileMessageSource::~FileMessageSource() = default;

bool FileMessageSource::open()
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile()) {
        m_error = info.isDir() ? Text::tr("\"%1\" is a folder, not a message file.").arg(m_path)
                               : Text::tr("\"%1\" is not an ordinary file (a device, a pipe or a socket): give the "
                                          "message on standard input instead.")
                                     .arg(m_path);
        return false;
    }
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_error = Text::tr("Cannot read the message file \"%1\": %2").arg(m_path, file->errorString());
        return false;
    }
    WireMeasure measure;
    while (!file->atEnd()) {
        const QByteArray block = file->read(256 * 1024);
        if (block.isEmpty() && file->error() != QFileDevice::NoError) {
            m_error = Text::tr("Cannot read the message file \"%1\": %2").arg(m_path, file->errorString());
            return false;
        }
        measure.add(block);
    }
    m_size = measure.finish();
    m_longestLine = measure.longestLine;
    m_eightBit = measure.eightBit;
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
