#pragma once

#include "AppServices.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace remitente::ui {

// Allows one more program to send through Remitente: its name and the account it sends from, then, once, the user
// name and generated password with everything the program's email settings need (server, port, no encryption on
// this computer). Only a hash of the password is kept: when this window closes, it cannot be shown again.
class AddRelayClientDialog : public QDialog
{
    Q_OBJECT
public:
    AddRelayClientDialog(const AppServices &services, quint16 port, const QString &accountId,
                         QWidget *parent = nullptr);

Q_SIGNALS:
    void added(const QString &name);

private:
    void updateAddButton();
    void add();
    void showCredentials(const QString &user, const QString &password, const QString &accountAddress);

    AppServices m_services;
    quint16 m_port;
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QComboBox *m_account;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace remitente::ui
