// The composer and the main window driven with QTest: live address checks, attachments by drag-and-drop, Send
// (Ctrl+Return) through the outbox to the local Postfix (the delivered message read back by Python's email), a
// draft that survives a crash, and the main window's account and outbox actions.
#include "ComposerFixture.h"
#include "MainWindow.h"
#include "MimeCheck.h"
#include "OutboxView.h"
#include "ScriptedSmtpServer.h"
#include "TestMailServer.h"
#include "UiHarness.h"
#include "composer/AddressField.h"
#include "composer/ComposerWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTemporaryDir>
#include <QCryptographicHash>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUuid>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;
using remitente::ui::ComposerWindow;
using remitente::ui::MainWindow;

TEST(Composer, AddressesAreCheckedAsTyped)
{
    ComposerFixture f;
    auto *composer = new ComposerWindow(f.harness.app);
    composer->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(composer));
    auto *to = child<ui::AddressField>(composer, "toField");
    auto *send = child<QPushButton>(composer, "sendButton");
    EXPECT_FALSE(send->isEnabled()) << "no recipient yet";
    QTest::keyClicks(to, QStringLiteral("bob@"));
    EXPECT_FALSE(send->isEnabled());
    EXPECT_FALSE(to->problemLabel()->isVisible()) << "not while typing";
    QTest::qWait(900);
    EXPECT_TRUE(to->problemLabel()->isVisible()) << "once typing pauses";
    EXPECT_TRUE(to->problemLabel()->text().contains(QStringLiteral("bob@")))
        << "names the address: " << to->problemLabel()->text().toStdString();
    QTest::keyClicks(to, QStringLiteral("example.test, Carol <carol@example.test>"));
    EXPECT_TRUE(send->isEnabled());
    EXPECT_FALSE(to->problemLabel()->isVisible()) << "a fixed address clears its problem at once";
    composer->close();
}

TEST(Composer, SendsThroughTheOutboxAndPythonReadsWhatArrived)
{
    ComposerFixture f;
    QTemporaryDir files;
    const QString attachment = files.filePath(QStringLiteral("Factura año.pdf"));
    QFile pdf(attachment);
    ASSERT_TRUE(pdf.open(QIODevice::WriteOnly));
    pdf.write(QByteArray(150000, 'x') + "%%EOF");
    pdf.close();

    auto *composer = new ComposerWindow(f.harness.app);
    QSignalSpy queued(composer, &ComposerWindow::queued);
    composer->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(composer));
    const QString marker = QStringLiteral("Factura ") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    typeText(child<QLineEdit>(composer, "toField"), QStringLiteral("Bob Núñez <bob@example.test>"));
    typeText(child<QLineEdit>(composer, "subjectField"), marker);
    typeText(child<QTextEdit>(composer, "bodyField"), QStringLiteral("Hola Bob,\nañadida la factura.\n"));
    // Dropped from a file manager.
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(attachment)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(composer, &enter);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(composer, &drop);
    delete mime;
    EXPECT_EQ(child<QListWidget>(composer, "attachmentList")->count(), 1);
    EXPECT_FALSE(child<QLabel>(composer, "sizeLabel")->text().isEmpty())
        << child<QLabel>(composer, "sizeLabel")->text().toStdString();

    QTest::keySequence(child<QTextEdit>(composer, "bodyField"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    ASSERT_EQ(queued.size(), 1) << child<QLabel>(composer, "composerStatus")->text().toStdString();
    const qint64 id = queued.first().first().toLongLong();
    EXPECT_TRUE(f.harness.outboxStore.entry(id).has_value()) << "stored before any network work";
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return f.harness.outboxStore.entry(id)->state == outbox::MessageState::Sent; }, 20000))
        << f.harness.outboxStore.entry(id)->lastError.toStdString();

    const QByteArray delivered = TestMailServer::waitForDelivery("bob", marker.toUtf8());
    ASSERT_FALSE(delivered.isEmpty());
    QFile out(files.filePath(QStringLiteral("delivered.eml")));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(delivered);
    out.close();
    const QJsonObject p = readWithPython({out.fileName()}).at(0).toObject();
    EXPECT_EQ(p.value(QStringLiteral("subject")).toString(), marker);
    EXPECT_EQ(p.value(QStringLiteral("from")).toArray().at(0).toArray().at(0).toString(), QStringLiteral("Ana Pérez"));
    EXPECT_EQ(p.value(QStringLiteral("to")).toArray().at(0).toArray().at(0).toString(), QStringLiteral("Bob Núñez"));
    EXPECT_TRUE(p.value(QStringLiteral("text")).toString().contains(QStringLiteral("añadida la factura")));
    const QJsonObject file = p.value(QStringLiteral("attachments")).toArray().at(0).toObject();
    EXPECT_EQ(file.value(QStringLiteral("filename")).toString(), QStringLiteral("Factura año.pdf"));
    QFile original(attachment);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.value(QStringLiteral("sha256")).toString(),
              QString::fromLatin1(QCryptographicHash::hash(original.readAll(), QCryptographicHash::Sha256).toHex()));
    EXPECT_TRUE(p.value(QStringLiteral("defects")).toArray().isEmpty());
    EXPECT_TRUE(QDir(f.harness.app.draftsFolder).isEmpty()) << "the draft goes once the message is queued";
}

