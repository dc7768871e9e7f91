#include "AttachmentList.h"

#include "MessageSize.h"

#include "mime/MessageWriter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {
enum Role { PathRole = Qt::UserRole, NameRole, TypeRole };
}

AttachmentList::AttachmentList(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setMaximumHeight(90);
    auto *attach = new QPushButton(tr("&Attach files…"), this);
    attach->setObjectName(QStringLiteral("attachFiles"));
    auto *remove = new QPushButton(tr("Re&move attachment"), this);
    remove->setObjectName(QStringLiteral("removeAttachment"));
    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("sizeLabel"));
    m_size->setWordWrap(true);

    // Shape and words, not colour alone: the platform's warning icon beside the text.
    m_warning = new QWidget(this);
    m_warning->setObjectName(QStringLiteral("sizeWarning"));
    auto *icon = new QLabel(m_warning);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    m_warningText = new QLabel(m_warning);
    m_warningText->setObjectName(QStringLiteral("sizeWarningText"));
    m_warningText->setTextFormat(Qt::PlainText);
    m_warningText->setWordWrap(true);
    auto *warningLayout = new QHBoxLayout(m_warning);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(icon);
    warningLayout->addWidget(m_warningText, 1);
    m_warning->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(attach);
    buttons->addWidget(remove);
    buttons->addWidget(m_size, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_warning);

    connect(attach, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Attach files"));
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &paths) { addFiles(paths); });
        dialog->open();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        Q_EMIT changed();
    });
}

QStringList AttachmentList::addFiles(const QStringList &paths)
{
    QList<mime::Attachment> attachments;
    for (const QString &path : paths)
        attachments.append({path, {}, {}});
    return addAttachments(attachments);
}

QStringList AttachmentList::addAttachments(const QList<mime::Attachment> &attachments)
{
    // Only ordinary, readable files: a folder, a device or a pipe is refused, and the person is told why.
    QStringList refused;
    for (const mime::Attachment &attachment : attachments) {
        if (const QString problem = mime::MessageWriter::checkAttachmentFile(attachment.path); !problem.isEmpty()) {
            refused << problem;
            continue;
        }
        const QFileInfo file(attachment.path);
        const QString name = attachment.fileName.isEmpty() ? file.fileName() : attachment.fileName;
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(PathRole, file.absoluteFilePath());
        item->setData(NameRole, name);
        item->setData(TypeRole, attachment.mimeType);
        item->setToolTip(file.absoluteFilePath());
    }
    Q_EMIT changed();
    return refused;
}

QList<mime::Attachment> AttachmentList::attachments() const
{
    QList<mime::Attachment> all;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        all.append({item->data(PathRole).toString(), item->data(NameRole).toString(), item->data(TypeRole).toString()});
    }
    return all;
}

int AttachmentList::count() const
{
    return m_list->count();
}

void AttachmentList::clear()
{
    m_list->clear();
    Q_EMIT changed();
}

void AttachmentList::showSize(qint64 encodedBytes, qint64 limit)
{
    m_encoded = encodedBytes;
    m_limit = limit;
    m_tooBig = limit > 0 && encodedBytes > limit;
    if (m_list->count() == 0)
        m_size->clear();
    else if (limit > 0)
        m_size->setText(
            tr("The message: %1 (at most %2)").arg(MessageSize::explained(encodedBytes), MessageSize::text(limit)));
    else
        m_size->setText(tr("The message: %1").arg(MessageSize::explained(encodedBytes)));
    m_warningText->setText(m_tooBig ? tooBigText() : QString());
    m_warning->setVisible(m_tooBig);
}

QString AttachmentList::tooBigText() const
{
    return tr("Too big to send: the message is %1, and your email provider takes at most %2. Remove some "
              "attachments, or share big files as a link (for example from a cloud drive).")
        .arg(MessageSize::explained(m_encoded), MessageSize::text(m_limit));
}

} // namespace remitente::ui
