#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace remitente::ui {

MainWindow::MainWindow(const WizardServices &services, QWidget *parent) : QMainWindow(parent), m_services(services)
{
    setWindowTitle(tr("Remitente"));
    setMinimumSize(480, 320);
    resize(720, 480);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 32, 32, 32);

    auto *title = new QLabel(tr("Send email from your own address"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *explanation = new QLabel(
        tr("Remitente lets your shop, your website, your CRM or your own scripts send email from your Gmail, "
           "Outlook, Yahoo, iCloud or hosting address. It finds the right settings, keeps your password in the "
           "system keychain, checks every step and explains any problem in plain words."),
        central);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    m_noAccounts = new QLabel(tr("No accounts yet. Add your email address and Remitente finds the settings, checks "
                                 "them and sends you a test email. Scripts can then use it with remitente-cli."),
                              central);
    m_noAccounts->setObjectName(QStringLiteral("noAccountsLabel"));
    m_noAccounts->setWordWrap(true);
    m_accounts = new QListWidget(central);
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setAccessibleName(tr("Accounts"));
    auto *add = new QPushButton(tr("&Add account…"), central);
    add->setObjectName(QStringLiteral("addAccount"));
    m_edit = new QPushButton(tr("&Edit…"), central);
    m_edit->setObjectName(QStringLiteral("editAccount"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    layout->addSpacing(16);
    layout->addWidget(m_noAccounts);
    layout->addWidget(m_accounts, 1);
    layout->addLayout(buttons);
    setCentralWidget(central);
    connect(add, &QPushButton::clicked, this, &MainWindow::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &MainWindow::editAccount);
    connect(m_accounts, &QListWidget::itemActivated, this, &MainWindow::editAccount);
    connect(m_accounts, &QListWidget::currentRowChanged, this, [this](int row) { m_edit->setEnabled(row >= 0); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *addAction = file->addAction(tr("&Add account…"), this, &MainWindow::addAccount);
    addAction->setShortcut(QKeySequence::New);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Remitente"), this, &MainWindow::showAbout);

    statusBar()->showMessage(tr("Ready"));
    refreshAccounts();
}

void MainWindow::refreshAccounts()
{
    const QString current = m_accounts->currentItem() ? m_accounts->currentItem()->data(Qt::UserRole).toString() : QString();
    m_accounts->clear();
    for (const accounts::Account &account : m_services.store->accounts()) {
        const QString who = account.displayName.isEmpty() ? account.address
                                                          : QStringLiteral("%1 <%2>").arg(account.displayName, account.address);
        const QString state = account.verifiedAt.isValid()
                                  ? tr("verified %1").arg(QLocale().toString(account.verifiedAt.toLocalTime(), QLocale::ShortFormat))
                                  : tr("needs attention: not checked yet");
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2 · %3").arg(who, account.host, state), m_accounts);
        item->setData(Qt::UserRole, account.id);
        if (account.id == current)
            m_accounts->setCurrentItem(item);
    }
    const bool empty = m_accounts->count() == 0;
    m_noAccounts->setVisible(empty);
    m_accounts->setVisible(!empty);
    m_edit->setVisible(!empty);
    m_edit->setEnabled(m_accounts->currentRow() >= 0);
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
    const QListWidgetItem *item = m_accounts->currentItem();
    if (!item)
        return nullptr;
    const std::optional<accounts::Account> account = m_services.store->find(item->data(Qt::UserRole).toString());
    if (!account)
        return nullptr;
    return openWizard(new SetupWizard(m_services, *account, this));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Remitente"),
                       tr("<p><b>Remitente %1</b></p><p>Send email from your own address, with settings found for "
                          "you, a password kept in the system keychain, and every problem explained.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace remitente::ui
