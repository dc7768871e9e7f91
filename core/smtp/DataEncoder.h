#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace remitente::smtp {

// Turns message bytes into what goes on the wire, chunk by chunk, without holding the message: line ends become
// CRLF (bare CR and bare LF alike), and for DATA a line starting with "." gets another "." (RFC 5321 4.5.2).
// A line longer than 998 octets is refused, since servers may cut or reject it.
class DataEncoder
{
public:
    enum class Mode { DotStuffed /* DATA */, Raw /* BDAT */ };
    static constexpr qsizetype MaxLineLength = 998;

    explicit DataEncoder(Mode mode) : m_mode(mode) { }

    // Appends the wire form of input to out. Returns false when a line is too long (out is then incomplete).
    bool encode(QByteArrayView input, QByteArray &out);
    // Ends the message: a final CRLF when missing and, for DATA, the terminating ".\r\n".
    void finish(QByteArray &out);

    qint64 longestLine() const { return m_longestLine; }

private:
    void endLine(QByteArray &out);

    Mode m_mode;
    bool m_pendingCr = false;
    bool m_atLineStart = true;
    qsizetype m_lineLength = 0;
    qint64 m_longestLine = 0;
};

} // namespace remitente::smtp
