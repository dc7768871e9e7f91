#pragma once

#include "BodyEncoding.h"
#include "Message.h"

#include "smtp/MessageSource.h"

#include <QFile>

#include <memory>

namespace remitente::mime {

// Writes a Message as RFC 5322 + MIME, produced piece by piece as the SMTP session pulls it: headers and text
// bodies are small and made up front; attachments are read and base64-encoded a block at a time, so a 25 MB file
// is never in memory, nor its base64. The exact size is known before the first byte (for SIZE=).
class MessageWriter final : public smtp::MessageSource
{
public:
    struct Options {
        bool eightBit; // text bodies may go as 8bit (the server offers 8BITMIME)
    };

    // Checks the message (sender, recipients, header values, attachment files); nullptr and a specific,
    // translated error when something is wrong.
    static std::unique_ptr<MessageWriter> create(const Message &message, QString *error, Options options = {false});
    // The same checks as create(), without building anything: empty when the message can be written, otherwise
    // the first problem, translated. Whoever stores a message to send later checks it with this first.
    static QString check(const Message &message);
    // Empty when path is an ordinary, readable file; otherwise why it cannot be attached (missing, a folder, a
    // device or a pipe, unreadable), translated.
    static QString checkAttachmentFile(const QString &path);

    void prepareFor(const smtp::Capabilities &capabilities) override;
    qint64 size() const override { return m_size; }
    bool hasEightBitData() const override { return m_eightBit; }
    QByteArray read(qint64 maxBytes) override;
    bool atEnd() const override;
    QString errorString() const override { return m_error; }

    const Message &message() const { return m_message; }

private:
    struct Segment {
        QByteArray bytes; // written as is
        QString filePath; // or: a file, base64-encoded
        qint64 fileSize = 0;
    };

    explicit MessageWriter(Message message);
    void build(bool eightBit);
    bool refill(qint64 wanted);

    Message m_message;
    QList<Segment> m_segments;
    qint64 m_size = 0;
    bool m_eightBit = false;
    bool m_started = false;
    qsizetype m_segment = 0;
    std::unique_ptr<QFile> m_file;
    qint64 m_fileLeft = 0;
    Base64LineEncoder m_base64;
    QByteArray m_pending;
    QString m_error;
};

} // namespace remitente::mime
