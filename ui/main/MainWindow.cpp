#include "MainWindow.h"

#include "mime/Mailbox.h"

#include "AccountAddressesDialog.h"
#include "UseAccountDialog.h"
#include "AccountsView.h"
#include "AppIcons.h"
#include "CheckDialog.h"
#include "DomainCheckDialog.h"
#include "MessageProgress.h"
#include "OutboxAlerts.h"
#include "OutboxView.h"
#include "ReadableSize.h"
#include "RelayClientsDialog.h"
#include "RelaySwitch.h"
#include "SignInAgainDialog.h"
#include "SettingsElsewhere.h"
#include "TrayIcon.h"
#include "composer/ComposerWindow.h"

#include "accounts/AccountStoreWatcher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace remitente::ui {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
} // namespace

MainWindow::MainWindow(const AppServices &services, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_relay(new RelaySwitch(services, this)),
      m_alerts(new OutboxAlerts(this))
{
    setWindowTitle(tr("Remitente"));
    resize(760, 520);

    m_accounts = new AccountsView(services, this);
    m_outboxView = new OutboxView(services, OutboxView::Mode::Outbox, this);
    m_sentView = new OutboxView(services, OutboxView::Mode::SentLog, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_accounts, tr("A&ccounts"));
    m_tabs->addTab(m_outboxView, tr("&Outbox"));
    m_tabs->addTab(m_sentView, tr("&Sent"));
    setCentralWidget(m_tabs);

    // The common actions on a toolbar with icons; every action on the Account menu and the list's context menu.
    m_newMessage = makeAction(tr("&New message"), "newMessage", QStringLiteral("mail-message-new"), true,
                              [this] { newMessage(); });
    m_newMessage->setShortcut(QKeySequence::New);
    m_sendTest = makeAction(tr("Send &test email"), "sendTestEmail", QStringLiteral("mail-send"), true,
                            [this] { sendTestEmail(); });
    m_checkConnection = makeAction(tr("Chec&k connection"), "checkConnection", QStringLiteral("network-connect"), true,
                                   [this] { checkConnection(); });
    m_edit = makeAction(tr("&Edit…"), "editAccount", QStringLiteral("document-edit"), true, [this] { editAccount(); });
    m_signInAgain = makeAction(tr("Sign &in again…"), "signInAgain", QStringLiteral("dialog-password"), true,
                               [this] { signInAgain(); });
    m_checkDomain = makeAction(tr("Check my &domain"), "checkDomain", QStringLiteral("network-server"), true,
                               [this] { checkDomain(); });
    m_settingsElsewhere = makeAction(tr("&Use settings elsewhere…"), "settingsElsewhere", QString(), true,
                                     [this] { showSettingsElsewhere(); });
    m_useAccountIn
        = makeAction(tr("Use this &account in…"), "useAccountIn", QString(), true, [this] { useAccountIn(); });
    m_addresses
        = makeAction(tr("Addresses and &backup…"), "accountAddresses", QString(), true, [this] { editAddresses(); });
    m_relayClients = makeAction(tr("&Programs that send through Remitente…"), "relayClients", QString(), false,
                                [this] { showRelayClients(); });
    m_relayClients->setEnabled(services.store != nullptr);
    m_remove
        = makeAction(tr("&Remove…"), "removeAccount", QStringLiteral("list-remove"), true, [this] { removeAccount(); });
    m_ignoreLimits = new QAction(tr("I&gnore the provider's sending limits for this account (my own server)"), this);
    m_ignoreLimits->setObjectName(QStringLiteral("ignoreLimits"));
    m_ignoreLimits->setCheckable(true);
    connect(m_ignoreLimits, &QAction::toggled, this, &MainWindow::setIgnoreLimits);
    m_accountActions.append(m_ignoreLimits);

    m_toolBar = addToolBar(tr("Actions"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setContextMenuPolicy(Qt::PreventContextMenu);
    m_toolBar->addActions({m_newMessage, m_sendTest, m_checkConnection, m_signInAgain});
    buildMenus();

    connect(m_accounts, &AccountsView::currentAccountChanged, this, &MainWindow::updateActions);
    connect(m_accounts, &AccountsView::accountActivated, this, [this] { editAccount(); });
    connect(m_accounts, &AccountsView::addAccountRequested, this, [this] { addAccount(); });
    connect(m_accounts, &AccountsView::menuRequested, this, &MainWindow::showAccountMenu);
    // The accounts' state is read from the outbox whenever they come into view: a message deleted or retried in
    // the Outbox tab changes it.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_accounts)
            refreshAccounts();
    });
    for (OutboxView *view : {m_outboxView, m_sentView}) {
        connect(view, &OutboxView::editRequested, this, [this](const outbox::OutboxEntry &entry) {
            openComposer(new ComposerWindow(m_services, this))->editAgain(entry);
        });
    }
    // The outbox reports every change; the views refresh at most a few times a second.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        m_outboxView->refresh();
        m_sentView->refresh();
        refreshAccounts();
    });
    if (services.outbox) {
        connect(services.outbox, &outbox::Outbox::changed, this, [this] { m_refresh.start(); });
        connect(services.outbox, &outbox::Outbox::held, this,
                [this](const QString &, const QString &reason, const QDateTime &until) {
                    statusBar()->showMessage(
                        tr("Sending paused until %1: %2")
                            .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat), reason));
                    m_refresh.start();
                });
        connect(services.outbox, &outbox::Outbox::signInNeeded, this, [this](const QString &, const QString &why) {
            statusBar()->showMessage(why);
            m_refresh.start();
        });
        connect(services.outbox, &outbox::Outbox::limitWarning, this, [this](const QString &, const QString &reason) {
            statusBar()->showMessage(tr("Close to the sending limit: %1").arg(reason));
        });
        connect(services.outbox, &outbox::Outbox::waitingForOtherSender, this, [this](const QString &holder) {
            statusBar()->showMessage(
                tr("Another Remitente program (%1) is sending from this outbox; yours go out after it.").arg(holder));
        });
        connect(services.outbox, &outbox::Outbox::storageFailed, this, [this](const QString &message) {
            statusBar()->showMessage(message);
            m_refresh.start();
        });
    }

    // Other processes (remitente-cli, a script) change the account list too: the app follows the file, and its
    // own changes are applied to the file as it is then (AccountStore::save), never its startup copy saved whole.
    if (services.store) {
        auto *watcher = new accounts::AccountStoreWatcher(*services.store, this);
        connect(watcher, &accounts::AccountStoreWatcher::reloaded, this, [this] {
            refreshAccounts();
            // Messages held for an account that could not be found may go now.
            if (m_services.outbox)
                m_services.outbox->kick();
        });
    }

    // Failures are never silent: a person who is not looking at the window is told (tray notification, or the
    // taskbar asking for attention where there is no tray).
    m_tray = TrayIcon::createFor(this, m_alerts);
    if (!m_tray) {
        connect(m_alerts, &OutboxAlerts::alert, this, [this] { QApplication::alert(this); });
    }

    // Whether other programs can send through Remitente, always in view while they can.
    m_relayState = new QLabel(this);
    m_relayState->setObjectName(QStringLiteral("relayState"));
    m_relayState->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_relayState);
    connect(m_relay, &RelaySwitch::stateChanged, this, &MainWindow::showRelayState);
    connect(m_relay, &RelaySwitch::failed, this, &MainWindow::relayFailed);
    connect(m_relay, &RelaySwitch::warned, this, [this](const QString &message) { statusBar()->showMessage(message); });
    showRelayState();
    // Once the window is up (and the outbox started): the relay is on again if it was when the app last ran.
    QTimer::singleShot(0, m_relay, &RelaySwitch::restore);

    statusBar()->showMessage(tr("Ready"));
    refreshAccounts();
    // Small enough for half a laptop screen, never so small that the toolbar's labels are cut (with "Sign in
    // again", shown for accounts that sign in with their provider).
    const bool signInShown = m_signInAgain->isVisible();
    m_signInAgain->setVisible(true);
    setMinimumSize(qMax(480, m_toolBar->sizeHint().width() + 24), 360);
    m_signInAgain->setVisible(signInShown);
    if (m_services.settings)
        restoreGeometry(m_services.settings->value(geometryKey).toByteArray());
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::makeAction(const QString &text, const char *name, const QString &icon, bool needsAccount,
                                const std::function<void()> &slot)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : themeIcon(icon), text, this);
    action->setObjectName(QString::fromLatin1(name));
    connect(action, &QAction::triggered, this, slot);
    if (needsAccount)
        m_accountActions.append(action);
    return action;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newMessage);
    QAction *add
        = file->addAction(themeIcon(QStringLiteral("list-add")), tr("&Add account…"), this, [this] { addAccount(); });
    add->setObjectName(QStringLiteral("addAccount"));
    file->addSeparator();
    // Closing the window is quitting: its composers keep their drafts, nothing stays behind unseen.
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    account->addActions({m_sendTest, m_checkConnection});
    account->addSeparator();
    account->addActions(
        {m_edit, m_signInAgain, m_checkDomain, m_settingsElsewhere, m_useAccountIn, m_addresses, m_ignoreLimits});
    account->addSeparator();
    account->addAction(m_remove);
    QMenu *programs = menuBar()->addMenu(tr("&Programs"));
    programs->setObjectName(QStringLiteral("programsMenu"));
    programs->addAction(m_relay->action());
    programs->addAction(m_relayClients);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Remitente"), this, &MainWindow::showAbout);
}

