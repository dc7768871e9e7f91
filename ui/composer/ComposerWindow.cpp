#include "ComposerWindow.h"

#include "AddressField.h"
#include "AttachmentList.h"
#include "FormattingBar.h"
#include "MessageHtml.h"
#include "MessageSize.h"

#include "mime/AddressParser.h"
#include "mime/MessageWriter.h"
#include "outbox/MessageJson.h"
#include "outbox/SendingWarningsFor.h"
#include "system/PrivateFiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
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

QString joined(const QList<mime::Mailbox> &list)
{
    QStringList parts;
    for (const mime::Mailbox &mailbox : list)
        parts.append(mailbox.toDisplayString());
    return parts.join(QStringLiteral(", "));
}

AddressField *addressField(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *field = new AddressField(parent);
    field->setObjectName(name);
    field->setAccessibleName(accessibleName);
    field->problemLabel()->setObjectName(name + QStringLiteral("Problem"));
    return field;
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

    // Created in the order Tab visits them: the recipients first, so what is typed at once goes to To.
    createRecipientFields();
    createBody();
    m_attachments = new AttachmentList(this);
    m_newsletter = new QCheckBox(tr("This is a ne&wsletter (adds a way to unsubscribe)"), this);
    m_newsletter->setObjectName(QStringLiteral("newsletter"));
    m_newsletter->setToolTip(tr("Adds List-Unsubscribe: readers unsubscribe by email to your address or, with a "
                                "page, in one click, as Gmail and Yahoo require of bulk mail."));
    m_unsubscribeUrl = new QLineEdit(this);
    m_unsubscribeUrl->setObjectName(QStringLiteral("unsubscribeUrl"));
    m_unsubscribeUrl->setAccessibleName(tr("Unsubscribe page"));
    m_unsubscribeUrl->setPlaceholderText(tr("https://… (optional)"));
    m_unsubscribeLabel = new QLabel(tr("Unsubscribe &page:"), this);
    m_unsubscribeLabel->setBuddy(m_unsubscribeUrl);
    m_unsubscribeUrl->hide();
    m_unsubscribeLabel->hide();
    m_warnings = new QLabel(this);
    m_warnings->setTextFormat(Qt::PlainText); // quotes addresses and names as typed: never HTML
    m_warnings->setObjectName(QStringLiteral("composerWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->hide();
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // may show server words or file names: never HTML
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->setWordWrap(true);
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send (Ctrl+Return)"));
    m_send->setDefault(true);
    createSenderFields();
    layOut();
    setMinimumSize(560, 480); // smaller, the size note and the message itself no longer fit

    m_draftPath
        = QStringLiteral("%1/%2.json").arg(services.draftsFolder, QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1500);
    connect(&m_autosave, &QTimer::timeout, this, &ComposerWindow::saveDraft);
    connectChanges();
    if (m_account->count() > 0)
        m_name->setText(services.store->accounts().first().displayName);
    updateState();
    focusFirstEmptyField();
}

void ComposerWindow::createRecipientFields()
{
    m_to = addressField(this, QStringLiteral("toField"), tr("To"));
    m_cc = addressField(this, QStringLiteral("ccField"), tr("Cc"));
    m_bcc = addressField(this, QStringLiteral("bccField"), tr("Bcc"));
    const QStringList known = m_services.outboxStore->knownAddresses();
    for (AddressField *field : {m_to, m_cc, m_bcc})
        field->setKnownAddresses(known);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectField"));
    m_subject->setAccessibleName(tr("Subject"));
}

void ComposerWindow::createBody()
{
    m_body = new QTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyField"));
    m_body->setAccessibleName(tr("Message"));
    m_body->setAcceptRichText(false);
    m_body->setTabChangesFocus(true);
    m_formatting = new FormattingBar(m_body, this);
    m_formatting->hide();
    m_formatted = new QCheckBox(tr("Fo&rmatted text (also sent as HTML)"), this);
    m_formatted->setObjectName(QStringLiteral("formattedText"));
}

void ComposerWindow::createSenderFields()
{
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("fromAccount"));
    m_account->setAccessibleName(tr("From"));
    for (const accounts::Account &account : m_services.store->accounts())
        m_account->addItem(account.address, account.id);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("fromName"));
    m_name->setAccessibleName(tr("Your name"));
}

