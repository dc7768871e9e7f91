#include "AppIcons.h"
#include "MainWindow.h"
#include "OutboxAlerts.h"
#include "TrayIcon.h"
#include "UiHarness.h"
#include "composer/ComposerWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolBar>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using remitente::testing::UiHarness;
using remitente::ui::MainWindow;

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
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("Needs attention: not checked yet")));
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
    harness.app.store = &store;
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

// ---- Issue 14: the quit path, the accounts' state, sizes, the look, the alerts. ----

namespace {
remitente::accounts::Account sampleAccount(UiHarness &harness,
                                           const QString &address = QStringLiteral("ana@example.test"))
{
    remitente::accounts::Account account;
    account.id = remitente::accounts::Account::newId();
    account.address = address;
    account.displayName = QStringLiteral("Ana");
    account.host = QStringLiteral("mail.example.test");
    account.verifiedAt = QDateTime::currentDateTimeUtc();
    harness.store.upsert(account);
    return account;
}

qint64 failedMessage(UiHarness &harness, const remitente::accounts::Account &account, const QString &subject)
{
    remitente::mime::Message message;
    message.from = {QString(), account.address};
    message.to = {{QString(), QStringLiteral("bob@example.test")}};
    message.subject = subject;
    const qint64 id = *harness.outboxStore.enqueue(account.id, message, QDateTime::currentDateTimeUtc(), nullptr);
    remitente::outbox::OutboxEntry entry = *harness.outboxStore.entry(id);
    entry.state = remitente::outbox::MessageState::Failed;
    entry.lastError = QStringLiteral("550 5.1.1 unknown");
    EXPECT_TRUE(harness.outboxStore.save(entry));
    return id;
}

QString row(MainWindow &window, int index = 0)
{
    return window.findChild<QListWidget *>(QStringLiteral("accountList"))->item(index)->text();
}

// What the accounts tab shows after the outbox changed in this process (the Outbox tab's Delete, Retry).
void lookAtTheAccounts(MainWindow &window)
{
    window.tabs()->setCurrentIndex(1);
    window.tabs()->setCurrentIndex(0);
}
} // namespace

// Defect 1: a composer asking "Keep this message as a draft?" kept the app alive without a window.
TEST(MainWindow, ClosingItClosesComposersAndKeepsWhatWasWrittenAsADraft)
{
    UiHarness harness;
    sampleAccount(harness);
    auto *window = new MainWindow(harness.app);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    QPointer<remitente::ui::ComposerWindow> composer = window->newMessage();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(composer));
    remitente::testing::typeText(remitente::testing::child<QLineEdit>(composer, "subjectField"),
                                 QStringLiteral("Presupuesto"));
    const QString draft = composer->draftPath();
    composer->close();
    auto *ask = composer->findChild<QMessageBox *>(QStringLiteral("closeComposer"));
    ASSERT_NE(ask, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(ask));

    EXPECT_TRUE(window->close());
    EXPECT_TRUE(QTest::qWaitFor([&] { return composer.isNull(); }, 2000)) << "the composer went with the window";
    // Nothing can refuse the app's quit now (tests/integration/app_instance_test.py checks that it ends).
    for (QWidget *widget : QApplication::topLevelWidgets())
        EXPECT_FALSE(widget->isVisible()) << "nothing left on screen: " << widget->objectName().toStdString();
    QFile saved(draft);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly)) << "kept as a draft";
    EXPECT_TRUE(saved.readAll().contains("Presupuesto"));
    delete window;
}

TEST(MainWindow, QuitClosesTheWindowSoComposersCannotRefuse)
{
    UiHarness harness;
    MainWindow window(harness.app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QAction *quit = nullptr;
    for (QAction *action : window.menuBar()->actions().first()->menu()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Quit))
            quit = action;
    }
    ASSERT_NE(quit, nullptr);
    quit->trigger();
    EXPECT_FALSE(window.isVisible());
}

