// Issue 15 in the desktop app: the switch that lets other programs send through Remitente (a real listener, its
// errors, remembered across starts, what it receives sent at once), the programs' dialog (the password shown once,
// removing asks first), an account's addresses and backup saved into accounts.json, and "Edit and send again"
// refused for messages another program wrote.
#include "SmtpLines.h"
#include "AccountAddressesDialog.h"
#include "AddRelayClientDialog.h"
#include "MainWindow.h"
#include "OutboxView.h"
#include "RelayClientsDialog.h"
#include "RelaySwitch.h"
#include "ScriptedSmtpServer.h"
#include "UiHarness.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;
using remitente::ui::MainWindow;

namespace {

accounts::Account makeAccount(const QString &address, const QString &host = QStringLiteral("mail.example.test"),
                              quint16 port = 465)
{
    accounts::Account account;
    account.id = accounts::Account::newId();
    account.address = address;
    account.displayName = QStringLiteral("Ana");
    account.host = host;
    account.port = port;
    return account;
}

quint16 freePort()
{
    QTcpServer probe;
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort(); // closed again when probe goes: free for the test to use
}

// A program talking to the relay: one line out, the whole reply back (the relay runs on this thread, so the
// replies are waited for with the event loop running).
class Program
{
public:
    explicit Program(quint16 port) { socket.connectToHost(QHostAddress::LocalHost, port); }
    QByteArray reply() { return remitente::testing::readReply(socket); }
    QByteArray say(const QByteArray &line) { return remitente::testing::sayLine(socket, line); }
    QTcpSocket socket;
};

QMessageBox *openMessageBox(const char *name)
{
    QMessageBox *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (QWidget *window : QApplication::topLevelWidgets()) {
                if (window->objectName() == QLatin1String(name) && window->isVisible())
                    found = qobject_cast<QMessageBox *>(window);
            }
            return found != nullptr;
        },
        3000);
    return found;
}

QJsonArray accountsInFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("accounts")).toArray();
}

} // namespace

TEST(RelaySwitch, StartsAndStopsARealListener)
{
    UiHarness harness;
    const quint16 port = freePort();
    harness.app.relayPort = port;
    MainWindow window(harness.app);
    window.show();
    ui::RelaySwitch *relay = window.relaySwitch();
    QAction *action = relay->action();
    ASSERT_TRUE(action->isCheckable());
    auto *programsMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("programsMenu"));
    ASSERT_NE(programsMenu, nullptr);
    EXPECT_TRUE(programsMenu->actions().contains(action)) << "the switch is in the Programs menu";
    auto *state = child<QLabel>(&window, "relayState");
    EXPECT_FALSE(state->isVisible()) << "nothing said while off";

    action->trigger();
    EXPECT_TRUE(action->isChecked());
    ASSERT_TRUE(relay->isOn());
    EXPECT_EQ(relay->port(), port);
    EXPECT_TRUE(state->isVisible());
    EXPECT_TRUE(state->text().contains(QString::number(port))) << state->text().toStdString();
    EXPECT_TRUE(state->toolTip().contains(QStringLiteral("127.0.0.1")));
    {
        Program program(port);
        EXPECT_TRUE(program.reply().startsWith("220 ")) << "a real SMTP listener greets";
    }

    action->trigger();
    EXPECT_FALSE(action->isChecked());
    EXPECT_FALSE(relay->isOn());
    EXPECT_FALSE(state->isVisible());
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, port);
    EXPECT_FALSE(refused.waitForConnected(2000)) << "nothing listens once it is off";
}

TEST(RelaySwitch, APortInUseIsSaidInPlainWordsAndTheSwitchGoesBackOff)
{
    UiHarness harness;
    QTcpServer other; // "remitente-cli relay", already running
    ASSERT_TRUE(other.listen(QHostAddress::LocalHost, 0));
    harness.app.relayPort = other.serverPort();
    QTemporaryDir folder;
    QSettings settings(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    harness.app.settings = &settings;
    MainWindow window(harness.app);
    window.show();
    QAction *action = window.relaySwitch()->action();
    action->trigger();
    EXPECT_FALSE(action->isChecked()) << "the switch goes back off";
    EXPECT_FALSE(window.relaySwitch()->isOn());
    EXPECT_FALSE(settings.value(QStringLiteral("relay/enabled")).toBool());
    QMessageBox *box = openMessageBox("relayError");
    ASSERT_NE(box, nullptr) << "the error is shown";
    EXPECT_EQ(box->textFormat(), Qt::PlainText);
    EXPECT_TRUE(box->text().contains(QStringLiteral("already in use"))) << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(QStringLiteral("remitente-cli relay"))) << box->text().toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("already in use")));
    box->close();
}