QFormLayout *ComposerWindow::headerForm()
{
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
    return form;
}

void ComposerWindow::layOut()
{
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_send);
    auto *newsletter = new QHBoxLayout;
    newsletter->addWidget(m_newsletter);
    newsletter->addWidget(m_unsubscribeLabel);
    newsletter->addWidget(m_unsubscribeUrl, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headerForm());
    layout->addWidget(m_formatting);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_formatted);
    layout->addWidget(m_attachments);
    layout->addLayout(newsletter);
    layout->addWidget(m_warnings);
    layout->addLayout(bottom);
    // From and the name are shown first but visited last: they rarely change, the recipients always do.
    QWidget::setTabOrder(m_to, m_cc);
    QWidget::setTabOrder(m_cc, m_bcc);
    QWidget::setTabOrder(m_bcc, m_subject);
    QWidget::setTabOrder(m_subject, m_body);
    QWidget::setTabOrder(m_body, m_formatted);
    QWidget::setTabOrder(m_formatted, m_newsletter);
    QWidget::setTabOrder(m_newsletter, m_unsubscribeUrl);
}

void ComposerWindow::connectChanges()
{
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_to), static_cast<QLineEdit *>(m_cc),
                             static_cast<QLineEdit *>(m_bcc), m_subject, m_name, m_unsubscribeUrl})
        connect(field, &QLineEdit::textChanged, this, &ComposerWindow::changed);
    connect(m_body, &QTextEdit::textChanged, this, &ComposerWindow::changed);
    connect(m_attachments, &AttachmentList::changed, this, &ComposerWindow::changed);
    connect(m_account, &QComboBox::currentIndexChanged, this, [this](int) {
        if (const auto account = m_services.store->find(m_account->currentData().toString()))
            m_name->setText(account->displayName);
        changed();
    });
    connect(m_formatted, &QCheckBox::toggled, this, [this](bool on) {
        m_body->setAcceptRichText(on);
        m_formatting->setVisible(on);
        if (!on && !m_loading) // what is sent is what is shown: plain text, bullets and link addresses written out
            m_body->setPlainText(messagePlainText(*m_body->document()));
        changed();
    });
    connect(m_newsletter, &QCheckBox::toggled, this, [this](bool on) {
        m_unsubscribeLabel->setVisible(on);
        m_unsubscribeUrl->setVisible(on);
        changed();
    });
    connect(m_send, &QPushButton::clicked, this, &ComposerWindow::send);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ComposerWindow::send);
}

void ComposerWindow::focusFirstEmptyField()
{
    // Where the person goes on writing: the first thing that still needs them.
    QWidget *first = m_to->isEmpty() && m_cc->isEmpty() && m_bcc->isEmpty() ? static_cast<QWidget *>(m_to)
        : m_subject->text().trimmed().isEmpty()                             ? static_cast<QWidget *>(m_subject)
                                                                            : static_cast<QWidget *>(m_body);
    first->setFocus(Qt::OtherFocusReason);
}