void MainWindow::showAccountMenu(const QPoint &globalPosition)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("accountContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({m_newMessage, m_sendTest, m_checkConnection});
    menu->addSeparator();
    menu->addActions(
        {m_edit, m_signInAgain, m_checkDomain, m_settingsElsewhere, m_useAccountIn, m_addresses, m_ignoreLimits});
    menu->addSeparator();
    menu->addAction(m_remove);
    menu->popup(globalPosition);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_services.settings)
        m_services.settings->setValue(geometryKey, saveGeometry());
    // The app ends with this window. A composer would otherwise refuse to close while it asks about its draft, and
    // the app would go on without a window: what was written stays as a draft and opens again at the next start.
    for (ComposerWindow *composer : findChildren<ComposerWindow *>(QString(), Qt::FindDirectChildrenOnly))
        composer->closeKeepingDraft();
    QMainWindow::closeEvent(event);
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::showOutbox()
{
    bringToFront();
    m_tabs->setCurrentWidget(m_outboxView);
}

void MainWindow::showAccount(const QString &accountId)
{
    bringToFront();
    m_tabs->setCurrentWidget(m_accounts);
    m_accounts->selectAccount(accountId);
}

std::optional<accounts::Account> MainWindow::currentAccount() const
{
    const QString id = m_accounts->currentAccountId();
    return id.isEmpty() ? std::nullopt : m_services.store->find(id);
}