TEST(RelaySwitch, IsRememberedAndStartsWithTheApp)
{
    UiHarness harness;
    harness.app.relayPort = freePort();
    QTemporaryDir folder;
    QSettings settings(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    harness.app.settings = &settings;
    {
        MainWindow window(harness.app);
        QTest::qWait(50); // the launch has looked at the setting: off
        EXPECT_FALSE(window.relaySwitch()->isOn()) << "off until the person turns it on";
        window.relaySwitch()->action()->trigger();
        ASSERT_TRUE(window.relaySwitch()->isOn());
        EXPECT_TRUE(settings.value(QStringLiteral("relay/enabled")).toBool());
    }
    {
        MainWindow window(harness.app); // the next start
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.relaySwitch()->isOn(); }, 3000));
        EXPECT_TRUE(window.relaySwitch()->action()->isChecked());
        EXPECT_EQ(window.relaySwitch()->port(), harness.app.relayPort);
        window.relaySwitch()->action()->trigger();
        EXPECT_FALSE(settings.value(QStringLiteral("relay/enabled")).toBool());
    }
    {
        MainWindow window(harness.app);
        QTest::qWait(50);
        EXPECT_FALSE(window.relaySwitch()->isOn()) << "turned off, it stays off at the next start";
    }
}

// A program's message goes into the app's outbox and out at once: the outbox is kicked, and the account's server
// receives the program's bytes.
TEST(RelaySwitch, WhatAProgramSendsGoesOutAtOnce)
{
    UiHarness harness;
    ScriptedSmtpServer server({QStringLiteral("S: 220 mail.example.test ESMTP"), QStringLiteral("C: EHLO *"),
                               QStringLiteral("S: 250 mail.example.test"),
                               QStringLiteral("C: MAIL FROM:<ana@example.test>*"), QStringLiteral("S: 250 2.1.0 Ok"),
                               QStringLiteral("C: RCPT TO:<roberto@example.test>*"), QStringLiteral("S: 250 2.1.5 Ok"),
                               QStringLiteral("C: DATA"), QStringLiteral("S: 354 go on"), QStringLiteral("!data"),
                               QStringLiteral("S: 250 2.0.0 Ok: queued as 77"), QStringLiteral("C: QUIT"),
                               QStringLiteral("S: 221 bye")});
    ASSERT_TRUE(server.start());
    accounts::Account account
        = makeAccount(QStringLiteral("ana@example.test"), QStringLiteral("127.0.0.1"), server.serverPort());
    account.security = smtp::Security::None;
    account.signIn = accounts::SignInKind::None;
    account.verifiedAt = QDateTime::currentDateTimeUtc();
    harness.store.upsert(account);
    QString error;
    ASSERT_TRUE(harness.store.save(&error)) << error.toStdString();
    bool secretSaved = false; // no password (plain TCP to this computer), but an entry, as "account add" leaves
    harness.secrets->write(account.id, QString(), [&](const accounts::SecretStore::Result &) { secretSaved = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return secretSaved; }, 2000));
    outbox::Outbox sender(harness.outboxStore, harness.store, harness.planner, harness.catalogue);
    harness.app.outbox = &sender; // not started: only the relay's kick makes it send
    MainWindow window(harness.app);
    window.relaySwitch()->action()->trigger();
    ASSERT_TRUE(window.relaySwitch()->isOn());
    relay::RelayClients clients(harness.app.relayClientsPath);
    auto added = clients.add(QStringLiteral("shop"), account.id);
    ASSERT_TRUE(std::holds_alternative<relay::RelayClients::Credentials>(added));
    const auto credentials = std::get<relay::RelayClients::Credentials>(added);

    Program program(window.relaySwitch()->port());
    ASSERT_TRUE(program.reply().startsWith("220"));
    ASSERT_TRUE(program.say("EHLO shop").startsWith("250"));
    const QByteArray auth = "AUTH PLAIN "
        + (QByteArray("\0", 1) + credentials.user.toUtf8() + QByteArray("\0", 1) + credentials.password.toUtf8())
              .toBase64();
    ASSERT_TRUE(program.say(auth).startsWith("235"));
    ASSERT_TRUE(program.say("MAIL FROM:<ana@example.test>").startsWith("250"));
    ASSERT_TRUE(program.say("RCPT TO:<roberto@example.test>").startsWith("250"));
    ASSERT_TRUE(program.say("DATA").startsWith("354"));
    QByteArray cc = "Cc: ";
    for (int i = 1; i <= 11; ++i)
        cc += (i > 1 ? ", " : "") + QByteArray("cliente") + QByteArray::number(i) + "@other.test";
    const QByteArray body = "From: Ana <ana@example.test>\r\nTo: roberto@example.test\r\n" + cc
        + "\r\nSubject: Pedido 1042\r\nMessage-ID: <1042@shop.example.test>\r\n\r\nSu pedido ha salido.\r\n";
    ASSERT_TRUE(program.say(body + ".").startsWith("250"));
    // Issue 16: queued all the same, and the main window says what would get it junked.
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("11 recipients outside example.test")))
        << window.statusBar()->currentMessage().toStdString();

    ASSERT_TRUE(QTest::qWaitFor([&] { return server.scriptCompleted() || !server.scriptError().isEmpty(); }, 10000))
        << "the account's server was reached: " << [&] {
               const auto all = harness.outboxStore.entries();
               return all.isEmpty()
                   ? std::string("nothing queued")
                   : (outbox::messageStateName(all.first().state) + QStringLiteral(": ") + all.first().lastError)
                         .toStdString();
           }();
    EXPECT_TRUE(server.scriptError().isEmpty()) << server.scriptError().toStdString();
    EXPECT_TRUE(server.messageData().contains("Subject: Pedido 1042\r\n")) << server.messageData().constData();
    EXPECT_TRUE(server.messageData().contains("Su pedido ha salido.")) << "the program's own bytes";
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return harness.outboxStore.entries({outbox::MessageState::Sent}).size() == 1; }, 5000));
    EXPECT_TRUE(harness.outboxStore.entries({outbox::MessageState::Sent}).first().isRaw());
}

