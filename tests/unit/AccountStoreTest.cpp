#include "accounts/AccountStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace remitente::accounts;

namespace {
Account sample()
{
    Account account;
    account.id = Account::newId();
    account.displayName = QStringLiteral("Ana Pérez");
    account.address = QStringLiteral("ana@example.es");
    account.host = QStringLiteral("smtp.example.es");
    account.port = 587;
    account.security = remitente::smtp::Security::StartTls;
    account.username = QStringLiteral("ana@example.es");
    account.signIn = SignInKind::AppPassword;
    account.pinnedSha256 = QByteArray(32, '\x5a');
    account.providerId = QStringLiteral("hosting");
    account.verifiedAt = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    return account;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
}
} // namespace

TEST(AccountStore, SavesAndLoadsEveryField)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config/accounts.json"));
    AccountStore store(path);
    EXPECT_TRUE(store.load().ok) << "a missing file is an empty list";
    EXPECT_TRUE(store.accounts().isEmpty());
    const Account account = sample();
    store.upsert(account);
    QString error;
    ASSERT_TRUE(store.save(&error)) << error.toStdString();

    AccountStore again(path);
    ASSERT_TRUE(again.load().ok);
    ASSERT_EQ(again.accounts().size(), 1);
    EXPECT_EQ(again.accounts().first(), account);
    EXPECT_EQ(again.find(QStringLiteral("ANA@example.es"))->id, account.id);
    EXPECT_EQ(again.find(account.id)->address, account.address);
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);

    Account changed = account;
    changed.port = 465;
    again.upsert(changed);
    EXPECT_EQ(again.accounts().size(), 1);
    EXPECT_TRUE(again.remove(account.id));
    EXPECT_FALSE(again.remove(account.id));
}

TEST(AccountStore, NeverHoldsASecret)
{
    QTemporaryDir dir;
    AccountStore store(dir.filePath(QStringLiteral("accounts.json")));
    store.upsert(sample());
    QString error;
    ASSERT_TRUE(store.save(&error));
    const QJsonObject saved = QJsonDocument::fromJson(readAll(store.path())).object();
    const QJsonObject account = saved.value(QStringLiteral("accounts")).toArray().first().toObject();
    for (const QString &key : account.keys()) {
        for (const char *word : {"password", "secret", "token"})
            EXPECT_FALSE(key.contains(QLatin1String(word), Qt::CaseInsensitive)) << key.toStdString();
    }
}

TEST(AccountStore, DamagedFileIsKeptAsideNotOverwritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    const QByteArray damaged = "{\"schema\": 1, \"accounts\": [ {\"id\": \"x\", \"addr";
    writeAll(path, damaged);
    AccountStore store(path);
    const AccountStore::LoadResult result = store.load();
    EXPECT_FALSE(result.ok);
    ASSERT_FALSE(result.keptAsidePath.isEmpty());
    EXPECT_TRUE(result.error.contains(result.keptAsidePath)) << "the message says where the file went";
    EXPECT_EQ(readAll(result.keptAsidePath), damaged) << "the damaged file is kept as it was";
    store.upsert(sample());
    QString error;
    ASSERT_TRUE(store.save(&error));
    EXPECT_EQ(readAll(result.keptAsidePath), damaged);
}

TEST(AccountStore, IncompleteEntryCountsAsDamaged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    writeAll(path, "{\"schema\": 1, \"accounts\": [{\"id\": \"x\"}]}");
    AccountStore store(path);
    const AccountStore::LoadResult result = store.load();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QStringLiteral("incomplete")));
}

TEST(AccountStore, NewerSchemaIsLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    const QByteArray newer = "{\"schema\": 99, \"accounts\": []}";
    writeAll(path, newer);
    AccountStore store(path);
    EXPECT_FALSE(store.load().ok);
    store.upsert(sample());
    QString error;
    EXPECT_FALSE(store.save(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(readAll(path), newer);
}

TEST(AccountStore, AnInterruptedSaveLeavesTheOldList)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    AccountStore store(path);
    store.upsert(sample());
    QString error;
    ASSERT_TRUE(store.save(&error));
    const QByteArray before = readAll(path);
    {
        // What a crash in the middle of a save leaves: QSaveFile's temporary file, never committed.
        QSaveFile interrupted(path);
        ASSERT_TRUE(interrupted.open(QIODevice::WriteOnly));
        interrupted.write("{\"schema\": 1, \"accou");
        interrupted.cancelWriting();
    }
    EXPECT_EQ(readAll(path), before);
    AccountStore again(path);
    EXPECT_TRUE(again.load().ok);
    EXPECT_EQ(again.accounts().size(), 1);
}
