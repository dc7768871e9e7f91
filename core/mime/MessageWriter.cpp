#include "MessageWriter.h"

#include "AddressParser.h"
#include "BodyEncoding.h"
#include "HeaderEncoding.h"
#include "MimeParameters.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>

namespace remitente::mime {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::mime::MessageWriter)
};

constexpr qint64 FileBlock = Base64LineEncoder::BytesPerLine * 4096; // about 228 KiB, whole base64 lines

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toHex();
}

QByteArray textPart(QByteArrayView subtype, const QString &text, bool eightBit, bool &usedEightBit)
{
    const QByteArray crlf = toCrlfUtf8(text);
    const TransferEncoding encoding = chooseTextEncoding(crlf, eightBit);
    usedEightBit = usedEightBit || encoding == TransferEncoding::EightBit;
    return "Content-Type: text/" + subtype.toByteArray()
        + "; charset=utf-8\r\nContent-Transfer-Encoding: " + transferEncodingName(encoding) + "\r\n\r\n"
        + (encoding == TransferEncoding::QuotedPrintable ? encodeQuotedPrintable(crlf) : crlf);
}

bool hasNonAscii(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) > 0x7f; });
}

// The https page of a List-Unsubscribe as written in the header (ASCII, at most MaxUnsubscribeUrl), or empty when
// the text is not an https address that can stand between angle brackets.
constexpr qsizetype MaxUnsubscribeUrl = 900;

QByteArray unsubscribeUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    const QByteArray encoded = url.toEncoded();
    if (encoded.size() > MaxUnsubscribeUrl || encoded.contains('<') || encoded.contains('>') || encoded.contains(',')
        || encoded.contains(' ') || hasNonAscii(encoded))
        return {};
    return encoded;
}

// RFC 2369 and, with a page, RFC 8058: the page first (the one-click target), then the mailto: every client knows.
QByteArray listUnsubscribeHeaders(const ListUnsubscribe &unsubscribe, const QString &fromAddress)
{
    const QString address = unsubscribe.address.isEmpty() ? fromAddress : unsubscribe.address;
    const QByteArray mailto = "mailto:" + QUrl::toPercentEncoding(localPartOf(address), "!$'*+=") + '@'
        + QUrl::toAce(domainOf(address)) + "?subject=unsubscribe";
    const QByteArray page = unsubscribeUrl(unsubscribe.url);
    if (page.isEmpty())
        return "List-Unsubscribe: <" + mailto + ">\r\n";
    return "List-Unsubscribe: <" + page + ">,\r\n <" + mailto + ">\r\n"
        + "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
}

QByteArray boundary()
{
    // "=_" never appears in quoted-printable or base64 output, so the boundary cannot occur in a part.
    return "=_remitente_" + randomHex(12);
}
} // namespace

MessageWriter::MessageWriter(Message message) : m_message(std::move(message))
{
}

