// The start-up every program shares: what it opens, and how it says it cannot.
#include "startup/Foundation.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remitente;

TEST(Foundation, OpensTheCatalogueThePlannerAndTheOutboxWithOneSender)
{
    QTemporaryDir folder;
    startup::Foundation foundation;
    ASSERT_FALSE(foundation.open().has_value());
    EXPECT_NE(foundation.catalogue().byId(QStringLiteral("gmail")), nullptr);
    EXPECT_FALSE(foundation.planner().settings().signInStatesPath.isEmpty());
    ASSERT_FALSE(foundation.openOutbox(folder.filePath(QStringLiteral("outbox.sqlite"))).has_value());
    EXPECT_TRUE(QFile::exists(folder.filePath(QStringLiteral("outbox.sqlite"))));
    EXPECT_EQ(&foundation.outbox(), &foundation.outbox());
}

TEST(Foundation, AnOutboxThatCannotBeOpenedIsAnOutboxFailureWithItsReason)
{
    QTemporaryDir folder;
    QFile blocker(folder.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    startup::Foundation foundation;
    ASSERT_FALSE(foundation.open().has_value());
    const std::optional<startup::StartFailure> failure
        = foundation.openOutbox(folder.filePath(QStringLiteral("file/outbox.sqlite")));
    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(failure->kind, startup::StartFailure::Kind::Outbox);
    EXPECT_FALSE(failure->message.isEmpty());
}
