// The composer's warnings before mail is junked (issue 16): shown above Send as plain text, never holding the
// message; and "This is a newsletter", whose List-Unsubscribe arrives at the local Postfix as written.
#include "ComposerFixture.h"
#include "TestMailServer.h"
#include "UiHarness.h"
#include "composer/ComposerWindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QUuid>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;
using remitente::ui::ComposerWindow;

TEST(ComposerWarnings, ShownAboveSendWithoutHoldingTheMessage)
{
    ComposerFixture f;
    auto *composer = new ComposerWindow(f.harness.app);
    composer->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(composer));
    auto *warnings = child<QLabel>(composer, "composerWarnings");
    auto *send = child<QPushButton>(composer, "sendButton");
    EXPECT_EQ(warnings->textFormat(), Qt::PlainText);
    EXPECT_FALSE(warnings->isVisible());

    QStringList visible;
    for (int i = 1; i <= 11; ++i)
        visible.append(QStringLiteral("Reader %1 <reader%1@other.test>").arg(i));
    typeText(child<QLineEdit>(composer, "toField"), visible.join(QStringLiteral(", ")));
    ASSERT_TRUE(warnings->isVisible());
    EXPECT_TRUE(warnings->text().contains(QStringLiteral("11 recipients outside example.test")))
        << warnings->text().toStdString();
    EXPECT_TRUE(warnings->text().contains(QStringLiteral("Bcc")));
    EXPECT_TRUE(send->isEnabled()) << "a warning is advice, not a refusal";

    // Moved to Bcc: nothing to say any more.
    auto *to = child<QLineEdit>(composer, "toField");
    to->clear();
    typeText(to, TestMailServer::user("bob"));
    typeText(child<QLineEdit>(composer, "bccField"), visible.join(QStringLiteral(", ")));
    EXPECT_FALSE(warnings->isVisible()) << warnings->text().toStdString();
    composer->close();
    QTest::qWait(0);
}

TEST(ComposerWarnings, NewsletterArrivesWithOneClickUnsubscribe)
{
    ComposerFixture f;
    QTemporaryDir files;
    auto *composer = new ComposerWindow(f.harness.app);
    QSignalSpy queued(composer, &ComposerWindow::queued);
    composer->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(composer));
    auto *newsletter = child<QCheckBox>(composer, "newsletter");
    auto *page = child<QLineEdit>(composer, "unsubscribeUrl");
    EXPECT_FALSE(page->isVisible()) << "only for a newsletter";
    const QString marker = QStringLiteral("Boletin ") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    typeText(child<QLineEdit>(composer, "toField"), TestMailServer::user("bob"));
    typeText(child<QLineEdit>(composer, "subjectField"), marker);
    typeText(child<QTextEdit>(composer, "bodyField"), QStringLiteral("Novedades del mes."));
    newsletter->click();
    ASSERT_TRUE(page->isVisible());

    // Not an https page: refused at Send with why, and nothing is queued.
    typeText(page, QStringLiteral("http://example.test/baja"));
    EXPECT_FALSE(composer->send());
    EXPECT_TRUE(child<QLabel>(composer, "composerStatus")->text().contains(QStringLiteral("https://")));
    EXPECT_EQ(queued.size(), 0);

    page->clear();
    typeText(page, QStringLiteral("https://example.test/baja?id=7"));
    ASSERT_TRUE(composer->send()) << child<QLabel>(composer, "composerStatus")->text().toStdString();
    ASSERT_EQ(queued.size(), 1);
    const qint64 id = queued.first().first().toLongLong();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return f.harness.outboxStore.entry(id)->state == outbox::MessageState::Sent; }, 20000))
        << f.harness.outboxStore.entry(id)->lastError.toStdString();
    const QByteArray delivered = TestMailServer::waitForDelivery("bob", marker.toUtf8());
    ASSERT_FALSE(delivered.isEmpty());
    const QJsonObject read = readDelivered(files, delivered);
    EXPECT_EQ(read.value(QStringLiteral("subject")).toString(), marker);
    EXPECT_EQ(read.value(QStringLiteral("list_unsubscribe")).toArray(),
              QJsonArray({QStringLiteral("https://example.test/baja?id=7"),
                          QStringLiteral("mailto:%1?subject=unsubscribe").arg(f.account.address)}));
    EXPECT_EQ(read.value(QStringLiteral("list_unsubscribe_post")).toString(),
              QStringLiteral("List-Unsubscribe=One-Click"));
}
