#pragma once

#include "wizard/SetupWizard.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;

namespace remitente::ui {

// The home of the app: the accounts a person has set up and what they can do with them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const WizardServices &services, QWidget *parent = nullptr);

    // Opens the setup wizard (a new account, or the selected one to edit) without blocking.
    SetupWizard *addAccount();
    SetupWizard *editAccount();

private:
    void showAbout();
    void refreshAccounts();
    SetupWizard *openWizard(SetupWizard *wizard);

    WizardServices m_services;
    QLabel *m_noAccounts;
    QListWidget *m_accounts;
    QPushButton *m_edit;
};

} // namespace remitente::ui
