#include "MainWindow.h"
#include "UiHarness.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using remitente::ui::MainWindow;
using remitente::testing::UiHarness;

TEST(MainWindow, ShowsWhatToDoWhenThereAreNoAccounts)
{
    UiHarness harness;
    MainWindow window(harness.app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Remitente"));
    const auto *noAccounts = window.findChild<QLabel *>(QStringLiteral("noAccountsLabel"));
    ASSERT_NE(noAccounts, nullptr);
    EXPECT_TRUE(noAccounts->isVisible());
    EXPECT_TRUE(noAccounts->text().contains(QStringLiteral("remitente-cli")));
    EXPECT_FALSE(window.findChild<QWidget *>(QStringLiteral("accountList"))->isVisible());
}

TEST(MainWindow, ListsSavedAccountsWithTheirState)
{
    UiHarness harness;
    remitente::accounts::Account account;
    account.id = remitente::accounts::Account::newId();
    account.address = QStringLiteral("ana@example.test");
    account.displayName = QStringLiteral("Ana");
    account.host = QStringLiteral("mail.example.test");
    harness.store.upsert(account);
    MainWindow window(harness.app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto *list = window.findChild<QListWidget *>(QStringLiteral("accountList"));
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("Ana <ana@example.test>")));
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("needs attention")));
    EXPECT_FALSE(window.findChild<QWidget *>(QStringLiteral("noAccountsLabel"))->isVisible());
}

TEST(MainWindow, MenusHaveMnemonicsAndQuitHasItsShortcut)
{
    UiHarness harness;
    MainWindow window(harness.app);
    const QList<QAction *> menus = window.menuBar()->actions();
    ASSERT_GE(menus.size(), 2);
    for (QAction *menu : menus)
        EXPECT_TRUE(menu->text().contains(u'&')) << menu->text().toStdString();
    bool quitFound = false;
    for (QAction *action : menus.first()->menu()->actions())
        quitFound = quitFound || action->shortcut() == QKeySequence(QKeySequence::Quit);
    EXPECT_TRUE(quitFound);
}

TEST(MainWindow, SpanishTranslationIsUsed)
{
    QTranslator spanish;
    ASSERT_TRUE(spanish.load(QStringLiteral(":/i18n/remitente_es.qm")));
    QCoreApplication::installTranslator(&spanish);
    {
        UiHarness harness;
        MainWindow window(harness.app);
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        bool found = false;
        for (const QLabel *label : labels)
            found = found || label->text() == QStringLiteral("Envíe correo desde su propia dirección");
        EXPECT_TRUE(found);
        EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
    }
    QCoreApplication::removeTranslator(&spanish);
}