TEST(RelayClientsDialog, AddShowsThePasswordOnceAndTheFileGetsTheProgram)
{
    UiHarness harness;
    const accounts::Account ana = makeAccount(QStringLiteral("ana@example.test"));
    const accounts::Account shop = makeAccount(QStringLiteral("tienda@example.test"));
    harness.store.upsert(ana);
    harness.store.upsert(shop);
    ui::RelayClientsDialog dialog(harness.app, nullptr, shop.id);
    dialog.show();
    EXPECT_TRUE(child<QLabel>(&dialog, "noRelayClients")->isVisible());
    EXPECT_FALSE(dialog.list()->isVisible());

    QPointer<ui::AddRelayClientDialog> add = dialog.openAddDialog();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(add));
    auto *name = child<QLineEdit>(add, "programName");
    auto *addButton = child<QPushButton>(add, "addProgramButton");
    auto *account = child<QComboBox>(add, "programAccount");
    EXPECT_EQ(account->count(), 2);
    EXPECT_EQ(account->currentData().toString(), shop.id) << "the account selected in the main window";
    EXPECT_FALSE(addButton->isEnabled()) << "no name yet";
    typeText(name, QStringLiteral("Tienda Online"));
    EXPECT_FALSE(addButton->isEnabled());
    auto *problem = child<QLabel>(add, "addProgramProblem");
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("lower-case"))) << problem->text().toStdString();
    name->clear();
    typeText(name, QStringLiteral("tienda-online"));
    EXPECT_TRUE(addButton->isEnabled());
    EXPECT_FALSE(problem->isVisible());
    addButton->click();

    auto *credentials = child<QWidget>(add, "relayCredentials");
    ASSERT_NE(credentials, nullptr);
    EXPECT_TRUE(credentials->isVisible());
    QStringList buttons;
    for (QPushButton *button : add->findChildren<QPushButton *>()) {
        if (button->isVisible() && !button->objectName().startsWith(QStringLiteral("copy_")))
            buttons << button->objectName();
    }
    EXPECT_EQ(buttons, QStringList{QStringLiteral("credentialsDone")}) << "one way out, no way back to the form";
    EXPECT_EQ(child<QLabel>(add, "relayServer")->text(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(child<QLabel>(add, "relayPort")->text(), QString::number(harness.app.relayPort));
    EXPECT_TRUE(child<QLabel>(add, "relaySecurity")->text().contains(QStringLiteral("STARTTLS")));
    EXPECT_EQ(child<QLabel>(add, "relayUser")->text(), QStringLiteral("tienda-online"));
    EXPECT_EQ(child<QLabel>(add, "relayAccount")->text(), shop.address);
    const QString password = child<QLabel>(add, "relayPassword")->text();
    EXPECT_EQ(password.size(), 26);
    EXPECT_TRUE(child<QLabel>(add, "credentialsWarning")->text().contains(QStringLiteral("only this once")));
    for (const char *value :
         {"relayServer", "relayPort", "relaySecurity", "relayUser", "relayPassword", "relayAccount"})
        EXPECT_EQ(child<QLabel>(add, value)->textFormat(), Qt::PlainText) << value;
    child<QPushButton>(add, "copy_relayPassword")->click();
    EXPECT_EQ(QApplication::clipboard()->text(), password);
    child<QPushButton>(add, "copy_relayUser")->click();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("tienda-online"));

    // The file has the program, its account and only a hash; the password works.
    relay::RelayClients clients(harness.app.relayClientsPath);
    ASSERT_EQ(clients.list().size(), 1);
    EXPECT_EQ(clients.list().first().name, QStringLiteral("tienda-online"));
    EXPECT_EQ(clients.list().first().accountId, shop.id);
    EXPECT_TRUE(clients.authenticate(QStringLiteral("tienda-online"), password).has_value());
    QFile file(harness.app.relayClientsPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(password.toUtf8())) << "never the password itself";
    EXPECT_EQ(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // The list shows it; the password is gone with the window and shown nowhere else.
    ASSERT_EQ(dialog.list()->topLevelItemCount(), 1);
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(0), QStringLiteral("tienda-online"));
    EXPECT_EQ(dialog.list()->topLevelItem(0)->text(1), shop.address);
    EXPECT_FALSE(dialog.list()->topLevelItem(0)->text(2).isEmpty()) << "when it was added";
    child<QPushButton>(add, "credentialsDone")->click();
    EXPECT_TRUE(QTest::qWaitFor([&] { return add.isNull(); }, 2000)) << "the window with the password is gone";
    for (QLabel *label : dialog.findChildren<QLabel *>())
        EXPECT_FALSE(label->text().contains(password));
    for (int column = 0; column < 3; ++column)
        EXPECT_FALSE(dialog.list()->topLevelItem(0)->text(column).contains(password));

    // The same name again is refused, with the reason.
    add = dialog.openAddDialog();
    typeText(child<QLineEdit>(add, "programName"), QStringLiteral("tienda-online"));
    child<QPushButton>(add, "addProgramButton")->click();
    EXPECT_TRUE(child<QLabel>(add, "addProgramProblem")->isVisible());
    EXPECT_TRUE(child<QLabel>(add, "addProgramProblem")->text().contains(QStringLiteral("already")));
    EXPECT_FALSE(child<QWidget>(add, "programName")->parentWidget()->isHidden());
    EXPECT_EQ(clients.list().size(), 1);
    add->close();
}

