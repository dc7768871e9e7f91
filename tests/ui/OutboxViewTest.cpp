// The Outbox and Sent views: columns sized to their text (subject and recipients share the room, the server's
// words get a fair part), a "nothing here yet" text when empty, Retry only where it can work, and the domain check
// dialog that keeps every finding visible however small it gets.
#include "ComposerFixture.h"
#include "DomainCheckDialog.h"
#include "OutboxView.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;
using remitente::ui::OutboxView;

namespace {

qint64 store(ComposerFixture &f, const QString &subject, outbox::MessageState state, const QString &diagnosisId = {})
{
    mime::Message message;
    message.from = {QString(), f.account.address};
    message.to
        = {{QString(), QStringLiteral("roberto@example.test")}, {QString(), QStringLiteral("carolina@example.test")}};
    message.subject = subject;
    const qint64 id = *f.harness.outboxStore.enqueue(f.account.id, message, QDateTime::currentDateTimeUtc(), nullptr);
    outbox::OutboxEntry entry = *f.harness.outboxStore.entry(id);
    entry.state = state;
    entry.diagnosisId = diagnosisId;
    entry.lastError = QStringLiteral("The message is too large");
    entry.sentAt = QDateTime::currentDateTimeUtc();
    entry.finalReply = QStringLiteral("250 2.0.0 Ok: queued as 4F3A2B1C0D");
    EXPECT_TRUE(f.harness.outboxStore.save(entry));
    return id;
}

} // namespace

TEST(OutboxViews, SentColumnsFitTheirTextAtAWideWindow)
{
    ComposerFixture f;
    const QString subject = QStringLiteral("Presupuesto de la reforma de la cocina");
    store(f, subject, outbox::MessageState::Sent);
    OutboxView view(f.harness.app, OutboxView::Mode::SentLog);
    view.resize(1280, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QTreeWidget *list = view.list();
    QHeaderView *header = list->header();
    auto wanted = [list](int column) { return static_cast<QAbstractItemView *>(list)->sizeHintForColumn(column); };
    EXPECT_GE(header->sectionSize(0), wanted(0)) << "the date is not cut";
    EXPECT_GE(header->sectionSize(1), wanted(1)) << "the subject fits at 1280 px";
    EXPECT_GE(header->sectionSize(2), wanted(2)) << "the recipients fit at 1280 px";
    EXPECT_LT(header->sectionSize(3), header->sectionSize(1) + header->sectionSize(2))
        << "the server's reply does not take the rest";
    EXPECT_EQ(list->topLevelItem(0)->toolTip(1), subject) << "in full, whatever the width";
}

TEST(OutboxViews, EmptyViewsSayNothingIsThereYet)
{
    ComposerFixture f;
    OutboxView outboxView(f.harness.app, OutboxView::Mode::Outbox);
    OutboxView sentView(f.harness.app, OutboxView::Mode::SentLog);
    for (OutboxView *view : {&outboxView, &sentView}) {
        view->show();
        auto *empty = child<QLabel>(view, "emptyText");
        EXPECT_TRUE(empty->isVisible());
        EXPECT_FALSE(view->list()->isVisible());
    }
    EXPECT_EQ(child<QLabel>(&outboxView, "emptyText")->text(),
              QStringLiteral("No messages waiting. Messages you send appear here until the server accepts them."));
    EXPECT_EQ(child<QLabel>(&sentView, "emptyText")->text(), QStringLiteral("Nothing sent yet."));
    store(f, QStringLiteral("Uno"), outbox::MessageState::Queued);
    outboxView.refresh();
    EXPECT_FALSE(child<QLabel>(&outboxView, "emptyText")->isVisible());
    EXPECT_TRUE(outboxView.list()->isVisible());
}

TEST(OutboxViews, RetryIsOfferedOnlyWhereTryingAgainCanWork)
{
    ComposerFixture f;
    f.sender.reset(); // nothing is sent here
    f.harness.app.outbox = nullptr;
    store(f, QStringLiteral("Demasiado grande"), outbox::MessageState::Failed, QStringLiteral("message-too-large"));
    store(f, QStringLiteral("Sin dirección"), outbox::MessageState::Failed, QStringLiteral("reply-5.1.1"));
    store(f, QStringLiteral("Servidor ocupado"), outbox::MessageState::Failed, QStringLiteral("reply-4.3.2"));
    OutboxView view(f.harness.app, OutboxView::Mode::Outbox);
    view.show();
    auto *retry = child<QPushButton>(&view, "retryMessage");
    QTreeWidget *list = view.list();
    ASSERT_EQ(list->topLevelItemCount(), 3);
    for (int row = 0; row < 3; ++row) {
        list->setCurrentItem(list->topLevelItem(row));
        const bool canWork = list->topLevelItem(row)->text(1) == QStringLiteral("Servidor ocupado");
        EXPECT_EQ(retry->isVisibleTo(&view), canWork) << list->topLevelItem(row)->text(1).toStdString();
        EXPECT_TRUE(child<QPushButton>(&view, "editMessage")->isVisibleTo(&view));
    }
}

TEST(OutboxViews, TheDomainCheckKeepsEveryFindingVisibleWhenSmall)
{
    ComposerFixture f;
    f.account.address = QStringLiteral("ana@missing.test");
    f.account.providerId = QStringLiteral("google-workspace");
    ui::DomainCheckDialog dialog(f.harness.services, f.account);
    dialog.show();
    auto *findings = child<QLabel>(&dialog, "domainFindings");
    ASSERT_TRUE(QTest::qWaitFor([&] { return findings->text().contains(QStringLiteral("DMARC")); }, 15000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return findings->text().contains(QStringLiteral("TXT")); }, 15000));
    dialog.resize(200, 150);
    QTest::qWait(50);
    EXPECT_GE(dialog.width(), 400) << "a sensible minimum";
    EXPECT_GE(dialog.height(), 280);
    auto *scroll = qobject_cast<QScrollArea *>(findings->parentWidget()->parentWidget());
    ASSERT_NE(scroll, nullptr) << "the findings scroll instead of being cut";
    EXPECT_GE(findings->height(), findings->heightForWidth(findings->width())) << "nothing cut off at the bottom";
}
