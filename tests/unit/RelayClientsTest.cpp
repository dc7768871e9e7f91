// Programs allowed to use the relay: generated passwords shown once, only their hashes on disk, private file.
#include "relay/RelayClients.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace remitente::relay;

TEST(RelayClients, AddedClientSignsInWithItsPasswordWhichIsNeverStored)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("relay-clients.json"));
    RelayClients clients(path);
    const auto added = clients.add(QStringLiteral("shop"), QStringLiteral("acc1"));
    ASSERT_TRUE(std::holds_alternative<RelayClients::Credentials>(added)) << std::get<QString>(added).toStdString();
    const RelayClients::Credentials credentials = std::get<RelayClients::Credentials>(added);
    EXPECT_EQ(credentials.user, QStringLiteral("shop"));
    EXPECT_EQ(credentials.password.size(), 26);

    const std::optional<RelayClient> client = clients.authenticate(QStringLiteral("shop"), credentials.password);
    ASSERT_TRUE(client);
    EXPECT_EQ(client->accountId, QStringLiteral("acc1"));
    EXPECT_FALSE(clients.authenticate(QStringLiteral("shop"), credentials.password + u'x'));
    EXPECT_FALSE(clients.authenticate(QStringLiteral("other"), credentials.password));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(credentials.password.toUtf8()));
    struct stat info {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
}

TEST(RelayClients, NamesAreUniqueAndValidAndRemovalRevokes)
{
    QTemporaryDir folder;
    RelayClients clients(folder.filePath(QStringLiteral("relay-clients.json")));
    const auto first = clients.add(QStringLiteral("scanner"), {});
    ASSERT_TRUE(std::holds_alternative<RelayClients::Credentials>(first));
    EXPECT_TRUE(std::holds_alternative<QString>(clients.add(QStringLiteral("scanner"), {})));
    EXPECT_TRUE(std::holds_alternative<QString>(clients.add(QStringLiteral("Bad Name"), {})));
    EXPECT_TRUE(std::holds_alternative<QString>(clients.add(QString(), {})));
    const auto second = clients.add(QStringLiteral("crm"), {});
    ASSERT_TRUE(std::holds_alternative<RelayClients::Credentials>(second));
    EXPECT_NE(std::get<RelayClients::Credentials>(first).password,
              std::get<RelayClients::Credentials>(second).password);
    EXPECT_EQ(clients.list().size(), 2);

    QString error;
    ASSERT_TRUE(clients.remove(QStringLiteral("scanner"), &error)) << error.toStdString();
    EXPECT_FALSE(clients.authenticate(QStringLiteral("scanner"), std::get<RelayClients::Credentials>(first).password));
    EXPECT_FALSE(clients.remove(QStringLiteral("scanner"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("scanner")));
    EXPECT_EQ(clients.list().size(), 1);
}
