#pragma once

#include "AppServices.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace remitente::ui {

class AddRelayClientDialog;
class RelaySwitch;

// "Programs that send through Remitente": the programs allowed to use the relay (their name, the account they
// send from, when they were added), adding one (its password shown once) and removing one (asked first).
class RelayClientsDialog : public QDialog
{
    Q_OBJECT
public:
    // relaySwitch: whether sending for programs is on, and its port; may be null.
    RelayClientsDialog(const AppServices &services, const RelaySwitch *relaySwitch, const QString &accountId = {},
                       QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *list() const { return m_list; }
    AddRelayClientDialog *openAddDialog();
    void confirmRemove();

private:
    QString accountText(const QString &accountId) const;
    void updateState();

    AppServices m_services;
    const RelaySwitch *m_switch;
    QString m_accountId;
    QLabel *m_state;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_problem;
    QPushButton *m_remove;
};

} // namespace remitente::ui
