#pragma once

#include "AppServices.h"

#include <QMainWindow>
#include <QTimer>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace remitente::ui {

class ComposerWindow;
class OutboxView;

// The home of the app: the accounts a person has set up (verified, or what needs attention) and what they can do
// with them, the outbox and the sent log.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const AppServices &services, QWidget *parent = nullptr);

    // Opens the setup wizard (a new account, or the selected one to edit) without blocking.
    SetupWizard *addAccount();
    SetupWizard *editAccount();
    ComposerWindow *newMessage();
    // Drafts left by a crash (or a closed composer) come back in their own windows.
    int reopenDrafts();
    void removeAccount();
    QTabWidget *tabs() const { return m_tabs; }

private:
    void showAbout();
    void refreshAccounts();
    void updateButtons();
    SetupWizard *openWizard(SetupWizard *wizard);
    ComposerWindow *openComposer(ComposerWindow *composer);
    std::optional<accounts::Account> currentAccount() const;
    QString accountState(const accounts::Account &account) const;
    void check(bool sendTest);
    void showSettingsElsewhere();
    void checkDomain();
    void signInAgain();

    AppServices m_services;
    QTabWidget *m_tabs;
    QLabel *m_noAccounts;
    QLabel *m_accountProblem;
    QListWidget *m_accounts;
    QList<QPushButton *> m_accountButtons;
    QCheckBox *m_ignoreLimits;
    QPushButton *m_signInAgain; // for accounts that sign in with their provider
    OutboxView *m_outboxView;
    OutboxView *m_sentView;
    QTimer m_refresh;
};

} // namespace remitente::ui
