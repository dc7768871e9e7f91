#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace remitente::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
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

    auto *noAccounts = new QLabel(tr("No accounts yet. For now, use remitente-cli to send and to check a server; "
                                     "the setup assistant comes next."),
                                  central);
    noAccounts->setObjectName(QStringLiteral("noAccountsLabel"));
    noAccounts->setWordWrap(true);
    layout->addSpacing(16);
    layout->addWidget(noAccounts);
    layout->addStretch();
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Remitente"), this, &MainWindow::showAbout);

    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Remitente"),
                       tr("<p><b>Remitente %1</b></p><p>Send email from your own address, with settings found for "
                          "you, a password kept in the system keychain, and every problem explained.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace remitente::ui
