// A message too big for the server: the composer warns at attach time and at Send when the limit is known (from
// the last check, or learned by the last send), with one size everywhere (the encoded one, which the limit
// counts); when it is not known yet, the failure is said in the status bar, Retry is not offered, and Delete asks.
#include "CheckDialog.h"
#include "ComposerFixture.h"
#include "MainWindow.h"
#include "composer/ComposerWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;
using remitente::ui::ComposerWindow;
using remitente::ui::MainWindow;

namespace {

constexpr qint64 postfixLimit = 52428800; // message_size_limit in tests/support/mailserver

// 40 MB that take no room until read (the composer never reads them; the outbox copies them once).
QString bigFile(const QTemporaryDir &folder)
{
    QFile file(folder.filePath(QStringLiteral("Vídeo de la boda.mp4")));
    if (file.open(QIODevice::WriteOnly))
        file.resize(40'000'000);
    return file.fileName();
}

void address(ComposerWindow *composer)
{
    typeText(child<QLineEdit>(composer, "toField"), QStringLiteral("bob@example.test"));
    typeText(child<QLineEdit>(composer, "subjectField"), QStringLiteral("La boda"));
}

} // namespace

TEST(ComposerSize, AMessageOverTheLimitKnownFromTheCheckIsStoppedWithOneSizeAndWhatToDo)
{
    ComposerFixture f;
    f.account.serverSizeLimit = postfixLimit;
    f.harness.store.upsert(f.account);
    QTemporaryDir files;
    auto *composer = new ComposerWindow(f.harness.app);
    composer->show();
    address(composer);
    auto *warning = child<QWidget>(composer, "sizeWarning");
    EXPECT_FALSE(warning->isVisibleTo(composer));
    composer->addAttachments({bigFile(files)});

    EXPECT_TRUE(warning->isVisibleTo(composer)) << "at once, when the file is attached";
    const QString said = child<QLabel>(composer, "sizeWarningText")->text();
    EXPECT_TRUE(said.contains(QStringLiteral("52.4 MB"))) << "the limit in MB: " << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("about 54.7 MB once encoded for sending"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("link"))) << "what to do: " << said.toStdString();
    EXPECT_TRUE(child<QLabel>(composer, "sizeLabel")->text().contains(QStringLiteral("about 54.7 MB")))
        << "the same size beside the attachments";
    EXPECT_FALSE(child<QListWidget>(composer, "attachmentList")->item(0)->text().contains(QStringLiteral("MB")))
        << "no second size for the same message";
    EXPECT_FALSE(child<QPushButton>(composer, "sendButton")->isEnabled());

    EXPECT_FALSE(composer->send()) << "Ctrl+Return too";
    EXPECT_EQ(child<QLabel>(composer, "composerStatus")->text(), said);
    EXPECT_TRUE(f.harness.outboxStore.entries().isEmpty()) << "nothing queued";
    composer->setAttribute(Qt::WA_DeleteOnClose, false);
    delete composer;
}

TEST(ComposerSize, TheCheckNotesTheServersLimit)
{
    ComposerFixture f;
    auto *dialog = new ui::CheckDialog(f.harness.app, f.account, false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.harness.store.find(f.account.id)->verifiedAt.isValid(); }, 15000));
    EXPECT_EQ(f.harness.store.find(f.account.id)->serverSizeLimit, postfixLimit) << "Postfix's EHLO SIZE";
    accounts::AccountStore reread(f.harness.store.path());
    reread.load();
    EXPECT_EQ(reread.find(f.account.id)->serverSizeLimit, postfixLimit) << "saved";
    dialog->close();
}

TEST(ComposerSize, WhenTheLimitWasNotKnownTheFailureIsSaidAndOnlyEditOrDeleteAreOffered)
{
    ComposerFixture f; // never checked: no limit known
    QTemporaryDir files;
    MainWindow window(f.harness.app);
    window.show();
    ComposerWindow *composer = window.newMessage();
    address(composer);
    composer->addAttachments({bigFile(files)});
    QSignalSpy queued(composer, &ComposerWindow::queued);
    ASSERT_TRUE(composer->send());
    const qint64 id = queued.first().first().toLongLong();

    ASSERT_TRUE(
        QTest::qWaitFor([&] { return f.harness.outboxStore.entry(id)->state == outbox::MessageState::Failed; }, 20000));
    const QString problem = f.harness.outboxStore.entry(id)->lastError;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window.statusBar()->currentMessage().contains(QStringLiteral("could not be sent")); }, 5000))
        << "not still \"on its way\": " << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("52.4 MB")))
        << "with the reason: " << window.statusBar()->currentMessage().toStdString();

    // The Outbox: the same size as the composer and the server's refusal; no Retry for what cannot work.
    auto *view = child<QWidget>(&window, "outboxView");
    auto *list = child<QTreeWidget>(view, "messageList");
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->topLevelItemCount() == 1; }, 2000));
    list->setCurrentItem(list->topLevelItem(0));
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("is ([0-9.]+ MB)")).match(problem);
    ASSERT_TRUE(size.hasMatch()) << problem.toStdString();
    EXPECT_EQ(size.captured(1), QStringLiteral("54.7 MB"));
    EXPECT_TRUE(child<QPlainTextEdit>(view, "messageDetails")
                    ->toPlainText()
                    .contains(QStringLiteral("Size: about %1 once encoded for sending").arg(size.captured(1))));
    EXPECT_FALSE(child<QPushButton>(view, "retryMessage")->isVisibleTo(view)) << "it can never succeed as it is";
    EXPECT_TRUE(child<QPushButton>(view, "editMessage")->isVisibleTo(view));

    // Edit and send again: the composer now knows the limit the send learned.
    QTest::mouseClick(child<QPushButton>(view, "editMessage"), Qt::LeftButton);
    ComposerWindow *again = nullptr;
    for (ComposerWindow *open : window.findChildren<ComposerWindow *>()) {
        if (open->isVisible())
            again = open;
    }
    ASSERT_NE(again, nullptr);
    EXPECT_TRUE(child<QWidget>(again, "sizeWarning")->isVisibleTo(again));
    EXPECT_FALSE(child<QPushButton>(again, "sendButton")->isEnabled());
    again->setAttribute(Qt::WA_DeleteOnClose, false);
    delete again;

    // Delete asks first; Cancel keeps it.
    auto *remove = child<QPushButton>(view, "removeMessage");
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *ask = view->findChild<QMessageBox *>(QStringLiteral("confirmDeleteMessage"));
    ASSERT_NE(ask, nullptr);
    EXPECT_TRUE(f.harness.outboxStore.entry(id).has_value()) << "nothing deleted before the answer";
    QTest::mouseClick(ask->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(0);
    EXPECT_TRUE(f.harness.outboxStore.entry(id).has_value());
    QTest::mouseClick(remove, Qt::LeftButton);
    ask = nullptr;
    for (QMessageBox *box : view->findChildren<QMessageBox *>()) {
        if (box->isVisible())
            ask = box;
    }
    ASSERT_NE(ask, nullptr);
    QTest::mouseClick(ask->button(QMessageBox::Yes), Qt::LeftButton);
    EXPECT_FALSE(f.harness.outboxStore.entry(id).has_value());
}
