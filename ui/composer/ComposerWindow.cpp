#include "ComposerWindow.h"

#include "AddressField.h"

#include "mime/AddressParser.h"
#include "mime/MessageWriter.h"
#include "outbox/MessageJson.h"
#include "system/PrivateFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTextEdit>
#include <QUuid>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {
QList<mime::Mailbox> mailboxes(const AddressField *field)
{
    return field->isEmpty() ? QList<mime::Mailbox>() : mime::parseAddressList(field->text()).mailboxes;
}

// Sizes as providers state their limits: 25 MB, not 23.84 MiB.
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString joined(const QList<mime::Mailbox> &list)
{
    QStringList parts;
    for (const mime::Mailbox &mailbox : list)
        parts.append(mailbox.toDisplayString());
    return parts.join(QStringLiteral(", "));
}
} // namespace

ComposerWindow::ComposerWindow(const AppServices &services, QWidget *parent)
    : QWidget(parent, Qt::Window), m_services(services)
{
    setObjectName(QStringLiteral("composer"));
    setWindowTitle(tr("New message"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    resize(680, 560);

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("fromAccount"));
    m_account->setAccessibleName(tr("From"));
    for (const accounts::Account &account : services.wizard.store->accounts())
        m_account->addItem(account.address, account.id);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("fromName"));
    m_name->setAccessibleName(tr("Your name"));
    m_to = new AddressField(this);
    m_to->setObjectName(QStringLiteral("toField"));
    m_to->setAccessibleName(tr("To"));
    m_cc = new AddressField(this);
    m_cc->setObjectName(QStringLiteral("ccField"));
    m_cc->setAccessibleName(tr("Cc"));
    m_bcc = new AddressField(this);
    m_bcc->setObjectName(QStringLiteral("bccField"));
    m_bcc->setAccessibleName(tr("Bcc"));
    const QStringList known = services.outboxStore->knownAddresses();
    for (AddressField *field : {m_to, m_cc, m_bcc}) {
        field->setKnownAddresses(known);
        field->problemLabel()->setObjectName(field->objectName() + QStringLiteral("Problem"));
    }
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectField"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body = new QTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyField"));
    m_body->setAccessibleName(tr("Message"));
    m_body->setAcceptRichText(false);
    m_body->setTabChangesFocus(true);
    m_formatted = new QCheckBox(tr("Fo&rmatted text (also sent as HTML)"), this);
    m_formatted->setObjectName(QStringLiteral("formattedText"));
    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(QStringLiteral("attachmentList"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setMaximumHeight(90);
    auto *attach = new QPushButton(tr("&Attach files…"), this);
    attach->setObjectName(QStringLiteral("attachFiles"));
    auto *removeAttachment = new QPushButton(tr("Re&move attachment"), this);
    removeAttachment->setObjectName(QStringLiteral("removeAttachment"));
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setObjectName(QStringLiteral("sizeLabel"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->setWordWrap(true);
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send (Ctrl+Return)"));
    m_send->setDefault(true);

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &text, QWidget *field, QWidget *below = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        if (below)
            form->addRow(QString(), below);
    };
    addRow(tr("&From:"), m_account);
    addRow(tr("&Name:"), m_name);
    addRow(tr("&To:"), m_to, m_to->problemLabel());
    addRow(tr("&Cc:"), m_cc, m_cc->problemLabel());
    addRow(tr("&Bcc:"), m_bcc, m_bcc->problemLabel());
    addRow(tr("S&ubject:"), m_subject);
    auto *attachmentButtons = new QHBoxLayout;
    attachmentButtons->addWidget(attach);
    attachmentButtons->addWidget(removeAttachment);
    attachmentButtons->addWidget(m_sizeLabel, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_formatted);
    layout->addWidget(m_attachments);
    layout->addLayout(attachmentButtons);
    layout->addLayout(bottom);

    m_draftPath
        = QStringLiteral("%1/%2.json").arg(services.draftsFolder, QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1500);
    connect(&m_autosave, &QTimer::timeout, this, &ComposerWindow::saveDraft);
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_to), static_cast<QLineEdit *>(m_cc),
                             static_cast<QLineEdit *>(m_bcc), m_subject, m_name})
        connect(field, &QLineEdit::textChanged, this, &ComposerWindow::changed);
    connect(m_body, &QTextEdit::textChanged, this, &ComposerWindow::changed);
    connect(m_account, &QComboBox::currentIndexChanged, this, [this](int) {
        if (const auto account = m_services.wizard.store->find(m_account->currentData().toString()))
            m_name->setText(account->displayName);
        changed();
    });
    connect(m_formatted, &QCheckBox::toggled, this, [this](bool on) {
        m_body->setAcceptRichText(on);
        changed();
    });
    connect(attach, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Attach files"));
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::filesSelected, this, &ComposerWindow::addAttachments);
        dialog->open();
    });
    connect(removeAttachment, &QPushButton::clicked, this, [this] {
        delete m_attachments->currentItem();
        changed();
    });
    connect(m_send, &QPushButton::clicked, this, &ComposerWindow::send);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ComposerWindow::send);
    if (m_account->count() > 0)
        m_name->setText(services.wizard.store->accounts().first().displayName);
    updateState();
}