TEST(RelayClientsDialog, RemoveAsksFirst)
{
    UiHarness harness;
    const accounts::Account ana = makeAccount(QStringLiteral("ana@example.test"));
    harness.store.upsert(ana);
    relay::RelayClients clients(harness.app.relayClientsPath);
    ASSERT_TRUE(std::holds_alternative<relay::RelayClients::Credentials>(clients.add(QStringLiteral("scanner"), {})));
    ASSERT_TRUE(std::holds_alternative<relay::RelayClients::Credentials>(clients.add(QStringLiteral("crm"), ana.id)));
    ui::RelayClientsDialog dialog(harness.app, nullptr);
    dialog.show();
    QTreeWidget *list = dialog.list();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_TRUE(list->topLevelItem(0)->text(1).contains(QStringLiteral("the first account")))
        << "no account chosen: the first one";
    auto *remove = child<QPushButton>(&dialog, "removeRelayClient");
    EXPECT_FALSE(remove->isEnabled()) << "nothing selected";
    list->setCurrentItem(list->findItems(QStringLiteral("crm"), Qt::MatchExactly).first());
    ASSERT_TRUE(remove->isEnabled());

    remove->click();
    QMessageBox *ask = openMessageBox("confirmRemoveRelayClient");
    ASSERT_NE(ask, nullptr);
    EXPECT_TRUE(ask->text().contains(QStringLiteral("crm")));
    ask->button(QMessageBox::Cancel)->click();
    QCoreApplication::processEvents();
    EXPECT_EQ(clients.list().size(), 2) << "cancel keeps it";

    remove->click();
    ask = openMessageBox("confirmRemoveRelayClient");
    ASSERT_NE(ask, nullptr);
    ask->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return clients.list().size() == 1; }, 2000));
    EXPECT_EQ(clients.list().first().name, QStringLiteral("scanner"));
    EXPECT_EQ(list->topLevelItemCount(), 1);
}

