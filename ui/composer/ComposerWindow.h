#pragma once

#include "AppServices.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextEdit;

namespace remitente::ui {

class AddressField;

// A simple message: from (account and name), to/cc/bcc checked as typed, subject, text (or formatted text sent as
// HTML with a plain alternative), attachments by button or drag-and-drop with the total checked against the
// provider's limit. Send (Ctrl+Return) puts it in the outbox. What is typed is saved as a draft every few
// seconds, so a crash loses nothing; the draft goes away once the message is queued, and closing the window asks
// whether to keep it.
class ComposerWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerWindow(const AppServices &services, QWidget *parent = nullptr);
    // Opens a saved draft (after a crash), or a message to edit and send again.
    void loadDraft(const QString &path);
    void loadMessage(const QString &accountId, const mime::Message &message);
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
    std::optional<mime::Message> buildMessage(QString *problem) const;
    void changed();
    void saveDraft();
    void updateState();
    qint64 attachmentBytes() const;
    qint64 sizeLimit() const;
    bool hasContent() const;

    AppServices m_services;
    QComboBox *m_account;
    QLineEdit *m_name;
    AddressField *m_to;
    AddressField *m_cc;
    AddressField *m_bcc;
    QLineEdit *m_subject;
    QTextEdit *m_body;
    QCheckBox *m_formatted;
    QListWidget *m_attachments;
    QLabel *m_sizeLabel;
    QLabel *m_status;
    QPushButton *m_send;
    QTimer m_autosave;
    QString m_draftPath;
    bool m_loading = false;
    bool m_closing = false; // sent, or the person chose what happens to the draft
};

} // namespace remitente::ui
