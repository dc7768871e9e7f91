#pragma once

#include "mime/Message.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace remitente::ui {

// The composer's attachments: the list (each file under the name the recipient will see), Attach and Remove,
// the message's size as it goes out and, when that is over the limit, a warning that says what to do.
class AttachmentList : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentList(QWidget *parent = nullptr);
    // Files as a person picks or drops them: only ordinary, readable files; why the others were refused.
    QStringList addFiles(const QStringList &paths);
    // Attachments of a message opened again: their name for the recipient stays, whatever the file is called.
    QStringList addAttachments(const QList<mime::Attachment> &attachments);
    QList<mime::Attachment> attachments() const;
    int count() const;
    void clear();
    // The whole message's encoded size, and the limit it must stay under (0: none known).
    void showSize(qint64 encodedBytes, qint64 limit);
    bool isTooBig() const { return m_tooBig; }
    QString tooBigText() const;

Q_SIGNALS:
    void changed();

private:
    QListWidget *m_list;
    QLabel *m_size;
    QWidget *m_warning;
    QLabel *m_warningText;
    qint64 m_encoded = 0;
    qint64 m_limit = 0;
    bool m_tooBig = false;
};

} // namespace remitente::ui
