#pragma once

#include "AppServices.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace remitente::ui {

// The outbox (queued, sending, retrying, failed, uncertain) or the sent log (sent, with a search box), with the
// details of the selected message: recipients accepted and refused, the server's final reply, the problem and
// the transcript. Failed messages can be edited and sent again, and retried when trying again can work; Delete
// asks first.
class OutboxView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Outbox, SentLog };
    OutboxView(const AppServices &services, Mode mode, QWidget *parent = nullptr);
    void refresh();
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void editRequested(const remitente::outbox::OutboxEntry &entry);

private:
    void setUpColumns();
    void showDetails();
    void confirmDelete();
    std::optional<outbox::OutboxEntry> selected() const;

    AppServices m_services;
    Mode m_mode;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPlainTextEdit *m_details;
    QPushButton *m_retry = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_edit;
};

QString messageStateText(outbox::MessageState state); // translated, for people

} // namespace remitente::ui