TEST(MainWindow, OpensTheProgramsAndAddressesDialogs)
{
    UiHarness harness;
    harness.store.upsert(makeAccount(QStringLiteral("ana@example.test")));
    MainWindow window(harness.app);
    window.show();
    window.showAccount(harness.store.accounts().first().id);
    QPointer<ui::AccountAddressesDialog> addresses = window.editAddresses();
    ASSERT_NE(addresses, nullptr);
    EXPECT_TRUE(addresses->isVisible());
    addresses->close();
    QPointer<ui::RelayClientsDialog> programs = window.showRelayClients();
    ASSERT_NE(programs, nullptr);
    EXPECT_TRUE(programs->isVisible());
    programs->close();
    auto *accountMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("accountMenu"));
    bool found = false;
    for (QAction *action : accountMenu->actions())
        found = found || action->objectName() == QStringLiteral("accountAddresses");
    EXPECT_TRUE(found) << "Addresses and backup is in the Account menu";
}

TEST(AccountAddressesDialog, SavesAliasesTheForeignFromChoiceAndTheBackupIntoAccountsJson)
{
    UiHarness harness;
    const accounts::Account ana = makeAccount(QStringLiteral("ana@example.test"));
    const accounts::Account backup = makeAccount(QStringLiteral("reserva@example.net"));
    harness.store.upsert(ana);
    harness.store.upsert(backup);
    QString error;
    ASSERT_TRUE(harness.store.save(&error)) << error.toStdString();
    ui::AccountAddressesDialog dialog(harness.app, ana);
    dialog.show();
    auto *aliases = child<QPlainTextEdit>(&dialog, "aliases");
    auto *backupChoice = child<QComboBox>(&dialog, "backupAccount");
    auto *backupFrom = child<QLineEdit>(&dialog, "backupFrom");
    EXPECT_TRUE(child<QRadioButton>(&dialog, "refuseForeignFrom")->isChecked()) << "refused unless chosen";
    EXPECT_TRUE(child<QLabel>(&dialog, "rewriteForeignFromDetails")->text().contains(ana.address));
    ASSERT_EQ(backupChoice->count(), 2) << "none, and the other account (never itself)";
    EXPECT_FALSE(backupFrom->isEnabled()) << "no backup: no From for it";

    // Something that is not an address is refused, with what is wrong.
    aliases->setPlainText(QStringLiteral("ventas@example.test\nesto no es una dirección"));
    EXPECT_FALSE(dialog.save());
    auto *problem = child<QLabel>(&dialog, "addressesProblem");
    EXPECT_TRUE(problem->isVisible());
    EXPECT_EQ(problem->textFormat(), Qt::PlainText);

    aliases->setPlainText(QStringLiteral("ventas@example.test\n\n  info@example.test  \nVENTAS@example.test"));
    child<QRadioButton>(&dialog, "rewriteForeignFrom")->click();
    backupChoice->setCurrentIndex(backupChoice->findData(backup.id));
    EXPECT_TRUE(backupFrom->isEnabled());
    EXPECT_EQ(backupFrom->placeholderText(), backup.address) << "the backup's own address unless told otherwise";
    QSignalSpy saved(&dialog, &ui::AccountAddressesDialog::saved);
    child<QPushButton>(&dialog, "saveAddresses")->click();
    ASSERT_EQ(saved.size(), 1) << child<QLabel>(&dialog, "addressesProblem")->text().toStdString();

    const QJsonArray entries = accountsInFile(harness.store.path());
    QJsonObject written;
    for (const QJsonValue &entry : entries) {
        if (entry.toObject().value(QStringLiteral("id")).toString() == ana.id)
            written = entry.toObject();
    }
    ASSERT_FALSE(written.isEmpty());
    EXPECT_EQ(written.value(QStringLiteral("aliases")).toArray(),
              QJsonArray({QStringLiteral("ventas@example.test"), QStringLiteral("info@example.test")}));
    EXPECT_TRUE(written.value(QStringLiteral("rewriteForeignFrom")).toBool());
    EXPECT_EQ(written.value(QStringLiteral("backupAccountId")).toString(), backup.id);
    EXPECT_FALSE(written.contains(QStringLiteral("backupFrom"))) << "empty: the backup's address";

    // Opened again, it shows what was saved; a From for the backup, then no backup at all.
    accounts::AccountStore reread(harness.store.path());
    reread.load();
    ui::AccountAddressesDialog again(harness.app, *reread.find(ana.id));
    EXPECT_EQ(child<QPlainTextEdit>(&again, "aliases")->toPlainText(),
              QStringLiteral("ventas@example.test\ninfo@example.test"));
    EXPECT_TRUE(child<QRadioButton>(&again, "rewriteForeignFrom")->isChecked());
    EXPECT_EQ(child<QComboBox>(&again, "backupAccount")->currentData().toString(), backup.id);
    child<QLineEdit>(&again, "backupFrom")->setText(QStringLiteral("ana@example.net"));
    ASSERT_TRUE(again.save());
    reread.load();
    EXPECT_EQ(reread.find(ana.id)->backupFrom, QStringLiteral("ana@example.net"));
    child<QComboBox>(&again, "backupAccount")->setCurrentIndex(0);
    ASSERT_TRUE(again.save());
    reread.load();
    EXPECT_TRUE(reread.find(ana.id)->backupAccountId.isEmpty());
    EXPECT_TRUE(reread.find(ana.id)->backupFrom.isEmpty());
    EXPECT_EQ(reread.find(ana.id)->aliases.size(), 2) << "the other fields stay";
    EXPECT_EQ(reread.find(backup.id)->address, backup.address) << "the other account is untouched";
}

