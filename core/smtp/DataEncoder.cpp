#include "DataEncoder.h"

#include <algorithm>

namespace remitente::smtp {

void DataEncoder::endLine(QByteArray &out)
{
    out.append("\r\n", 2);
    m_atLineStart = true;
    m_lineLength = 0;
}

bool DataEncoder::encode(QByteArrayView input, QByteArray &out)
{
    out.reserve(out.size() + input.size() + input.size() / 32 + 8);
    const char *p = input.data();
    const char *const end = p + input.size();
    while (p < end) {
        if (m_pendingCr) {
            // A CR seen at the end of the previous piece: CRLF or a bare CR, both one line end.
            m_pendingCr = false;
            endLine(out);
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        // Copy the run of ordinary bytes up to the next CR or LF in one go.
        const char *runEnd = std::find_if(p, end, [](char c) { return c == '\r' || c == '\n'; });
        if (runEnd > p) {
            const qsizetype runLength = runEnd - p;
            if (m_atLineStart && *p == '.' && m_mode == Mode::DotStuffed)
                out.append('.');
            m_atLineStart = false;
            m_lineLength += runLength;
            m_longestLine = std::max<qint64>(m_longestLine, m_lineLength);
            if (m_lineLength > MaxLineLength)
                return false;
            out.append(p, runLength);
            p = runEnd;
            continue;
        }
        if (*p == '\r')
            m_pendingCr = true;
        else
            endLine(out);
        ++p;
    }
    return true;
}

void DataEncoder::finish(QByteArray &out)
{
    if (m_pendingCr) {
        m_pendingCr = false;
        endLine(out);
    }
    if (!m_atLineStart)
        endLine(out);
    if (m_mode == Mode::DotStuffed)
        out.append(".\r\n", 3);
}

} // namespace remitente::smtp