TEST(Composer, ADraftSurvivesACrashAndComesBack)
{
    ComposerFixture f;
    auto *composer = new ComposerWindow(f.harness.app);
    composer->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(composer));
    typeText(child<QLineEdit>(composer, "toField"), QStringLiteral("bob@example.test, carol@"));
    typeText(child<QLineEdit>(composer, "subjectField"), QStringLiteral("Presupuesto"));
    typeText(child<QTextEdit>(composer, "bodyField"), QStringLiteral("Lo que escribí no se pierde."));
    const QString draft = composer->draftPath();
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(draft); }, 5000)) << "saved as typed";
    delete composer; // a crash: no close, no goodbye

    MainWindow window(f.harness.app);
    window.show();
    EXPECT_EQ(window.reopenDrafts(), 1);
    const QList<ComposerWindow *> reopened = window.findChildren<ComposerWindow *>();
    ASSERT_EQ(reopened.size(), 1);
    EXPECT_EQ(child<QLineEdit>(reopened.first(), "toField")->text(), QStringLiteral("bob@example.test, carol@"))
        << "kept as typed, even the unfinished address";
    EXPECT_EQ(child<QLineEdit>(reopened.first(), "subjectField")->text(), QStringLiteral("Presupuesto"));
    EXPECT_EQ(child<QTextEdit>(reopened.first(), "bodyField")->toPlainText(),
              QStringLiteral("Lo que escribí no se pierde."));
    reopened.first()->close();
}

TEST(Composer, ClosingAsksWhetherToKeepTheDraft)
{
    ComposerFixture f;
    for (const QMessageBox::StandardButton choice : {QMessageBox::Save, QMessageBox::Discard}) {
        auto *composer = new ComposerWindow(f.harness.app);
        composer->show();
        typeText(child<QLineEdit>(composer, "subjectField"), QStringLiteral("Borrador"));
        const QString draft = composer->draftPath();
        QPointer<ComposerWindow> alive(composer);
        composer->close();
        auto *ask = composer->findChild<QMessageBox *>(QStringLiteral("closeComposer"));
        ASSERT_NE(ask, nullptr) << "asks instead of losing what was written";
        EXPECT_TRUE(alive) << "still open while it asks";
        QTest::mouseClick(ask->button(choice), Qt::LeftButton);
        QTest::qWait(0);
        EXPECT_TRUE(!alive || !alive->isVisible());
        EXPECT_EQ(QFile::exists(draft), choice == QMessageBox::Save);
        QFile::remove(draft);
    }
}

TEST(MainWindowActions, RemovingAnAccountAsksAndRemovesItsPasswordToo)
{
    ComposerFixture f;
    MainWindow window(f.harness.app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    child<QAction>(&window, "removeAccount")->trigger();
    auto *confirm = window.findChild<QMessageBox *>(QStringLiteral("confirmRemove"));
    ASSERT_NE(confirm, nullptr);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    EXPECT_TRUE(f.harness.store.accounts().isEmpty());
    accounts::AccountStore reread(f.harness.store.path());
    reread.load();
    EXPECT_TRUE(reread.accounts().isEmpty()) << "saved";
    std::optional<accounts::SecretStore::Result> secret;
    f.harness.secrets->read(f.account.id, [&](const accounts::SecretStore::Result &result) { secret = result; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return secret.has_value(); }, 5000));
    EXPECT_EQ(secret->status, accounts::SecretStore::Status::NotFound);
    EXPECT_TRUE(child<QWidget>(&window, "noAccountsLabel")->isVisible());
}