void ComposerWindow::addAttachments(const QStringList &paths)
{
    // Only ordinary, readable files: a folder, a device or a pipe is refused, and the person is told why.
    QStringList refused;
    for (const QString &path : paths) {
        if (const QString problem = mime::MessageWriter::checkAttachmentFile(path); !problem.isEmpty()) {
            refused << problem;
            continue;
        }
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(info.fileName(), sizeText(info.size())),
                                         m_attachments);
        item->setData(Qt::UserRole, info.absoluteFilePath());
    }
    changed();
    if (!refused.isEmpty())
        m_status->setText(refused.join(u'\n'));
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addAttachments(paths);
    event->acceptProposedAction();
}

qint64 ComposerWindow::attachmentBytes() const
{
    qint64 total = 0;
    for (int i = 0; i < m_attachments->count(); ++i)
        total += QFileInfo(m_attachments->item(i)->data(Qt::UserRole).toString()).size();
    return total;
}

qint64 ComposerWindow::sizeLimit() const
{
    const auto account = m_services.wizard.store->find(m_account->currentData().toString());
    const providers::Provider *provider = account ? m_services.wizard.catalogue->byId(account->providerId) : nullptr;
    if (provider) {
        for (const auto &[name, limit] : provider->limits) {
            if (name == u"messageSizeMb")
                return limit.value * 1000 * 1000;
        }
    }
    return 0;
}

void ComposerWindow::updateState()
{
    // Attachments travel as base64: a third bigger than the files.
    const qint64 encoded = attachmentBytes() * 4 / 3;
    const qint64 limit = sizeLimit();
    const bool tooBig = limit > 0 && encoded > limit;
    m_sizeLabel->setText(m_attachments->count() == 0 ? QString()
                         : limit > 0 ? tr("%1 of %2 allowed").arg(sizeText(encoded), sizeText(limit))
                                     : sizeText(encoded));
    const bool addressesOk = m_to->isValid() && m_cc->isValid() && m_bcc->isValid()
                             && !(m_to->isEmpty() && m_cc->isEmpty() && m_bcc->isEmpty());
    m_send->setEnabled(addressesOk && !tooBig && m_account->count() > 0);
    if (tooBig)
        m_status->setText(tr("The attachments are too big for your provider (%1 at most, counted as sent). Remove "
                             "some, or share big files as a link.").arg(sizeText(limit)));
    else if (m_account->count() == 0)
        m_status->setText(tr("Add an account first: File, Add account."));
    else
        m_status->clear();
}

void ComposerWindow::changed()
{
    updateState();
    if (!m_loading)
        m_autosave.start();
}

std::optional<mime::Message> ComposerWindow::buildMessage(QString *problem) const
{
    const auto account = m_services.wizard.store->find(m_account->currentData().toString());
    if (!account) {
        *problem = tr("Choose the account to send from.");
        return std::nullopt;
    }
    mime::Message message;
    message.from = {m_name->text().trimmed(), account->address};
    message.to = mailboxes(m_to);
    message.cc = mailboxes(m_cc);
    message.bcc = mailboxes(m_bcc);
    message.subject = m_subject->text();
    message.text = m_body->toPlainText();
    if (m_formatted->isChecked())
        message.html = m_body->toHtml();
    for (int i = 0; i < m_attachments->count(); ++i)
        message.attachments.append({m_attachments->item(i)->data(Qt::UserRole).toString(), {}, {}});
    return message;
}

