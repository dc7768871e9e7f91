#pragma once

#include "AppServices.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;

namespace remitente::ui {

class AddressField;
class AttachmentList;
class FormattingBar;

// A simple message: to/cc/bcc checked as typed, subject, text (or formatted text sent as clean HTML with a plain
// alternative), from (account and name), attachments by button or drag-and-drop with the message's size checked
// against the server's and the provider's limit, a newsletter mark (List-Unsubscribe), and the warnings of what
// would get the message junked (outbox::sendingWarningsFor) above Send. Send (Ctrl+Return) puts it in the outbox. What
// is typed is saved as a draft every few seconds, so a crash loses nothing; the draft goes away once the message is
// queued, and closing the window asks whether to keep it.
class ComposerWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerWindow(const AppServices &services, QWidget *parent = nullptr);
    // Opens a saved draft (after a crash), or a message to edit and send again.
    void loadDraft(const QString &path);
    void loadMessage(const QString &accountId, const mime::Message &message);
    // "Edit and send again" for a message of the outbox or the sent log: once the new one is queued, the outbox's
    // copy that could not be sent goes (a sent one stays in the log).
    void editAgain(const outbox::OutboxEntry &entry);
    void addAttachments(const QStringList &paths);
    QString draftPath() const { return m_draftPath; }
    bool send();
    // The app is closing: what was written stays as a draft (it opens again at the next start), without asking.
    void closeKeepingDraft();

Q_SIGNALS:
    void queued(qint64 id);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createSenderFields();
    void createRecipientFields();
    void createBody();
    QFormLayout *headerForm();
    void layOut();
    void connectChanges();
    void focusFirstEmptyField();

    std::optional<mime::Message> buildMessage(QString *problem) const;
    void changed();
    void saveDraft();
    void updateState();
    void showWarnings(const std::optional<mime::Message> &message);
    qint64 sizeLimit() const;
    bool hasContent() const;
    void removeReplacedEntry();

    AppServices m_services;
    QComboBox *m_account;
    QLineEdit *m_name;
    AddressField *m_to;
    AddressField *m_cc;
    AddressField *m_bcc;
    QLineEdit *m_subject;
    QTextEdit *m_body;
    QCheckBox *m_formatted;
    FormattingBar *m_formatting;
    AttachmentList *m_attachments;
    QCheckBox *m_newsletter;
    QLineEdit *m_unsubscribeUrl;
    QLabel *m_unsubscribeLabel;
    QLabel *m_warnings; // what would get the message junked: advice above Send, never a reason to hold it
    QLabel *m_status;
    QPushButton *m_send;
    QTimer m_autosave;
    QString m_draftPath;
    qint64 m_replaces = 0; // the outbox entry this message is sent again in place of
    bool m_loading = false;
    bool m_closing = false; // sent, or the person chose what happens to the draft
};

} // namespace remitente::ui