TEST(MainWindowActions, SettingsElsewhereShowsTheValuesToCopy)
{
    ComposerFixture f;
    MainWindow window(f.harness.app);
    window.show();
    child<QAction>(&window, "settingsElsewhere")->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("settingsElsewhereDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QLabel>(dialog, "setting0")->text(), QStringLiteral("localhost"));
    EXPECT_EQ(child<QLabel>(dialog, "setting1")->text(), QStringLiteral("465"));
    QTest::mouseClick(child<QPushButton>(dialog, "copySetting0"), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("localhost"));
    dialog->close();
}

TEST(MainWindowActions, TheOutboxShowsFailuresAndRetriesThemAndTheSentLogSearches)
{
    ComposerFixture f;
    mime::Message message;
    message.from = {QString(), f.account.address};
    message.to = {{QString(), QStringLiteral("bob@example.test")}};
    message.subject = QStringLiteral("Pedido 42");
    const qint64 failed
        = *f.harness.outboxStore.enqueue(f.account.id, message, QDateTime::currentDateTimeUtc(), nullptr);
    outbox::OutboxEntry entry = *f.harness.outboxStore.entry(failed);
    entry.state = outbox::MessageState::Failed;
    entry.lastError = QStringLiteral("550 5.1.1 unknown");
    ASSERT_TRUE(f.harness.outboxStore.save(entry));
    message.subject = QStringLiteral("Factura 7");
    const qint64 sent = *f.harness.outboxStore.enqueue(f.account.id, message, QDateTime::currentDateTimeUtc(), nullptr);
    entry = *f.harness.outboxStore.entry(sent);
    entry.state = outbox::MessageState::Sent;
    entry.sentAt = QDateTime::currentDateTimeUtc();
    entry.finalReply = QStringLiteral("250 2.0.0 Ok: queued as XYZ");
    ASSERT_TRUE(f.harness.outboxStore.save(entry));
    message.subject = QStringLiteral("Otra cosa");
    entry = *f.harness.outboxStore.entry(
        *f.harness.outboxStore.enqueue(f.account.id, message, QDateTime::currentDateTimeUtc(), nullptr));
    entry.state = outbox::MessageState::Sent;
    ASSERT_TRUE(f.harness.outboxStore.save(entry));

    MainWindow window(f.harness.app);
    window.show();
    EXPECT_TRUE(
        child<QListWidget>(&window, "accountList")->item(0)->text().contains(QStringLiteral("could not be sent")))
        << "the account needs attention, and says why";
    auto *outboxView = child<QWidget>(&window, "outboxView");
    auto *list = child<QTreeWidget>(outboxView, "messageList");
    ASSERT_EQ(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    EXPECT_TRUE(
        child<QPlainTextEdit>(outboxView, "messageDetails")->toPlainText().contains(QStringLiteral("550 5.1.1")));
    QTest::mouseClick(child<QPushButton>(outboxView, "retryMessage"), Qt::LeftButton);
    EXPECT_NE(f.harness.outboxStore.entry(failed)->state, outbox::MessageState::Failed);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return f.harness.outboxStore.entry(failed)->state == outbox::MessageState::Sent; }, 20000))
        << "sent again through Postfix";

    auto *sentView = child<QWidget>(&window, "sentLogView");
    auto *sentList = child<QTreeWidget>(sentView, "messageList");
    EXPECT_EQ(sentList->topLevelItemCount(), 2);
    QTest::keyClicks(child<QLineEdit>(sentView, "searchField"), QStringLiteral("factu"));
    ASSERT_EQ(sentList->topLevelItemCount(), 1);
    EXPECT_EQ(sentList->topLevelItem(0)->text(1), QStringLiteral("Factura 7"));
    EXPECT_TRUE(sentList->topLevelItem(0)->text(3).contains(QStringLiteral("XYZ")));
}

TEST(MainWindowActions, ChecksTheDomainAndLetsAPersonIgnoreTheLimits)
{
    ComposerFixture f;
    f.account.address = QStringLiteral("ana@missing.test");
    f.account.providerId = QStringLiteral("google-workspace");
    f.harness.store.upsert(f.account);
    MainWindow window(f.harness.app);
    window.show();
    child<QAction>(&window, "checkDomain")->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("domainCheckDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *findings = child<QLabel>(dialog, "domainFindings");
    ASSERT_TRUE(QTest::qWaitFor([&] { return findings->text().contains(QStringLiteral("TXT")); }, 15000))
        << findings->text().toStdString();
    EXPECT_TRUE(findings->text().contains(QStringLiteral("v=spf1 include:_spf.google.com ~all")));
    dialog->close();

    auto *ignore = child<QAction>(&window, "ignoreLimits");
    EXPECT_FALSE(ignore->isChecked());
    ignore->trigger();
    EXPECT_TRUE(f.harness.outboxStore.ignoresLimits(f.account.id));
}