void MainWindow::refreshAccounts()
{
    m_accounts->refresh();
    m_alerts->update(OutboxSnapshot::take(m_services, QDateTime::currentDateTimeUtc()), isVisible() && !isMinimized());
}

void MainWindow::updateActions()
{
    const std::optional<accounts::Account> account = currentAccount();
    for (QAction *action : std::as_const(m_accountActions))
        action->setEnabled(account.has_value());
    m_signInAgain->setVisible(account && account->signIn == accounts::SignInKind::OAuth2);
    const QSignalBlocker quiet(m_ignoreLimits);
    m_ignoreLimits->setChecked(account && m_services.outboxStore->ignoresLimits(account->id));
}

void MainWindow::setIgnoreLimits(bool ignore)
{
    const std::optional<accounts::Account> account = currentAccount();
    if (!account)
        return;
    m_services.outboxStore->setIgnoreLimits(account->id, ignore);
    if (ignore) {
        m_services.outboxStore->setPause(account->id, {}, {}); // a hold from the documented limits ends
        if (m_services.outbox)
            m_services.outbox->kick();
    }
    refreshAccounts();
}

void MainWindow::showRelayState()
{
    const QString text = m_relay->stateText();
    m_relayState->setText(text);
    m_relayState->setToolTip(m_relay->stateDetails());
    m_relayState->setVisible(!text.isEmpty());
}

