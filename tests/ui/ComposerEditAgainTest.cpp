// "Edit and send again" from the Outbox and the Sent log, and drafts reopened after a restart: the person's file
// names survive every path (the outbox's private copies are called "0-<name>", the recipient never sees that),
// and a message sent again in place of one that failed replaces it in the Outbox.
#include "ComposerFixture.h"
#include "MainWindow.h"
#include "composer/ComposerWindow.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;
using remitente::ui::ComposerWindow;
using remitente::ui::MainWindow;

namespace {

const QString fileName = QStringLiteral("Factura año.pdf");

QString writeAttachment(const QTemporaryDir &folder)
{
    QFile pdf(folder.filePath(fileName));
    if (pdf.open(QIODevice::WriteOnly))
        pdf.write(QByteArray(20000, 'x') + "%%EOF");
    return pdf.fileName();
}

// A message with an attachment, stored in the outbox in the given state.
qint64 storeMessage(ComposerFixture &f, const QString &subject, const QString &attachment, outbox::MessageState state)
{
    mime::Message message;
    message.from = {f.account.displayName, f.account.address};
    message.to = {{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}};
    message.subject = subject;
    message.text = QStringLiteral("La factura, adjunta.");
    message.attachments = {{attachment, {}, {}}};
    const qint64 id = *f.harness.outboxStore.enqueue(f.account.id, message, QDateTime::currentDateTimeUtc(), nullptr);
    outbox::OutboxEntry entry = *f.harness.outboxStore.entry(id);
    entry.state = state;
    if (state == outbox::MessageState::Failed) {
        entry.lastError = QStringLiteral("550 5.1.1 <bob@example.test>: Recipient address rejected");
        entry.diagnosisId = QStringLiteral("recipient-unknown");
    } else {
        entry.sentAt = QDateTime::currentDateTimeUtc();
    }
    EXPECT_TRUE(f.harness.outboxStore.save(entry));
    return id;
}

ComposerWindow *editFrom(MainWindow &window, const char *viewName)
{
    auto *view = child<QWidget>(&window, viewName);
    auto *list = child<QTreeWidget>(view, "messageList");
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(view, "editMessage"), Qt::LeftButton);
    const QList<ComposerWindow *> composers = window.findChildren<ComposerWindow *>();
    return composers.size() == 1 ? composers.first() : nullptr;
}

QString newestAttachmentName(ComposerFixture &f)
{
    const QList<outbox::OutboxEntry> entries = f.harness.outboxStore.entries();
    if (entries.isEmpty())
        return {};
    const std::optional<outbox::OutboxEntry> newest = f.harness.outboxStore.entry(entries.first().id);
    return newest && !newest->message.attachments.isEmpty() ? newest->message.attachments.first().fileName : QString();
}

} // namespace

TEST(EditAgain, FromTheOutboxTheFileKeepsItsNameAndTheFailedCopyIsReplaced)
{
    ComposerFixture f;
    QTemporaryDir files;
    const QString marker = QStringLiteral("Otra vez ") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const qint64 failed = storeMessage(f, marker, writeAttachment(files), outbox::MessageState::Failed);
    ASSERT_TRUE(
        f.harness.outboxStore.entry(failed)->message.attachments.first().path.endsWith(QStringLiteral("0-") + fileName))
        << "the outbox's own copy";

    MainWindow window(f.harness.app);
    window.show();
    ComposerWindow *composer = editFrom(window, "outboxView");
    ASSERT_NE(composer, nullptr);
    auto *attachments = child<QListWidget>(composer, "attachmentList");
    ASSERT_EQ(attachments->count(), 1);
    EXPECT_EQ(attachments->item(0)->text(), fileName) << "the person's name, not the copy's";
    QSignalSpy queued(composer, &ComposerWindow::queued);
    ASSERT_TRUE(composer->send());
    const qint64 id = queued.first().first().toLongLong();
    EXPECT_FALSE(f.harness.outboxStore.entry(failed).has_value()) << "the copy that failed is replaced";

    ASSERT_TRUE(
        QTest::qWaitFor([&] { return f.harness.outboxStore.entry(id)->state == outbox::MessageState::Sent; }, 20000))
        << f.harness.outboxStore.entry(id)->lastError.toStdString();
    const QByteArray delivered = TestMailServer::waitForDelivery("bob", marker.toUtf8());
    ASSERT_FALSE(delivered.isEmpty());
    const QJsonObject read = readDelivered(files, delivered);
    EXPECT_EQ(read.value(QStringLiteral("attachments")).toArray().at(0).toObject().value(QStringLiteral("filename")),
              fileName)
        << "the delivered file carries the person's name";
    EXPECT_EQ(f.harness.outboxStore.serverSizeLimit(f.account.id), 52428800)
        << "the send learned the server's SIZE, for the composer's warning";
}

TEST(EditAgain, FromTheSentLogTheFileKeepsItsNameAndTheSentMessageStays)
{
    ComposerFixture f;
    QTemporaryDir files;
    const qint64 sent = storeMessage(f, QStringLiteral("Enviado"), writeAttachment(files), outbox::MessageState::Sent);
    MainWindow window(f.harness.app);
    window.show();
    ComposerWindow *composer = editFrom(window, "sentLogView");
    ASSERT_NE(composer, nullptr);
    EXPECT_EQ(child<QListWidget>(composer, "attachmentList")->item(0)->text(), fileName);
    ASSERT_TRUE(composer->send());
    EXPECT_EQ(newestAttachmentName(f), fileName);
    EXPECT_TRUE(f.harness.outboxStore.entry(sent).has_value()) << "what was sent stays in the log";
}

TEST(EditAgain, ADraftReopenedAfterARestartKeepsTheFileNamesAndWhatItReplaces)
{
    ComposerFixture f;
    QTemporaryDir files;
    const qint64 failed
        = storeMessage(f, QStringLiteral("Borrador"), writeAttachment(files), outbox::MessageState::Failed);
    auto *composer = new ComposerWindow(f.harness.app);
    composer->editAgain(*f.harness.outboxStore.entry(failed));
    composer->show();
    typeText(child<QLineEdit>(composer, "subjectField"), QStringLiteral(" corregido"));
    const QString draft = composer->draftPath();
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(draft); }, 5000));
    delete composer; // the app ends without closing it

    MainWindow window(f.harness.app);
    window.show();
    ASSERT_EQ(window.reopenDrafts(), 1);
    ComposerWindow *reopened = window.findChildren<ComposerWindow *>().first();
    EXPECT_EQ(child<QListWidget>(reopened, "attachmentList")->item(0)->text(), fileName);
    ASSERT_TRUE(reopened->send());
    EXPECT_EQ(newestAttachmentName(f), fileName);
    EXPECT_FALSE(f.harness.outboxStore.entry(failed).has_value()) << "still replaces the copy that failed";
}
