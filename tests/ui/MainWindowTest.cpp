#include "MainWindow.h"
#include "UiHarness.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
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

// The app's list follows the file: an account another process adds appears without a restart, and what could not
// be read is said above the list.
TEST(MainWindow, ShowsAnAccountAnotherProcessAdded)
{
    UiHarness harness;
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("config/Remitente/Remitente/accounts.json"));
    remitente::accounts::AccountStore store(path);
    store.load();
    harness.app.wizard.store = &store;
    MainWindow window(harness.app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto *list = window.findChild<QListWidget *>(QStringLiteral("accountList"));
    ASSERT_EQ(list->count(), 0);

    auto cli = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(REMITENTE_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().constData();
    };
    // The folder does not exist yet when the window opens: the first account creates it.
    cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--address"),
         QStringLiteral("cli@example.test"), QStringLiteral("--host"), QStringLiteral("mail.example.test"),
         QStringLiteral("--sign-in"), QStringLiteral("none")});
    EXPECT_TRUE(QTest::qWaitFor([&] { return list->count() == 1; }, 10000)) << "the first account is shown";
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("cli@example.test")));
    EXPECT_TRUE(list->isVisible());

    // A second one, into the folder now watched (the file itself was replaced by the first save).
    cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--address"),
         QStringLiteral("otro@example.test"), QStringLiteral("--host"), QStringLiteral("mail.example.test"),
         QStringLiteral("--sign-in"), QStringLiteral("none")});
    EXPECT_TRUE(QTest::qWaitFor([&] { return list->count() == 2; }, 10000)) << "the second account is shown";

    // The app's own change applies to the file as it is: both accounts the CLI added stay.
    remitente::accounts::Account mine;
    mine.id = remitente::accounts::Account::newId();
    mine.address = QStringLiteral("app@example.test");
    mine.host = QStringLiteral("mail.example.test");
    remitente::accounts::AccountStore other(path);
    other.load();
    other.upsert([&] {
        remitente::accounts::Account third = mine;
        third.id = remitente::accounts::Account::newId();
        third.address = QStringLiteral("tercero@example.test");
        return third;
    }());
    QString error;
    ASSERT_TRUE(other.save(&error)) << error.toStdString();
    store.upsert(mine); // before the window has seen the third one
    ASSERT_TRUE(store.save(&error)) << error.toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return list->count() == 4; }, 10000));
    remitente::accounts::AccountStore reread(path);
    reread.load();
    EXPECT_EQ(reread.accounts().size(), 4);

    // A damaged entry: said above the list, the valid accounts stay.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray entries = document.value(QStringLiteral("accounts")).toArray();
    QJsonObject broken = entries.at(0).toObject();
    broken.insert(QStringLiteral("port"), QStringLiteral("465"));
    entries.replace(0, broken);
    document.insert(QStringLiteral("accounts"), entries);
    QSaveFile save(path);
    ASSERT_TRUE(save.open(QIODevice::WriteOnly));
    save.write(QJsonDocument(document).toJson());
    ASSERT_TRUE(save.commit());
    const auto *problem = window.findChild<QLabel *>(QStringLiteral("accountProblem"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return problem->isVisible(); }, 10000));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("entry 1"))) << problem->text().toStdString();
    EXPECT_TRUE(problem->text().contains(QStringLiteral("\"port\""))) << problem->text().toStdString();
    EXPECT_EQ(list->count(), 3);
}