TEST(OutboxViews, EditAndSendAgainIsRefusedForAMessageAnotherProgramWrote)
{
    UiHarness harness;
    const accounts::Account ana = makeAccount(QStringLiteral("ana@example.test"));
    harness.store.upsert(ana);
    mime::Message summary;
    summary.from = {QString(), ana.address};
    summary.to = {{QString(), QStringLiteral("roberto@example.test")}};
    summary.subject = QStringLiteral("Pedido 1042");
    const QByteArray bytes
        = "From: ana@example.test\r\nTo: roberto@example.test\r\nSubject: Pedido 1042\r\n\r\nHola\r\n";
    QString error;
    const std::optional<qint64> raw
        = harness.outboxStore.enqueueRaw(ana.id, summary, bytes, QDateTime::currentDateTimeUtc(), &error);
    ASSERT_TRUE(raw.has_value()) << error.toStdString();
    summary.subject = QStringLiteral("Escrito en Remitente");
    const std::optional<qint64> own
        = harness.outboxStore.enqueue(ana.id, summary, QDateTime::currentDateTimeUtc(), &error);
    ASSERT_TRUE(own.has_value()) << error.toStdString();

    ui::OutboxView view(harness.app, ui::OutboxView::Mode::Outbox);
    view.show();
    QSignalSpy edits(&view, &ui::OutboxView::editRequested);
    auto *edit = child<QPushButton>(&view, "editMessage");
    auto *remove = child<QPushButton>(&view, "removeMessage");
    auto *retry = child<QPushButton>(&view, "retryMessage");
    QTreeWidget *list = view.list();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    QTreeWidgetItem *rawItem = list->findItems(QStringLiteral("Pedido 1042"), Qt::MatchExactly, 1).first();
    QTreeWidgetItem *ownItem = list->findItems(QStringLiteral("Escrito en Remitente"), Qt::MatchExactly, 1).first();

    list->setCurrentItem(rawItem);
    EXPECT_FALSE(edit->isEnabled());
    EXPECT_TRUE(edit->toolTip().contains(QStringLiteral("another program"))) << edit->toolTip().toStdString();
    EXPECT_TRUE(remove->isEnabled()) << "everything else works";
    EXPECT_TRUE(retry->isEnabled());
    EXPECT_TRUE(
        child<QPlainTextEdit>(&view, "messageDetails")->toPlainText().contains(QStringLiteral("another program")));
    edit->click();
    EXPECT_EQ(edits.size(), 0);

    list->setCurrentItem(ownItem);
    EXPECT_TRUE(edit->isEnabled());
    EXPECT_TRUE(edit->toolTip().isEmpty());
    edit->click();
    EXPECT_EQ(edits.size(), 1);

    // The same in the sent log.
    outbox::OutboxEntry entry = *harness.outboxStore.entry(*raw);
    entry.state = outbox::MessageState::Sent;
    entry.sentAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(harness.outboxStore.save(entry));
    ui::OutboxView sent(harness.app, ui::OutboxView::Mode::SentLog);
    sent.show();
    ASSERT_EQ(sent.list()->topLevelItemCount(), 1);
    sent.list()->setCurrentItem(sent.list()->topLevelItem(0));
    EXPECT_FALSE(child<QPushButton>(&sent, "editMessage")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(&sent, "editMessage")->toolTip().isEmpty());
}