void MainWindow::relayFailed(const QString &message)
{
    statusBar()->showMessage(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sending for other programs"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("relayError"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // no nested event loop
}

RelayClientsDialog *MainWindow::showRelayClients()
{
    auto *dialog = new RelayClientsDialog(m_services, m_relay, m_accounts->currentAccountId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AccountAddressesDialog *MainWindow::editAddresses()
{
    const std::optional<accounts::Account> account = currentAccount();
    if (!account)
        return nullptr;
    auto *dialog = new AccountAddressesDialog(m_services, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountAddressesDialog::saved, this, [this] {
        refreshAccounts();
        // Messages waiting for a backup may go now.
        if (m_services.outbox)
            m_services.outbox->kick();
    });
    dialog->open();
    return dialog;
}

void MainWindow::sendTestEmail()
{
    check(true);
}

void MainWindow::checkConnection()
{
    check(false);
}

void MainWindow::signInAgain()
{
    const std::optional<accounts::Account> account = currentAccount();
    if (!account)
        return;
    auto *dialog = new SignInAgainDialog(m_services, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInAgainDialog::signedIn, this, [this] { m_refresh.start(); });
    keepReadable(dialog, 460);
    dialog->show();
}

void MainWindow::checkDomain()
{
    if (const std::optional<accounts::Account> account = currentAccount())
        DomainCheckDialog::openFor(m_services, *account, this);
}

SetupWizard *MainWindow::openWizard(SetupWizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &SetupWizard::accountSaved, this, [this] { refreshAccounts(); });
    wizard->show();
    return wizard;
}

SetupWizard *MainWindow::addAccount()
{
    return openWizard(new SetupWizard(m_services, this));
}

SetupWizard *MainWindow::editAccount()
{
    const std::optional<accounts::Account> account = currentAccount();
    return account ? openWizard(new SetupWizard(m_services, *account, this)) : nullptr;
}

ComposerWindow *MainWindow::openComposer(ComposerWindow *composer)
{
    connect(composer, &ComposerWindow::queued, this, [this](qint64 id) {
        // What the status bar says follows the message: sent, or why not.
        auto *progress = new MessageProgress(*m_services.outboxStore, m_services.outbox, id, this);
        connect(progress, &MessageProgress::textChanged, statusBar(),
                [this](const QString &text) { statusBar()->showMessage(text); });
        m_refresh.start();
    });
    composer->show();
    return composer;
}

ComposerWindow *MainWindow::newMessage()
{
    ComposerWindow *composer = openComposer(new ComposerWindow(m_services, this));
    if (const std::optional<accounts::Account> account = currentAccount()) {
        mime::Message message;
        message.from = {account->displayName, account->address};
        composer->loadMessage(account->id, message);
    }
    return composer;
}

int MainWindow::reopenDrafts()
{
    const QFileInfoList drafts
        = QDir(m_services.draftsFolder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &draft : drafts)
        openComposer(new ComposerWindow(m_services, this))->loadDraft(draft.absoluteFilePath());
    if (drafts.size() == 1)
        statusBar()->showMessage(tr("1 unsent message reopened."));
    else if (drafts.size() > 1)
        statusBar()->showMessage(tr("%n unsent messages reopened.", nullptr, int(drafts.size())));
    return int(drafts.size());
}

void MainWindow::check(bool sendTest)
{
    const std::optional<accounts::Account> account = currentAccount();
    if (!account)
        return;
    auto *dialog = new CheckDialog(m_services, *account, sendTest, this);
    connect(dialog, &CheckDialog::accountChanged, this, &MainWindow::refreshAccounts);
    connect(dialog, &CheckDialog::editRequested, this, [this, dialog] {
        dialog->close();
        editAccount();
    });
    connect(dialog, &CheckDialog::signInRequested, this, [this, dialog] {
        dialog->close();
        signInAgain();
    });
    dialog->open();
    dialog->start();
}

void MainWindow::showSettingsElsewhere()
{
    const std::optional<accounts::Account> account = currentAccount();
    if (!account)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("settingsElsewhereDialog"));
    dialog->setWindowTitle(tr("Use these settings elsewhere"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *settings = new SettingsElsewhere(dialog);
    settings->setSources(m_services.secrets, m_services.catalogue);
    settings->show(*account);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(settings);
    layout->addWidget(buttons);
    keepReadable(dialog, 560);
    dialog->open();
}

UseAccountDialog *MainWindow::useAccountIn()
{
    const std::optional<accounts::Account> account = currentAccount();
    if (!account)
        return nullptr;
    auto *dialog = new UseAccountDialog(*account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRelayClientsHandler([this] { showRelayClients(); });
    dialog->show(); // not modal: the relay's programs, opened from it, take input too
    return dialog;
}

void MainWindow::removeAccount()
{
    const std::optional<accounts::Account> account = currentAccount();
    if (!account)
        return;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Remove account"),
                                    tr("Remove %1 from Remitente? Its password is also removed from the system "
                                       "keychain. Messages already sent stay in the sent log.")
                                        .arg(account->address),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmRemove"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, id = account->id, address = account->address](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_services.store->remove(id);
        QString error;
        if (!m_services.store->save(&error)) {
            statusBar()->showMessage(error);
            return;
        }
        m_services.secrets->remove(id, [this, address](const accounts::SecretStore::Result &result) {
            const bool gone = result.status == accounts::SecretStore::Status::Ok
                || result.status == accounts::SecretStore::Status::NotFound;
            statusBar()->showMessage(gone ? tr("%1 was removed, and its password with it.").arg(address)
                                          : tr("%1 was removed, but its password could not be removed from the "
                                               "keychain: %2")
                                                .arg(address, result.message));
        });
        refreshAccounts();
    });
    confirm->open();
}

void MainWindow::showAbout()
{
    // open(), not the static about(): no nested event loop while the box is up.
    auto *about
        = new QMessageBox(QMessageBox::Information, tr("About Remitente"),
                          tr("<p><b>Remitente %1</b></p><p>Send email from your own address, with settings found "
                             "for you, a password kept in the system keychain, and every problem explained.</p>")
                              .arg(QApplication::applicationVersion()),
                          QMessageBox::Ok, this);
    about->setIconPixmap(appIcon().pixmap(64, 64));
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

} // namespace remitente::ui