// Defect 8: the account's state comes from the outbox as it is now; "1 message(s)" reads as English.
TEST(MainWindow, AnAccountsStateFollowsTheOutboxAndCountsInWords)
{
    UiHarness harness;
    const auto account = sampleAccount(harness);
    const qint64 first = failedMessage(harness, account, QStringLiteral("Pedido 1"));
    MainWindow window(harness.app);
    window.show();
    EXPECT_TRUE(row(window).contains(QStringLiteral("Needs attention: 1 message could not be sent")))
        << row(window).toStdString();
    EXPECT_FALSE(row(window).contains(QStringLiteral("(s)")));
    failedMessage(harness, account, QStringLiteral("Pedido 2"));
    lookAtTheAccounts(window);
    EXPECT_TRUE(row(window).contains(QStringLiteral("2 messages could not be sent"))) << row(window).toStdString();

    harness.outboxStore.remove(first);
    harness.outboxStore.remove(first + 1);
    lookAtTheAccounts(window);
    EXPECT_FALSE(row(window).contains(QStringLiteral("could not be sent"))) << row(window).toStdString();
    EXPECT_TRUE(row(window).contains(QStringLiteral("Verified"))) << row(window).toStdString();
}

// The look: each account a row with its state in words and an icon (never colour alone).
TEST(MainWindow, AccountRowsSayTheirStateWithAnIcon)
{
    UiHarness harness;
    const auto verified = sampleAccount(harness);
    const auto paused = sampleAccount(harness, QStringLiteral("tienda@example.test"));
    harness.outboxStore.setPause(paused.id, QDateTime::currentDateTimeUtc().addSecs(3600),
                                 QStringLiteral("the provider's daily limit"));
    harness.outboxStore.setIgnoreLimits(verified.id, true);
    MainWindow window(harness.app);
    window.show();
    auto *list = window.findChild<QListWidget *>(QStringLiteral("accountList"));
    ASSERT_EQ(list->count(), 2);
    QSet<qint64> icons;
    for (int index = 0; index < list->count(); ++index) {
        const QString text = list->item(index)->text();
        EXPECT_FALSE(list->item(index)->icon().isNull()) << text.toStdString();
        icons.insert(list->item(index)->icon().cacheKey());
        if (text.contains(QStringLiteral("tienda@"))) {
            EXPECT_TRUE(text.contains(QStringLiteral("sending paused until"))) << text.toStdString();
        } else {
            EXPECT_TRUE(text.contains(QStringLiteral("Verified")) && text.contains(QStringLiteral("limits ignored")))
                << text.toStdString();
        }
    }
    EXPECT_EQ(icons.size(), 2) << "a different icon per state";
    EXPECT_GE(list->visualItemRect(list->item(0)).height(), 40) << "two lines and the icon";
}

TEST(MainWindow, CommonActionsOnAToolbarWithIconsTheRestInTheAccountMenu)
{
    UiHarness harness;
    sampleAccount(harness);
    MainWindow window(harness.app);
    window.show();
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    ASSERT_NE(toolBar, nullptr);
    QStringList onToolBar;
    for (QAction *action : toolBar->actions()) {
        if (action->isVisible()) {
            onToolBar << action->objectName();
            EXPECT_FALSE(action->icon().isNull()) << action->objectName().toStdString();
        }
    }
    EXPECT_EQ(onToolBar,
              (QStringList{QStringLiteral("newMessage"), QStringLiteral("sendTestEmail"),
                           QStringLiteral("checkConnection")}));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("accountMenu"));
    ASSERT_NE(menu, nullptr);
    QStringList inMenu;
    for (QAction *action : menu->actions())
        inMenu << action->objectName();
    for (const char *name :
         {"editAccount", "removeAccount", "checkDomain", "settingsElsewhere", "signInAgain", "ignoreLimits"})
        EXPECT_TRUE(inMenu.contains(QString::fromLatin1(name))) << name;
    EXPECT_TRUE(window.findChild<QAction *>(QStringLiteral("ignoreLimits"))->isCheckable());

    // The list's context menu offers the same.
    auto *list = window.findChild<QListWidget *>(QStringLiteral("accountList"));
    Q_EMIT list->customContextMenuRequested(list->visualItemRect(list->item(0)).center());
    auto *context = window.findChild<QMenu *>(QStringLiteral("accountContextMenu"));
    ASSERT_NE(context, nullptr);
    EXPECT_TRUE(context->actions().contains(window.findChild<QAction *>(QStringLiteral("removeAccount"))));
    context->close();
}