QString MessageWriter::check(const Message &message)
{
    if (const QString problem = checkAddress(message.from.address); !problem.isEmpty())
        return Text::tr("The sender address \"%1\" cannot be used: %2.").arg(message.from.address, problem);
    if (message.envelopeRecipients().isEmpty())
        return Text::tr("The message has no recipients: add at least one To, Cc or Bcc address.");
    for (const QList<Mailbox> *list : {&message.replyTo, &message.to, &message.cc, &message.bcc}) {
        for (const Mailbox &mailbox : *list) {
            if (const QString problem = checkAddress(mailbox.address); !problem.isEmpty())
                return Text::tr("The address \"%1\" cannot be used: %2.").arg(mailbox.address, problem);
            if (!isSafeHeaderValue(mailbox.name))
                return Text::tr("The name for %1 contains a line break.").arg(mailbox.address);
        }
    }
    if (!isSafeHeaderValue(message.from.name))
        return Text::tr("The sender's name contains a line break.");
    if (!isSafeHeaderValue(message.subject))
        return Text::tr("The subject contains a line break.");
    if (message.listUnsubscribe) {
        const ListUnsubscribe &unsubscribe = *message.listUnsubscribe;
        if (!unsubscribe.address.isEmpty()) {
            if (const QString problem = checkAddress(unsubscribe.address); !problem.isEmpty())
                return Text::tr("The unsubscribe address \"%1\" cannot be used: %2.").arg(unsubscribe.address, problem);
        }
        if (!unsubscribe.url.isEmpty() && unsubscribeUrl(unsubscribe.url).isEmpty())
            return Text::tr("The unsubscribe page \"%1\" cannot be used: give a complete https:// address (no spaces, "
                            "commas or angle brackets, at most %2 characters).")
                .arg(unsubscribe.url.left(200).simplified())
                .arg(MaxUnsubscribeUrl);
    }
    for (const Attachment &attachment : message.attachments) {
        if (const QString problem = checkAttachmentFile(attachment.path); !problem.isEmpty())
            return problem;
        const QString fileName
            = attachment.fileName.isEmpty() ? QFileInfo(attachment.path).fileName() : attachment.fileName;
        if (!isSafeHeaderValue(fileName))
            return Text::tr("The attachment name \"%1\" contains a line break.").arg(fileName.simplified());
    }
    return {};
}

QString MessageWriter::checkAttachmentFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Text::tr("The attachment \"%1\" does not exist.").arg(path);
    if (info.isDir())
        return Text::tr("The attachment \"%1\" is a folder: attach the files in it one by one, or a compressed "
                        "(.zip) copy of the folder.")
            .arg(path);
    if (!info.isFile())
        return Text::tr("The attachment \"%1\" is not an ordinary file (it is a device, a pipe or a socket), so "
                        "it cannot be attached.")
            .arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("The attachment \"%1\" cannot be read: %2").arg(path, file.errorString());
    return {};
}