bool ComposerWindow::send()
{
    updateState();
    if (!m_send->isEnabled())
        return false;
    QString problem;
    const std::optional<mime::Message> message = buildMessage(&problem);
    if (!message) {
        m_status->setText(problem);
        return false;
    }
    // The checks a direct send makes, before the outbox stores anything (an attachment gone or now a folder).
    if (const QString invalid = mime::MessageWriter::check(*message); !invalid.isEmpty()) {
        m_status->setText(invalid);
        return false;
    }
    const std::optional<qint64> id = m_services.outboxStore->enqueue(m_account->currentData().toString(), *message,
                                                                     QDateTime::currentDateTimeUtc(), &problem);
    if (!id) {
        m_status->setText(problem); // nothing is lost: the window and its draft stay
        return false;
    }
    m_autosave.stop();
    QFile::remove(m_draftPath);
    m_closing = true;
    Q_EMIT queued(*id);
    if (m_services.outbox)
        m_services.outbox->kick();
    close();
    return true;
}

void ComposerWindow::saveDraft()
{
    QString problem;
    const std::optional<mime::Message> message = buildMessage(&problem);
    if (!message)
        return;
    QJsonObject draft = outbox::messageToJson(*message);
    draft.insert(QStringLiteral("accountId"), m_account->currentData().toString());
    draft.insert(QStringLiteral("formatted"), m_formatted->isChecked());
    // The typed text as typed: an address with a mistake is kept too.
    draft.insert(QStringLiteral("typed"), QJsonObject{{QStringLiteral("to"), m_to->text()},
                                                      {QStringLiteral("cc"), m_cc->text()},
                                                      {QStringLiteral("bcc"), m_bcc->text()}});
    // Drafts are private: the folder 0700 and each draft 0600, whatever the umask.
    system::makePrivateFolder(m_services.draftsFolder);
    QSaveFile file(m_draftPath);
    if (file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.write(QJsonDocument(draft).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void ComposerWindow::loadDraft(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject draft = QJsonDocument::fromJson(file.readAll()).object();
    loadMessage(draft.value(QStringLiteral("accountId")).toString(), outbox::messageFromJson(draft));
    m_loading = true;
    const QJsonObject typed = draft.value(QStringLiteral("typed")).toObject();
    m_to->setText(typed.value(QStringLiteral("to")).toString());
    m_cc->setText(typed.value(QStringLiteral("cc")).toString());
    m_bcc->setText(typed.value(QStringLiteral("bcc")).toString());
    m_formatted->setChecked(draft.value(QStringLiteral("formatted")).toBool());
    if (m_formatted->isChecked())
        m_body->setHtml(draft.value(QStringLiteral("html")).toString());
    m_loading = false;
    m_draftPath = path;
    updateState();
}

void ComposerWindow::loadMessage(const QString &accountId, const mime::Message &message)
{
    m_loading = true;
    m_account->setCurrentIndex(std::max(0, m_account->findData(accountId)));
    m_name->setText(message.from.name);
    m_to->setText(joined(message.to));
    m_cc->setText(joined(message.cc));
    m_bcc->setText(joined(message.bcc));
    m_subject->setText(message.subject);
    if (!message.html.isEmpty()) {
        m_formatted->setChecked(true);
        m_body->setHtml(message.html);
    } else {
        m_body->setPlainText(message.text);
    }
    m_attachments->clear();
    QStringList paths;
    for (const mime::Attachment &attachment : message.attachments)
        paths.append(attachment.path);
    m_loading = false;
    addAttachments(paths);
    m_autosave.stop();
}

bool ComposerWindow::hasContent() const
{
    return !m_to->isEmpty() || !m_cc->isEmpty() || !m_bcc->isEmpty() || !m_subject->text().trimmed().isEmpty()
           || !m_body->toPlainText().trimmed().isEmpty() || m_attachments->count() > 0;
}

void ComposerWindow::closeKeepingDraft()
{
    if (!m_closing && hasContent())
        saveDraft();
    else if (!m_closing)
        QFile::remove(m_draftPath);
    m_autosave.stop();
    m_closing = true; // a question already asked goes with the window
    close();
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing || !hasContent()) {
        m_autosave.stop();
        if (!m_closing)
            QFile::remove(m_draftPath);
        QWidget::closeEvent(event);
        return;
    }
    // Never lose what was written without asking; open(), not exec(): no nested event loop.
    event->ignore();
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Close the message"),
                                tr("Keep this message as a draft? Drafts open again the next time Remitente starts."),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("closeComposer"));
    ask->setDefaultButton(QMessageBox::Save);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this](int choice) {
        if (choice == QMessageBox::Save)
            saveDraft();
        else if (choice == QMessageBox::Discard)
            QFile::remove(m_draftPath);
        else
            return;
        m_autosave.stop();
        m_closing = true;
        close();
    });
    ask->open();
}

} // namespace remitente::ui
