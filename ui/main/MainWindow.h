#pragma once

#include "AppServices.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QTabWidget;
class QToolBar;

namespace remitente::ui {

class AccountsView;
class ComposerWindow;
class OutboxAlerts;
class OutboxView;
class RelayClientsDialog;
class RelaySwitch;
class AccountAddressesDialog;
class TrayIcon;
class UseAccountDialog;

// The home of the app: the accounts a person has set up (verified, or what needs attention) and what they can do
// with them, the outbox and the sent log. Closing it ends the app: open messages stay as drafts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the setup wizard (a new account, or the selected one to edit) without blocking.
    SetupWizard *addAccount();
    SetupWizard *editAccount();
    ComposerWindow *newMessage();
    // Drafts left by a crash (or a closed composer) come back in their own windows.
    int reopenDrafts();
    void removeAccount();
    // Another start of Remitente asked for this window: shown, unminimised and in front.
    void bringToFront();
    void showOutbox();
    void showAccount(const QString &accountId);
    QTabWidget *tabs() const { return m_tabs; }
    AccountsView *accountsView() const { return m_accounts; }
    OutboxAlerts *alerts() const { return m_alerts; }
    RelaySwitch *relaySwitch() const { return m_relay; }
    RelayClientsDialog *showRelayClients();
    AccountAddressesDialog *editAddresses(); // of the selected account
    UseAccountDialog *useAccountIn();        // "Use this account in…" for the selected account

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *makeAction(const QString &text, const char *name, const QString &icon, bool needsAccount,
                        const std::function<void()> &slot);
    void buildMenus();
    void showAbout();
    void refreshAccounts();
    void updateActions();
    void showAccountMenu(const QPoint &globalPosition);
    SetupWizard *openWizard(SetupWizard *wizard);
    ComposerWindow *openComposer(ComposerWindow *composer);
    std::optional<accounts::Account> currentAccount() const;
    void sendTestEmail();
    void checkConnection();
    void check(bool sendTest);
    void showSettingsElsewhere();
    void checkDomain();
    void signInAgain();
    void setIgnoreLimits(bool ignore);
    void showRelayState();
    void relayFailed(const QString &message);

    AppServices m_services;
    QTabWidget *m_tabs;
    AccountsView *m_accounts;
    QToolBar *m_toolBar;
    QList<QAction *> m_accountActions; // enabled only with an account selected
    QAction *m_newMessage = nullptr;
    QAction *m_sendTest = nullptr;
    QAction *m_checkConnection = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_checkDomain = nullptr;
    QAction *m_settingsElsewhere = nullptr;
    QAction *m_useAccountIn = nullptr;
    QAction *m_signInAgain = nullptr; // for accounts that sign in with their provider
    QAction *m_ignoreLimits = nullptr;
    QAction *m_addresses = nullptr;
    QAction *m_relayClients = nullptr;
    RelaySwitch *m_relay;
    QLabel *m_relayState;
    OutboxView *m_outboxView;
    OutboxView *m_sentView;
    OutboxAlerts *m_alerts;
    TrayIcon *m_tray = nullptr; // where the desktop has a system tray
    QTimer m_refresh;
};

} // namespace remitente::ui
