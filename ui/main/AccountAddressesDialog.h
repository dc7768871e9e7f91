#pragma once

#include "AppServices.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace remitente::ui {

// "Addresses and backup" for one account: the other addresses it may send as (aliases), what happens when a
// program's message uses a From it may not (refused, or sent from the account's address with replies going to
// the program's), and the account that sends for it when it cannot for a while, with the From used then.
// Saved into the account list on Save (only these fields, on the account as the file has it now).
class AccountAddressesDialog : public QDialog
{
    Q_OBJECT
public:
    AccountAddressesDialog(const AppServices &services, const accounts::Account &account, QWidget *parent = nullptr);

    // False with the reason shown in the window when something typed is not valid or the list could not be saved.
    bool save();

Q_SIGNALS:
    void saved(const QString &accountId);

private:
    void updateBackup();

    AppServices m_services;
    QString m_accountId;
    QPlainTextEdit *m_aliases;
    QRadioButton *m_refuse;
    QRadioButton *m_rewrite;
    QComboBox *m_backup;
    QLineEdit *m_backupFrom;
    QLabel *m_problem;
};

} // namespace remitente::ui
