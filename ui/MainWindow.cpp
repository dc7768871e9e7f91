#include "MainWindow.h"

#include "mime/Mailbox.h"

#include "CheckDialog.h"
#include "DomainCheckDialog.h"
#include "OutboxView.h"
#include "SignInAgainDialog.h"
#include "SettingsElsewhere.h"
#include "composer/ComposerWindow.h"

#include "accounts/AccountStoreWatcher.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QSignalBlocker>
#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace remitente::ui {

MainWindow::MainWindow(const AppServices &services, QWidget *parent) : QMainWindow(parent), m_services(services)
{
    setWindowTitle(tr("Remitente"));
    setMinimumSize(480, 320);
    resize(760, 520);

    auto *accountsPage = new QWidget(this);
    auto *layout = new QVBoxLayout(accountsPage);
    auto *title = new QLabel(tr("Send email from your own address"), accountsPage);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *explanation = new QLabel(
        tr("Remitente lets your shop, your website, your CRM or your own scripts send email from your Gmail, "
           "Outlook, Yahoo, iCloud or hosting address. It finds the right settings, keeps your password in the "
           "system keychain, checks every step and explains any problem in plain words."),
        accountsPage);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_noAccounts = new QLabel(tr("No accounts yet. Add your email address and Remitente finds the settings, checks "
                                 "them and sends you a test email. Scripts can then use it with remitente-cli."),
                              accountsPage);
    m_noAccounts->setObjectName(QStringLiteral("noAccountsLabel"));
    m_noAccounts->setWordWrap(true);
    m_accounts = new QListWidget(accountsPage);
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setAccessibleName(tr("Accounts"));
    // What could not be read from the account list, said until it is fixed (the file is watched).
    m_accountProblem = new QLabel(accountsPage);
    m_accountProblem->setObjectName(QStringLiteral("accountProblem"));
    m_accountProblem->setWordWrap(true);
    m_accountProblem->setTextFormat(Qt::PlainText);
    m_accountProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accountProblem->setFrameShape(QFrame::StyledPanel);
    m_accountProblem->setMargin(6);
    layout->addWidget(m_accountProblem);
    layout->addWidget(m_noAccounts);
    layout->addWidget(m_accounts, 1);

    auto *buttons = new QGridLayout;
    auto addButton = [this, accountsPage, buttons](const QString &text, const char *name, bool needsAccount, int row,
                                                   int column, auto slot) {
        auto *button = new QPushButton(text, accountsPage);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, slot);
        if (needsAccount)
            m_accountButtons.append(button);
        buttons->addWidget(button, row, column);
    };
    addButton(tr("&New message"), "newMessage", true, 0, 0, [this] { newMessage(); });
    addButton(tr("Send &test email"), "sendTestEmail", true, 0, 1, [this] { check(true); });
    addButton(tr("Chec&k connection"), "checkConnection", true, 0, 2, [this] { check(false); });
    addButton(tr("&Use settings elsewhere…"), "settingsElsewhere", true, 0, 3, [this] { showSettingsElsewhere(); });
    addButton(tr("&Add account…"), "addAccount", false, 1, 0, [this] { addAccount(); });
    addButton(tr("&Edit…"), "editAccount", true, 1, 1, [this] { editAccount(); });
    addButton(tr("&Remove…"), "removeAccount", true, 1, 2, [this] { removeAccount(); });
    addButton(tr("Check my &domain"), "checkDomain", true, 1, 3, [this] { checkDomain(); });
    m_signInAgain = new QPushButton(tr("Sign &in again…"), accountsPage);
    m_signInAgain->setObjectName(QStringLiteral("signInAgain"));
    connect(m_signInAgain, &QPushButton::clicked, this, [this] { signInAgain(); });
    buttons->addWidget(m_signInAgain, 2, 0);
    layout->addLayout(buttons);
    m_ignoreLimits = new QCheckBox(tr("I&gnore the provider's sending limits for this account (my own server)"),
                                   accountsPage);
    m_ignoreLimits->setObjectName(QStringLiteral("ignoreLimits"));
    layout->addWidget(m_ignoreLimits);
    connect(m_ignoreLimits, &QCheckBox::toggled, this, [this](bool ignore) {
        if (const std::optional<accounts::Account> account = currentAccount()) {
            m_services.outboxStore->setIgnoreLimits(account->id, ignore);
            if (ignore) {
                m_services.outboxStore->setPause(account->id, {}, {}); // a hold from the documented limits ends
                if (m_services.outbox)
                    m_services.outbox->kick();
            }
            m_refresh.start();
        }
    });

    m_outboxView = new OutboxView(services, OutboxView::Mode::Outbox, this);
    m_sentView = new OutboxView(services, OutboxView::Mode::SentLog, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(accountsPage, tr("A&ccounts"));
    m_tabs->addTab(m_outboxView, tr("&Outbox"));
    m_tabs->addTab(m_sentView, tr("&Sent"));
    setCentralWidget(m_tabs);

    connect(m_accounts, &QListWidget::itemActivated, this, [this] { editAccount(); });
    connect(m_accounts, &QListWidget::currentRowChanged, this, &MainWindow::updateButtons);
    for (OutboxView *view : {m_outboxView, m_sentView}) {
        connect(view, &OutboxView::editRequested, this, [this](const QString &accountId, const mime::Message &message) {
            ComposerWindow *composer = openComposer(new ComposerWindow(m_services, this));
            composer->loadMessage(accountId, message);
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

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *compose = file->addAction(tr("&New message"), this, [this] { newMessage(); });
    compose->setShortcut(QKeySequence::New);
    file->addAction(tr("&Add account…"), this, [this] { addAccount(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Remitente"), this, &MainWindow::showAbout);

    // Other processes (remitente-cli, a script) change the account list too: the app follows the file, and its
    // own changes are applied to the file as it is then (AccountStore::save), never its startup copy saved whole.
    if (services.wizard.store) {
        auto *watcher = new accounts::AccountStoreWatcher(*services.wizard.store, this);
        connect(watcher, &accounts::AccountStoreWatcher::reloaded, this, [this] {
            refreshAccounts();
            // Messages held for an account that could not be found may go now.
            if (m_services.outbox)
                m_services.outbox->kick();
        });
    }

    statusBar()->showMessage(tr("Ready"));
    refreshAccounts();
}

std::optional<accounts::Account> MainWindow::currentAccount() const
{
    const QListWidgetItem *item = m_accounts->currentItem();
    return item ? m_services.wizard.store->find(item->data(Qt::UserRole).toString()) : std::nullopt;
}

QString MainWindow::accountState(const accounts::Account &account) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_services.wizard.planner && m_services.wizard.planner->needsSignIn(account))
        return tr("needs attention: sign in again (its mail waits)");
    if (const auto paused = m_services.outboxStore->pause(account.id, now))
        return tr("needs attention: sending paused until %1 (%2)")
            .arg(QLocale().toString(paused->first.toLocalTime(), QLocale::ShortFormat), paused->second);
    const qsizetype failed = m_services.outboxStore->entries({outbox::MessageState::Failed}, account.id).size();
    if (failed > 0)
        return tr("needs attention: %n message(s) could not be sent", nullptr, int(failed));
    if (!account.verifiedAt.isValid())
        return tr("needs attention: not checked yet");
    return tr("verified %1").arg(QLocale().toString(account.verifiedAt.toLocalTime(), QLocale::ShortFormat));
}

void MainWindow::refreshAccounts()
{
    const QString current
        = m_accounts->currentItem() ? m_accounts->currentItem()->data(Qt::UserRole).toString() : QString();
    m_accounts->clear();
    for (const accounts::Account &account : m_services.wizard.store->accounts()) {
        const QString who = account.displayName.isEmpty()
            ? account.address
            : QStringLiteral("%1 <%2>").arg(account.displayName, account.address);
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2 · %3").arg(who, account.host, accountState(account)),
                                         m_accounts);
        item->setData(Qt::UserRole, account.id);
        if (account.id == current)
            m_accounts->setCurrentItem(item);
    }
    if (!m_accounts->currentItem() && m_accounts->count() > 0)
        m_accounts->setCurrentRow(0);
    const QString problem = m_services.wizard.store->problem();
    m_accountProblem->setText(problem);
    m_accountProblem->setVisible(!problem.isEmpty());
    const bool empty = m_accounts->count() == 0;
    m_noAccounts->setVisible(empty && problem.isEmpty());
    m_accounts->setVisible(!empty);
    updateButtons();
}

void MainWindow::updateButtons()
{
    const std::optional<accounts::Account> account = currentAccount();
    for (QPushButton *button : std::as_const(m_accountButtons))
        button->setEnabled(account.has_value());
    m_signInAgain->setVisible(account && account->signIn == accounts::SignInKind::OAuth2);
    m_signInAgain->setDefault(account && m_services.wizard.planner && m_services.wizard.planner->needsSignIn(*account));
    const QSignalBlocker quiet(m_ignoreLimits);
    m_ignoreLimits->setEnabled(account.has_value());
    m_ignoreLimits->setChecked(account && m_services.outboxStore->ignoresLimits(account->id));
}

void MainWindow::signInAgain()
{
    const std::optional<accounts::Account> account = currentAccount();
    if (!account)
        return;
    auto *dialog = new SignInAgainDialog(m_services, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInAgainDialog::signedIn, this, [this] { m_refresh.start(); });
    dialog->show();
}

void MainWindow::checkDomain()
{
    if (const std::optional<accounts::Account> account = currentAccount())
        DomainCheckDialog::openFor(m_services.wizard, *account, this);
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
    return openWizard(new SetupWizard(m_services.wizard, this));
}

SetupWizard *MainWindow::editAccount()
{
    const std::optional<accounts::Account> account = currentAccount();
    return account ? openWizard(new SetupWizard(m_services.wizard, *account, this)) : nullptr;
}

ComposerWindow *MainWindow::openComposer(ComposerWindow *composer)
{
    connect(composer, &ComposerWindow::queued, this, [this] {
        statusBar()->showMessage(tr("The message is in the outbox and on its way."));
        m_refresh.start();
    });
    composer->show();
    return composer;
}

ComposerWindow *MainWindow::newMessage()
{
    ComposerWindow *composer = openComposer(new ComposerWindow(m_services, this));
    if (const std::optional<accounts::Account> account = currentAccount())
        composer->loadMessage(
            account->id,
            mime::Message {{account->displayName, account->address}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}});
    return composer;
}

int MainWindow::reopenDrafts()
{
    const QFileInfoList drafts
        = QDir(m_services.draftsFolder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &draft : drafts)
        openComposer(new ComposerWindow(m_services, this))->loadDraft(draft.absoluteFilePath());
    if (!drafts.isEmpty())
        statusBar()->showMessage(tr("%n unsent message(s) reopened.", nullptr, int(drafts.size())));
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
    settings->setSources(m_services.wizard.secrets, m_services.wizard.catalogue);
    settings->show(*account);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(settings);
    layout->addWidget(buttons);
    dialog->open();
}

void MainWindow::removeAccount()
{
    const std::optional<accounts::Account> account = currentAccount();
    if (!account)
        return;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Remove account"),
                                    tr("Remove %1 from Remitente? Its password is also removed from the system "
                                       "keychain. Messages already sent stay in the sent log.").arg(account->address),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmRemove"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, id = account->id, address = account->address](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_services.wizard.store->remove(id);
        QString error;
        if (!m_services.wizard.store->save(&error)) {
            statusBar()->showMessage(error);
            return;
        }
        m_services.wizard.secrets->remove(id, [this, address](const accounts::SecretStore::Result &result) {
            const bool gone = result.status == accounts::SecretStore::Status::Ok
                              || result.status == accounts::SecretStore::Status::NotFound;
            statusBar()->showMessage(gone ? tr("%1 was removed, and its password with it.").arg(address)
                                          : tr("%1 was removed, but its password could not be removed from the "
                                               "keychain: %2").arg(address, result.message));
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
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

} // namespace remitente::ui