// Defect 16: the window's size is remembered; at its minimum no label is cut.
TEST(MainWindow, RemembersItsSizeAndPlace)
{
    UiHarness harness;
    QSettings settings(harness.folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    harness.app.settings = &settings;
    {
        MainWindow window(harness.app);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.resize(931, 647);
        QTest::qWait(50);
        window.close();
    }
    MainWindow again(harness.app);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.size(), QSize(931, 647));
}

TEST(MainWindow, AtItsMinimumSizeNoButtonLabelIsCut)
{
    UiHarness harness;
    const auto account = sampleAccount(harness);
    failedMessage(harness, account, QStringLiteral("Pedido"));
    for (const char *language : {"en", "es"}) {
        QTranslator translator;
        if (QByteArray(language) == "es") {
            ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/remitente_es.qm")));
        }
        QCoreApplication::installTranslator(&translator);
        {
            MainWindow window(harness.app);
            window.show();
            window.resize(window.minimumSize());
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            EXPECT_EQ(window.size(), window.minimumSize());
            auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
            for (QAction *action : toolBar->actions()) {
                if (!action->isVisible())
                    continue;
                QWidget *button = toolBar->widgetForAction(action);
                ASSERT_NE(button, nullptr);
                EXPECT_TRUE(button->isVisible()) << language << ": " << action->objectName().toStdString()
                                                 << " went into the toolbar's overflow menu";
            }
            for (int tab = 0; tab < window.tabs()->count(); ++tab) {
                window.tabs()->setCurrentIndex(tab);
                QTest::qWait(20);
                for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
                    if (!button->isVisible() || button->text().isEmpty())
                        continue;
                    EXPECT_GE(button->width(), button->sizeHint().width())
                        << language << ": " << button->text().toStdString() << " is cut on tab " << tab;
                }
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }
}

TEST(MainWindow, TheAppIconAndTheActionsFallbackIconsAreBundled)
{
    const QIcon app = remitente::appIcon();
    ASSERT_FALSE(app.isNull());
    const QList<QSize> sizes = app.availableSizes();
    EXPECT_TRUE(sizes.contains(QSize(16, 16)));
    EXPECT_TRUE(sizes.contains(QSize(128, 128)));
    // Every size goes to the X server with each window: 256 and 512 pixels cost 400 ms of the first paint.
    for (const QSize &size : sizes)
        EXPECT_LE(size.width(), 128);
    EXPECT_FALSE(app.pixmap(16).isNull());
    for (const char *name : {"mail-message-new", "mail-send", "network-connect", "emblem-ok", "dialog-warning",
                             "dialog-error", "dialog-password", "media-playback-pause", "dialog-question", "list-add",
                             "list-remove", "document-edit", "network-server"}) {
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/icons/actions/16/%1.png").arg(QLatin1String(name)))) << name;
        EXPECT_FALSE(remitente::themeIcon(QString::fromLatin1(name)).isNull()) << name;
    }
}

// Alerts: what to tell a person who is not looking, once, where to go.
TEST(OutboxAlerts, TellsOfNewFailuresAndAccountsNeedingAttentionOnlyWhenTheWindowIsNotSeen)
{
    using remitente::ui::Alert;
    using remitente::ui::OutboxAlerts;
    using remitente::ui::OutboxSnapshot;
    OutboxAlerts alerts;
    QSignalSpy told(&alerts, &OutboxAlerts::alert);
    OutboxSnapshot snapshot;
    snapshot.failed = {{1, QStringLiteral("a"), QStringLiteral("Old")}};
    alerts.update(snapshot, false);
    EXPECT_EQ(told.size(), 0) << "what was there at start is on screen already";

    snapshot.failed.append({2, QStringLiteral("a"), QStringLiteral("Factura 7")});
    alerts.update(snapshot, false);
    ASSERT_EQ(told.size(), 1);
    Alert alert = told.takeFirst().first().value<Alert>();
    EXPECT_EQ(alert.place, Alert::Place::Outbox);
    EXPECT_TRUE(alert.text.contains(QStringLiteral("Factura 7"))) << alert.text.toStdString();
    alerts.update(snapshot, false);
    EXPECT_EQ(told.size(), 0) << "once";

    snapshot.failed.append({3, QStringLiteral("a"), QStringLiteral("Seen")});
    alerts.update(snapshot, true);
    alerts.update(snapshot, false);
    EXPECT_EQ(told.size(), 0) << "appeared while the window was seen";

    snapshot.failed.append({4, QStringLiteral("a"), QStringLiteral("x")});
    snapshot.failed.append({5, QStringLiteral("a"), QStringLiteral("y")});
    alerts.update(snapshot, false);
    ASSERT_EQ(told.size(), 1) << "several at once: one alert";
    EXPECT_EQ(told.takeFirst().first().value<Alert>().title, QStringLiteral("2 messages could not be sent"));

    snapshot.needsSignIn.insert(QStringLiteral("b"), QStringLiteral("ana@example.test"));
    snapshot.paused.insert(QStringLiteral("c"), QStringLiteral("Sending from tienda@example.test is paused"));
    alerts.update(snapshot, false);
    ASSERT_EQ(told.size(), 2);
    alert = told.takeFirst().first().value<Alert>();
    EXPECT_EQ(alert.place, Alert::Place::Account);
    EXPECT_EQ(alert.accountId, QStringLiteral("b"));
    EXPECT_TRUE(alert.title.contains(QStringLiteral("ana@example.test")));
    EXPECT_EQ(told.takeFirst().first().value<Alert>().accountId, QStringLiteral("c"));
    alerts.update(snapshot, false);
    EXPECT_EQ(told.size(), 0);

    // Signed in again, then ended again: told again.
    snapshot.needsSignIn.clear();
    alerts.update(snapshot, false);
    snapshot.needsSignIn.insert(QStringLiteral("b"), QStringLiteral("ana@example.test"));
    alerts.update(snapshot, false);
    EXPECT_EQ(told.size(), 1);
}

TEST(OutboxAlerts, SummarySaysWhatTheOutboxIsDoing)
{
    remitente::ui::OutboxAlerts alerts;
    QSignalSpy changed(&alerts, &remitente::ui::OutboxAlerts::summaryChanged);
    remitente::ui::OutboxSnapshot snapshot;
    alerts.update(snapshot, true);
    EXPECT_EQ(alerts.summary(), QStringLiteral("Nothing waiting to be sent"));
    snapshot.waiting = 1;
    alerts.update(snapshot, true);
    EXPECT_TRUE(alerts.busy());
    EXPECT_EQ(alerts.summary(), QStringLiteral("Sending 1 message…"));
    snapshot.waiting = 3;
    snapshot.failed = {{9, QStringLiteral("a"), QStringLiteral("s")}};
    alerts.update(snapshot, true);
    EXPECT_EQ(alerts.summary(), QStringLiteral("Sending 3 messages…\n1 message could not be sent"));
    EXPECT_TRUE(alerts.needsAttention());
    EXPECT_EQ(changed.size(), 2) << "the first summary was already \"nothing waiting\"";
}

// The wiring in the window: offscreen there is no system tray; the alert still comes and nothing breaks.
TEST(OutboxAlerts, AMinimisedWindowIsToldOfAFailure)
{
    UiHarness harness;
    const auto account = sampleAccount(harness);
    MainWindow window(harness.app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy told(window.alerts(), &remitente::ui::OutboxAlerts::alert);
    window.showMinimized();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isMinimized(); }, 2000));
    failedMessage(harness, account, QStringLiteral("Factura 9"));
    lookAtTheAccounts(window);
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.first().first().value<remitente::ui::Alert>().text.contains(QStringLiteral("Factura 9")));
    EXPECT_EQ(window.findChild<QSystemTrayIcon *>() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
    window.showOutbox();
    EXPECT_FALSE(window.isMinimized());
    EXPECT_EQ(window.tabs()->currentIndex(), 1);
}

