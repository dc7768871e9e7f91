#pragma once

#include "AppServices.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace remitente::ui {

// The outbox (queued, sending, retrying, failed, uncertain) or the sent log (sent, with a search box), with the
// details of the selected message: recipients accepted and refused, the server's final reply, the problem and
// the transcript. Failed messages can be retried, or edited and sent again.
class OutboxView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Outbox, SentLog };
    OutboxView(const AppServices &services, Mode mode, QWidget *parent = nullptr);
    void refresh();
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void editRequested(const QString &accountId, const remitente::mime::Message &message);

private:
    void showDetails();
    std::optional<outbox::OutboxEntry> selected() const;

    AppServices m_services;
    Mode m_mode;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list;
    QPlainTextEdit *m_details;
    QPushButton *m_retry = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_edit;
};

QString messageStateText(outbox::MessageState state); // translated, for people

} // namespace remitente::ui