// Every text of the new windows can be read at their smallest size, in English and in the longer Spanish.
TEST(RelayWindows, AreReadableAtTheirMinimumSize)
{
    for (const bool spanish : {false, true}) {
        QTranslator translator;
        if (spanish) {
            ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/remitente_es.qm")));
            QCoreApplication::installTranslator(&translator);
        }
        UiHarness harness;
        const accounts::Account ana = makeAccount(QStringLiteral("ana.perez.dominguez@example.test"));
        harness.store.upsert(ana);
        harness.store.upsert(makeAccount(QStringLiteral("reserva@example.net")));
        relay::RelayClients clients(harness.app.relayClientsPath);
        (void)clients.add(QStringLiteral("tienda-online"), ana.id);
        ui::RelayClientsDialog programs(harness.app, nullptr, ana.id);
        programs.show();
        ui::AddRelayClientDialog *add = programs.openAddDialog();
        typeText(child<QLineEdit>(add, "programName"), QStringLiteral("escaner"));
        child<QPushButton>(add, "addProgramButton")->click();
        ui::AccountAddressesDialog addresses(harness.app, ana);
        addresses.show();
        for (QWidget *window : std::initializer_list<QWidget *>{&programs, add, &addresses}) {
            window->resize(window->minimumSize());
            QTest::qWait(20);
            if (qEnvironmentVariableIsSet("REMITENTE_GRAB"))
                window->grab().save(
                    QStringLiteral("/tmp/%1-%2.png")
                        .arg(window->objectName(), spanish ? QStringLiteral("es") : QStringLiteral("en")));
            for (QLabel *label : window->findChildren<QLabel *>()) {
                if (!label->isVisibleTo(window) || label->text().isEmpty())
                    continue;
                const std::string what = (window->objectName() + QStringLiteral(": ") + label->text()).toStdString();
                if (label->wordWrap())
                    EXPECT_GE(label->height(), label->heightForWidth(label->width())) << what;
                else
                    EXPECT_GE(label->width(), label->minimumSizeHint().width()) << what;
            }
        }
        add->close();
        QCoreApplication::removeTranslator(&translator);
    }
}