// The tray icon's wiring, with an icon made by hand (offscreen has no system tray, so the window makes none): the
// tooltip follows the outbox, the icon changes when something needs the person, a notification's click opens the
// place it speaks of.
TEST(OutboxAlerts, TheTrayIconSaysWhatTheOutboxDoesAndOpensWhereAnAlertPoints)
{
    UiHarness harness;
    const auto account = sampleAccount(harness);
    MainWindow window(harness.app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    remitente::ui::TrayIcon tray(&window, window.alerts());
    EXPECT_TRUE(tray.icon()->toolTip().contains(QStringLiteral("Nothing waiting to be sent")))
        << tray.icon()->toolTip().toStdString();
    const qint64 idle = tray.icon()->icon().cacheKey();
    window.showMinimized();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isMinimized(); }, 2000));
    failedMessage(harness, account, QStringLiteral("Factura 9"));
    lookAtTheAccounts(window);
    EXPECT_TRUE(tray.icon()->toolTip().contains(QStringLiteral("1 message could not be sent")))
        << tray.icon()->toolTip().toStdString();
    EXPECT_NE(tray.icon()->icon().cacheKey(), idle) << "the icon shows that something needs the person";
    Q_EMIT tray.icon()->messageClicked();
    EXPECT_FALSE(window.isMinimized());
    EXPECT_EQ(window.tabs()->currentIndex(), 1) << "the notification opened the Outbox";
}

