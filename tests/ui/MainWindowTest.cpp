#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using remitente::ui::MainWindow;

TEST(MainWindow, ShowsWhatToDoWhenThereAreNoAccounts)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Remitente"));
    const auto *noAccounts = window.findChild<QLabel *>(QStringLiteral("noAccountsLabel"));
    ASSERT_NE(noAccounts, nullptr);
    EXPECT_TRUE(noAccounts->isVisible());
    EXPECT_TRUE(noAccounts->text().contains(QStringLiteral("remitente-cli")));
}

TEST(MainWindow, MenusHaveMnemonicsAndQuitHasItsShortcut)
{
    MainWindow window;
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
        MainWindow window;
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        bool found = false;
        for (const QLabel *label : labels)
            found = found || label->text() == QStringLiteral("Envíe correo desde su propia dirección");
        EXPECT_TRUE(found);
        EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
    }
    QCoreApplication::removeTranslator(&spanish);
}