std::unique_ptr<MessageWriter> MessageWriter::create(const Message &input, QString *error, Options options)
{
    if (const QString problem = check(input); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    Message message = input;
    QMimeDatabase mimeTypes;
    for (Attachment &attachment : message.attachments) {
        const QFileInfo info(attachment.path);
        if (attachment.fileName.isEmpty())
            attachment.fileName = info.fileName();
        if (attachment.mimeType.isEmpty())
            attachment.mimeType = mimeTypes.mimeTypeForFile(info).name();
    }
    message.fixIdentity(QDateTime::currentDateTime());
    std::unique_ptr<MessageWriter> writer(new MessageWriter(std::move(message)));
    writer->build(options.eightBit);
    return writer;
}

void MessageWriter::prepareFor(const smtp::Capabilities &capabilities)
{
    if (!m_started && capabilities.eightBitMime != m_eightBit)
        build(capabilities.eightBitMime);
}

void MessageWriter::build(bool eightBit)
{
    const Message &m = m_message;
    bool usedEightBit = false;
    QByteArray head;
    head += plainHeader("Date", rfc5322Date(m.date));
    head += addressHeader("From", {m.from});
    if (!m.replyTo.isEmpty())
        head += addressHeader("Reply-To", m.replyTo);
    if (!m.to.isEmpty())
        head += addressHeader("To", m.to);
    if (!m.cc.isEmpty())
        head += addressHeader("Cc", m.cc);
    if (m.to.isEmpty() && m.cc.isEmpty())
        head += "To: undisclosed-recipients:;\r\n";
    head += unstructuredHeader("Subject", m.subject);
    head += plainHeader("Message-ID", '<' + m.messageId + '>');
    if (m.listUnsubscribe)
        head += listUnsubscribeHeaders(*m.listUnsubscribe, m.from.address);
    head += "MIME-Version: 1.0\r\n";
    head += plainHeader("User-Agent", "Remitente/" + QCoreApplication::applicationVersion().toLatin1());

    QByteArray body;
    if (m.html.isEmpty()) {
        body = textPart("plain", m.text, eightBit, usedEightBit);
    } else {
        const QByteArray b = boundary();
        body = "Content-Type: multipart/alternative;\r\n boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\n"
            + textPart("plain", m.text, eightBit, usedEightBit) + "\r\n--" + b + "\r\n"
            + textPart("html", m.html, eightBit, usedEightBit) + "\r\n--" + b + "--\r\n";
    }

    m_segments.clear();
    if (m.attachments.isEmpty()) {
        // The message ends with a line end, as the wire needs: otherwise the transport adds one and sends two more
        // octets than SIZE= declared (BDAT counts them).
        if (!body.endsWith("\r\n"))
            body += "\r\n";
        m_segments.append({head + body, {}, 0});
    } else {
        const QByteArray b = boundary();
        m_segments.append({head + "Content-Type: multipart/mixed;\r\n boundary=\"" + b + "\"\r\n\r\n"
                               + "This is a message in MIME format.\r\n\r\n--" + b + "\r\n" + body,
                           {},
                           0});
        for (const Attachment &attachment : m.attachments) {
            const QByteArray part = "\r\n--" + b + "\r\n" + attachmentHeaders(attachment.mimeType, attachment.fileName)
                + "Content-Transfer-Encoding: base64\r\n\r\n";
            m_segments.append({part, {}, 0});
            m_segments.append({{}, attachment.path, QFileInfo(attachment.path).size()});
        }
        m_segments.append({"\r\n--" + b + "--\r\n", {}, 0});
    }
    // A non-ASCII local part travels as UTF-8 in the headers (RFC 6532; the session requires SMTPUTF8 for it).
    const QList<Mailbox> sender{m.from};
    for (const QList<Mailbox> *list : {&sender, &m.replyTo, &m.to, &m.cc}) {
        for (const Mailbox &mailbox : *list)
            usedEightBit = usedEightBit || hasNonAscii(headerAddress(mailbox.address));
    }
    m_eightBit = usedEightBit;
    m_size = 0;
    for (const Segment &segment : std::as_const(m_segments))
        m_size += segment.filePath.isEmpty() ? segment.bytes.size() : Base64LineEncoder::encodedSize(segment.fileSize);
}

bool MessageWriter::refill(qint64 wanted)
{
    while (m_pending.size() < wanted && m_segment < m_segments.size()) {
        const Segment &segment = m_segments[m_segment];
        if (segment.filePath.isEmpty()) {
            m_pending += segment.bytes;
            ++m_segment;
            continue;
        }
        if (!m_file) {
            m_file = std::make_unique<QFile>(segment.filePath);
            if (!m_file->open(QIODevice::ReadOnly)) {
                m_error
                    = Text::tr("The attachment \"%1\" cannot be read: %2").arg(segment.filePath, m_file->errorString());
                return false;
            }
            m_fileLeft = segment.fileSize;
        }
        const QByteArray block = m_file->read(std::min(FileBlock, m_fileLeft));
        if (block.isEmpty() && m_fileLeft > 0) {
            m_error = Text::tr("The attachment \"%1\" became shorter while it was being sent.").arg(segment.filePath);
            return false;
        }
        m_fileLeft -= block.size();
        m_pending += m_base64.encode(block);
        if (m_fileLeft == 0) {
            m_pending += m_base64.finish();
            m_file.reset();
            ++m_segment;
        }
    }
    return true;
}

QByteArray MessageWriter::read(qint64 maxBytes)
{
    m_started = true;
    if (!m_error.isEmpty() || !refill(maxBytes))
        return {};
    QByteArray piece = m_pending.left(maxBytes);
    m_pending.remove(0, piece.size());
    return piece;
}

bool MessageWriter::atEnd() const
{
    return !m_error.isEmpty() || (m_pending.isEmpty() && m_segment >= m_segments.size());
}

} // namespace remitente::mime