// Defect 8: "The message is in the outbox and on its way." stayed in the status bar after the message failed.
TEST(MainWindow, TheStatusBarFollowsTheMessageJustQueued)
{
    UiHarness harness;
    const auto account = sampleAccount(harness);
    remitente::outbox::Outbox sender(harness.outboxStore, harness.store, harness.planner, harness.catalogue);
    harness.app.outbox = &sender; // not started: the test decides what happens to the message
    MainWindow window(harness.app);
    window.show();
    QPointer<remitente::ui::ComposerWindow> composer = window.newMessage();
    QSignalSpy queued(composer.data(), &remitente::ui::ComposerWindow::queued);
    remitente::testing::typeText(remitente::testing::child<QLineEdit>(composer, "toField"),
                                 QStringLiteral("bob@example.test"));
    remitente::testing::typeText(remitente::testing::child<QLineEdit>(composer, "subjectField"),
                                 QStringLiteral("Pedido"));
    ASSERT_TRUE(composer->send());
    ASSERT_EQ(queued.size(), 1);
    const qint64 id = queued.first().first().toLongLong();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const QString said = window.statusBar()->currentMessage();
            return said.contains(QStringLiteral("on its way")) || said.contains(QStringLiteral("Sending"));
        },
        2000))
        << window.statusBar()->currentMessage().toStdString();

    // The outbox tried (this account has no password saved): once it is done, the message fails for good.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !sender.isBusy() && harness.outboxStore.entry(id)->state != remitente::outbox::MessageState::Sending;
        },
        10000));
    remitente::outbox::OutboxEntry entry = *harness.outboxStore.entry(id);
    entry.state = remitente::outbox::MessageState::Failed;
    ASSERT_TRUE(harness.outboxStore.save(entry));
    Q_EMIT sender.changed(id);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return window.statusBar()->currentMessage().contains(QStringLiteral("could not be sent")); }, 2000))
        << window.statusBar()->currentMessage().toStdString();
}

// At their smallest, windows still show all of their text: a wrapped label is as tall as its text at its width
// (the settings dialog cut the password's explanation, the composer shrank to 311x418 and cut its size note).
TEST(MainWindow, AtTheirSmallestTheDialogsAndTheComposerCutNoText)
{
    UiHarness harness;
    sampleAccount(harness);
    MainWindow window(harness.app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("settingsElsewhere"))->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("settingsElsewhereDialog"));
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    dialog->resize(dialog->minimumSize());
    QTest::qWait(50);
    int wrapped = 0;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
            continue;
        ++wrapped;
        EXPECT_GE(label->height(), label->heightForWidth(label->width())) << label->text().toStdString();
    }
    EXPECT_GT(wrapped, 0);

    QPointer<remitente::ui::ComposerWindow> composer = window.newMessage();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(composer));
    EXPECT_GE(composer->minimumWidth(), 520);
    EXPECT_GE(composer->minimumHeight(), 440);
    composer->close();
}

TEST(MainWindow, AboutShowsTheAppIconAndTheVersion)
{
    UiHarness harness;
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    MainWindow window(harness.app);
    QAction *about = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(u'&') == QStringLiteral("About Remitente"))
                about = action;
        }
    }
    ASSERT_NE(about, nullptr);
    about->trigger();
    QMessageBox *box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (box = window.findChild<QMessageBox *>()) != nullptr; }, 2000));
    EXPECT_TRUE(box->text().contains(QStringLiteral("9.8.7")));
    EXPECT_FALSE(box->iconPixmap().isNull());
    EXPECT_EQ(box->icon(), QMessageBox::NoIcon) << "its own icon, not the generic information sign";
    box->close();
}
