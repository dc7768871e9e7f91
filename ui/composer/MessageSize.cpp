#include "MessageSize.h"

#include "mime/MessageWriter.h"

#include <QFileInfo>
#include <QLocale>

namespace remitente::ui {

qint64 MessageSize::encoded(mime::Message message)
{
    // Half-typed addresses do not change the size that matters: measured with stand-ins, the rest as written.
    message.from.address = QStringLiteral("sender@example.com");
    message.to = {{QString(), QStringLiteral("recipient@example.com")}};
    message.cc.clear();
    message.bcc.clear();
    QString problem;
    if (const std::unique_ptr<mime::MessageWriter> writer = mime::MessageWriter::create(message, &problem))
        return writer->size();
    // A file that cannot be read: count what can be.
    qint64 total = message.text.toUtf8().size() + message.html.toUtf8().size();
    for (const mime::Attachment &attachment : std::as_const(message.attachments))
        total += mime::Base64LineEncoder::encodedSize(QFileInfo(attachment.path).size());
    return total;
}

QString MessageSize::text(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString MessageSize::explained(qint64 bytes)
{
    return tr("about %1 once encoded for sending").arg(text(bytes));
}

} // namespace remitente::ui
