#pragma once

#include "Capabilities.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace remitente::smtp {

// The message as the session pulls it, piece by piece, so a large message is never held whole in memory.
class MessageSource
{
public:
    virtual ~MessageSource() = default;
    // Called once the server's capabilities are known and before anything is read, so a message built on the fly
    // can use what the server offers (8BITMIME, say).
    virtual void prepareFor(const Capabilities &) { }
    // Size in octets on the wire before dot-stuffing (for SIZE=: BDAT sends exactly this many); -1 when unknown.
    virtual qint64 size() const = 0;
    // True when any octet is above 127 (the session then asks for BODY=8BITMIME).
    virtual bool hasEightBitData() const = 0;
    // Up to maxBytes more bytes; empty at the end or on error (see errorString()).
    virtual QByteArray read(qint64 maxBytes) = 0;
    virtual bool atEnd() const = 0;
    virtual QString errorString() const = 0;
};

class ByteArrayMessageSource final : public MessageSource
{
public:
    explicit ByteArrayMessageSource(QByteArray message);
    qint64 size() const override { return m_size; } // on the wire: CRLF line ends and a final CRLF
    bool hasEightBitData() const override { return m_eightBit; }
    QByteArray read(qint64 maxBytes) override;
    bool atEnd() const override { return m_position >= m_message.size(); }
    QString errorString() const override { return {}; }

private:
    QByteArray m_message;
    qint64 m_size = 0;
    qsizetype m_position = 0;
    bool m_eightBit = false;
};

// Reads a message from a file. open() scans it once, so problems (unreadable, not an ordinary file, a line over 998
// octets) are known before anything is sent, and size() is the exact size on the wire (CRLF line ends, final CRLF).
class FileMessageSource final : public MessageSource
{
public:
    explicit FileMessageSource(QString path);
    ~FileMessageSource() override;
    bool open();
    qint64 size() const override { return m_size; }
    bool hasEightBitData() const override { return m_eightBit; }
    qint64 longestLine() const { return m_longestLine; }
    QByteArray read(qint64 maxBytes) override;
    bool atEnd() const override;
    QString errorString() const override { return m_error; }

private:
    QString m_path;
    std::unique_ptr<QIODevice> m_file;
    qint64 m_size = -1;
    qint64 m_longestLine = 0;
    bool m_eightBit = false;
    QString m_error;
};

} // namespace remitente::smtp