void ComposerWindow::addAttachments(const QStringList &paths)
{
    const QStringList refused = m_attachments->addFiles(paths);
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

qint64 ComposerWindow::sizeLimit() const
{
    // The stricter of what the server said of its SIZE (at the last send, else at the last check) and what the
    // provider documents.
    const auto account = m_services.store->find(m_account->currentData().toString());
    if (!account)
        return 0;
    qint64 limit = m_services.outboxStore->serverSizeLimit(account->id).value_or(account->serverSizeLimit);
    if (const providers::Provider *provider = m_services.catalogue->byId(account->providerId)) {
        for (const auto &[name, documented] : provider->limits) {
            if (name == u"messageSizeMb" && documented.value > 0) {
                const qint64 bytes = qint64(documented.value) * 1000 * 1000;
                limit = limit > 0 ? std::min(limit, bytes) : bytes;
            }
        }
    }
    return limit;
}

void ComposerWindow::updateState()
{
    const qint64 limit = sizeLimit();
    QString ignored;
    const std::optional<mime::Message> message = buildMessage(&ignored);
    m_attachments->showSize(message && m_attachments->count() > 0 ? MessageSize::encoded(*message) : 0, limit);
    showWarnings(message);
    const bool tooBig = m_attachments->isTooBig();
    const bool addressesOk = m_to->isValid() && m_cc->isValid() && m_bcc->isValid()
        && !(m_to->isEmpty() && m_cc->isEmpty() && m_bcc->isEmpty());
    m_send->setEnabled(addressesOk && !tooBig && m_account->count() > 0);
    if (tooBig)
        m_status->setText(m_attachments->tooBigText());
    else if (m_account->count() == 0)
        m_status->setText(tr("Add an account first: File, Add account."));
    else
        m_status->clear();
}

void ComposerWindow::showWarnings(const std::optional<mime::Message> &message)
{
    const auto account = m_services.store->find(m_account->currentData().toString());
    QStringList lines;
    if (message && account && m_services.catalogue) {
        for (const diagnosis::SendingWarning &warning : outbox::sendingWarningsFor(
                 *account, *m_services.catalogue, m_services.outboxStore, *message, QDateTime::currentDateTimeUtc()))
            lines.append(QStringLiteral("⚠ ") + warning.text());
    }
    m_warnings->setText(lines.join(QStringLiteral("\n")));
    m_warnings->setVisible(!lines.isEmpty());
}

void ComposerWindow::changed()
{
    updateState();
    if (!m_loading)
        m_autosave.start();
}

std::optional<mime::Message> ComposerWindow::buildMessage(QString *problem) const
{
    const auto account = m_services.store->find(m_account->currentData().toString());
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
    if (m_formatted->isChecked()) {
        message.text = messagePlainText(*m_body->document());
        message.html = messageHtml(*m_body->document());
    } else {
        message.text = m_body->toPlainText();
    }
    message.attachments = m_attachments->attachments();
    if (m_newsletter->isChecked()) // unsubscribe requests come back to the account
        message.listUnsubscribe = mime::ListUnsubscribe{account->address, m_unsubscribeUrl->text().trimmed()};
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
    removeReplacedEntry();
    m_autosave.stop();
    QFile::remove(m_draftPath);
    m_closing = true;
    Q_EMIT queued(*id);
    if (m_services.outbox)
        m_services.outbox->kick();
    close();
    return true;
}

void ComposerWindow::removeReplacedEntry()
{
    // The copy that could not be sent is replaced by the one just queued (its attachments were copied already).
    if (m_replaces == 0)
        return;
    const std::optional<outbox::OutboxEntry> old = m_services.outboxStore->entry(m_replaces);
    using State = outbox::MessageState;
    if (old && old->state != State::Sent && old->state != State::Sending)
        m_services.outboxStore->remove(m_replaces);
    m_replaces = 0;
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
    if (m_replaces != 0)
        draft.insert(QStringLiteral("replaces"), m_replaces);
    // The typed text as typed: an address with a mistake is kept too.
    draft.insert(QStringLiteral("typed"),
                 QJsonObject{{QStringLiteral("to"), m_to->text()},
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
    m_replaces = draft.value(QStringLiteral("replaces")).toInteger(0);
    m_loading = false;
    m_draftPath = path;
    updateState();
    focusFirstEmptyField();
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
    m_newsletter->setChecked(message.listUnsubscribe.has_value());
    m_unsubscribeUrl->setText(message.listUnsubscribe ? message.listUnsubscribe->url : QString());
    m_attachments->clear();
    // Each file under the name the recipient sees, not the outbox copy's.
    const QStringList refused = m_attachments->addAttachments(message.attachments);
    m_loading = false;
    updateState();
    if (!refused.isEmpty())
        m_status->setText(refused.join(u'\n'));
    m_autosave.stop();
    focusFirstEmptyField();
}

void ComposerWindow::editAgain(const outbox::OutboxEntry &entry)
{
    loadMessage(entry.accountId, entry.message);
    m_replaces = entry.state == outbox::MessageState::Sent ? 0 : entry.id;
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
