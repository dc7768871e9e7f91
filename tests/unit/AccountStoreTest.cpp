#include "accounts/AccountStore.h"
#include "accounts/AccountStoreWatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

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
    account.serverSizeLimit = 52428800;
    account.imap = {QStringLiteral("imap.example.es"), 143, remitente::imap::ImapSecurity::StartTls};
    account.imapPinnedSha256 = QByteArray(32, '\x6b');
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

// Optional fields written only when set (aliases, the foreign From choice, the backup, the tenant) are gone from the
// file once cleared, not kept from what the entry held before.
TEST(AccountStore, ClearedOptionalFieldsAreClearedInTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    Account account = sample();
    account.aliases = {QStringLiteral("ventas@example.es")};
    account.rewriteForeignFrom = true;
    account.backupAccountId = Account::newId();
    account.backupFrom = QStringLiteral("ana@example.net");
    account.tenant = QStringLiteral("example.es");
    AccountStore store(path);
    store.load();
    store.upsert(account);
    ASSERT_TRUE(store.save());
    account.aliases.clear();
    account.rewriteForeignFrom = false;
    account.backupAccountId.clear();
    account.backupFrom.clear();
    account.tenant.clear();
    account.imap = {};
    account.imapPinnedSha256.clear();
    store.upsert(account);
    ASSERT_TRUE(store.save());
    AccountStore reread(path);
    reread.load();
    ASSERT_EQ(reread.accounts().size(), 1);
    EXPECT_EQ(reread.accounts().first(), account);
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

namespace {
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QJsonObject entryOf(const Account &account)
{
    return account.toJson();
}

QByteArray listOf(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1}, {QStringLiteral("accounts"), entries}}).toJson();
}
} // namespace

TEST(AccountStore, ReadingNeverMovesOrChangesADamagedFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    const QByteArray damaged = "{\"schema\": 1, \"accounts\": [ {\"id\": \"x\", \"addr";
    writeAll(path, damaged);
    const QDateTime modified = QFileInfo(path).lastModified();
    AccountStore store(path);
    const AccountStore::LoadResult result = store.load();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error, store.problem());
    EXPECT_TRUE(store.problem().contains(QStringLiteral("not valid JSON"))) << store.problem().toStdString();
    EXPECT_TRUE(store.problem().contains(path)) << "the message says which file";
    EXPECT_TRUE(store.accounts().isEmpty());
    EXPECT_FALSE(store.canSave());
    // A read-only command (queue list, account list) leaves everything as it was: no file moved aside, no new one.
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("accounts.json")});
    EXPECT_EQ(readAll(path), damaged);
    EXPECT_EQ(QFileInfo(path).lastModified(), modified);
}

TEST(AccountStore, ADamagedEntryIsSkippedAndNamedWhileTheOthersLoad)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    const Account first = sample();
    Account third = sample();
    third.id = Account::newId();
    third.address = QStringLiteral("luis@example.es");
    QJsonObject wrongPort = entryOf(sample());
    wrongPort.insert(QStringLiteral("id"), QStringLiteral("broken-1"));
    wrongPort.insert(QStringLiteral("address"), QStringLiteral("eva@example.es"));
    wrongPort.insert(QStringLiteral("port"), QStringLiteral("587")); // a string where a number belongs
    writeAll(path, listOf({entryOf(first), wrongPort, entryOf(third), 42}));

    AccountStore store(path);
    EXPECT_FALSE(store.load().ok);
    ASSERT_EQ(store.accounts().size(), 2) << "one wrongly typed field hides only its own entry";
    EXPECT_EQ(store.accounts().at(0), first);
    EXPECT_EQ(store.accounts().at(1), third);
    EXPECT_TRUE(store.canSave());
    const QStringList entries = store.entryProblems();
    ASSERT_EQ(entries.size(), 2);
    // Which entry, which field, what is wrong.
    EXPECT_TRUE(entries.at(0).contains(QStringLiteral("entry 2"))) << entries.at(0).toStdString();
    EXPECT_TRUE(entries.at(0).contains(QStringLiteral("eva@example.es")));
    EXPECT_TRUE(entries.at(0).contains(QStringLiteral("\"port\"")));
    EXPECT_TRUE(entries.at(0).contains(QStringLiteral("\"587\"")));
    EXPECT_TRUE(entries.at(1).contains(QStringLiteral("entry 4"))) << entries.at(1).toStdString();
    EXPECT_TRUE(entries.at(1).contains(QStringLiteral("42")));
    for (const QString &entry : entries)
        EXPECT_TRUE(store.problem().contains(entry));
    EXPECT_TRUE(store.problem().contains(path));
}

TEST(AccountStore, EachFieldProblemIsNamed)
{
    const struct {
        const char *field;
        QJsonValue value;
        const char *expected;
    } cases[] = {
        {"id", QJsonValue(QJsonValue::Undefined), "the field \"id\" is missing"},
        {"id", QJsonValue(QJsonValue::Null), "the field \"id\" must be text, not null"},
        {"address", QStringLiteral(" "), "the field \"address\" is empty"},
        {"host", 7, "the field \"host\" must be text, not 7"},
        {"port", 70000, "the field \"port\" must be a whole number from 1 to 65535, not 70000"},
        {"port", 46.5, "not 46.5"},
        {"security", QStringLiteral("ssl3"),
         "the field \"security\" must be \"tls\", \"starttls\" or \"none\", not \"ssl3\""},
        {"signIn", QStringLiteral("magic"), "the field \"signIn\" must be one of app-password"},
        {"displayName", QJsonArray{1}, "the field \"displayName\" must be text, not [1]"},
        {"pinnedSha256", QStringLiteral("AB:CD"), "the field \"pinnedSha256\" must be a SHA-256 fingerprint"},
        {"imapPinnedSha256", QStringLiteral("AB:CD"), "the field \"imapPinnedSha256\" must be a SHA-256 fingerprint"},
        {"verifiedAt", QStringLiteral("yesterday"), "the field \"verifiedAt\" must be a date and time"},
        {"imap", QStringLiteral("imap.example.es"),
         "the field \"imap\" must be an object with \"host\", \"port\" and \"security\", not \"imap.example.es\""},
        {"imap", QJsonObject{{QStringLiteral("port"), 993}},
         "the field \"imap.host\" must be a server name, not nothing"},
        {"imap", QJsonObject{{QStringLiteral("host"), QStringLiteral("imap.example.es")}, {QStringLiteral("port"), 0}},
         "the field \"imap.port\" must be a whole number from 1 to 65535, not 0"},
        {"imap",
         QJsonObject{{QStringLiteral("host"), QStringLiteral("imap.example.es")},
                     {QStringLiteral("security"), QStringLiteral("ssl")}},
         "the field \"imap.security\" must be \"tls\" or \"starttls\", not \"ssl\""},
    };
    for (const auto &c : cases) {
        QJsonObject object = entryOf(sample());
        if (c.value.isUndefined())
            object.remove(QLatin1String(c.field));
        else
            object.insert(QLatin1String(c.field), c.value);
        QString error;
        EXPECT_FALSE(Account::fromJson(object, &error)) << c.field;
        EXPECT_TRUE(error.contains(QLatin1String(c.expected))) << c.field << ": " << error.toStdString();
    }
    QString error;
    EXPECT_TRUE(Account::fromJson(entryOf(sample()), &error)) << error.toStdString();
}

// The mailbox's IMAP server: absent in files written before it existed (not set), written as an object, and
// completed from its security when the port is left out.
TEST(AccountStore, TheImapServerIsOptionalAndStoredAsAnObject)
{
    QJsonObject object = entryOf(sample());
    EXPECT_EQ(object.value(QStringLiteral("imap")).toObject(),
              (QJsonObject{{QStringLiteral("host"), QStringLiteral("imap.example.es")},
                           {QStringLiteral("port"), 143},
                           {QStringLiteral("security"), QStringLiteral("starttls")}}));
    object.remove(QStringLiteral("imap"));
    QString error;
    std::optional<Account> old = Account::fromJson(object, &error);
    ASSERT_TRUE(old) << error.toStdString();
    EXPECT_FALSE(old->imap.isSet());
    EXPECT_FALSE(old->toJson().contains(QStringLiteral("imap"))) << "not set: not written";
    object.insert(QStringLiteral("imap"), QJsonValue::Null);
    ASSERT_TRUE(Account::fromJson(object, &error)) << error.toStdString();

    object.insert(QStringLiteral("imap"), QJsonObject{{QStringLiteral("host"), QStringLiteral("imap.example.es")}});
    std::optional<Account> hostOnly = Account::fromJson(object, &error);
    ASSERT_TRUE(hostOnly) << error.toStdString();
    EXPECT_EQ(
        hostOnly->imap,
        (remitente::imap::ImapServer{QStringLiteral("imap.example.es"), 993, remitente::imap::ImapSecurity::Tls}));
    object.insert(QStringLiteral("imap"),
                  QJsonObject{{QStringLiteral("host"), QStringLiteral("imap.example.es")},
                              {QStringLiteral("security"), QStringLiteral("starttls")}});
    EXPECT_EQ(Account::fromJson(object, &error)->imap.port, 143) << "the port follows the security";
}

TEST(AccountStore, AListOfNumbersIsNotCalledValidJson)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    writeAll(path, "[1,2,3]");
    AccountStore store(path);
    EXPECT_FALSE(store.load().ok);
    const std::string problem = store.problem().toStdString();
    EXPECT_EQ(store.problem().indexOf(QStringLiteral("no error occurred")), -1) << problem;
    EXPECT_EQ(store.problem().indexOf(QStringLiteral("not valid JSON")), -1) << problem;
    EXPECT_TRUE(store.problem().contains(QStringLiteral("[1,2,3]"))) << problem;
    EXPECT_TRUE(store.problem().contains(QStringLiteral("\"schema\" and \"accounts\""))) << problem;
    EXPECT_EQ(readAll(path), "[1,2,3]");
}

TEST(AccountStore, AnEndlessFileIsNotReadWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    writeAll(path, "{\"schema\": 1, \"accounts\": [" + QByteArray(5 * 1024 * 1024, ' ') + "]}");
    AccountStore store(path);
    EXPECT_FALSE(store.load().ok);
    EXPECT_TRUE(store.problem().contains(QStringLiteral("larger than 4 MB"))) << store.problem().toStdString();
}

TEST(AccountStore, OtherWholeFileProblemsAreSpecific)
{
    const struct {
        QByteArray content;
        const char *expected;
    } cases[] = {
        {"{\"accounts\": []}", "no \"schema\" version"},
        {"{\"schema\": \"one\", \"accounts\": []}", "its \"schema\" is the text \"one\""},
        {"{\"schema\": 1}", "no \"accounts\" list"},
        {"{\"schema\": 1, \"accounts\": {}}", "its \"accounts\" is an object, not a list"},
        {"{\"schema\": 1.5, \"accounts\": []}", "its \"schema\" is the number 1.5, not a version number"},
        {"{\"schema\": 1, \"accounts\": [}", "not valid JSON"},
    };
    for (const auto &c : cases) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        writeAll(path, c.content);
        AccountStore store(path);
        EXPECT_FALSE(store.load().ok);
        EXPECT_TRUE(store.problem().contains(QLatin1String(c.expected)))
            << c.content.constData() << ": " << store.problem().toStdString();
        EXPECT_FALSE(store.canSave()) << c.content.constData();
    }
}

TEST(AccountStore, AFileThatCannotBeReadIsNeverReplaced)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    const QByteArray damaged = "{\"schema\": 1, \"accounts\": [ {\"id\": \"x\", \"addr";
    writeAll(path, damaged);
    AccountStore store(path);
    store.load();
    store.upsert(sample());
    QString error;
    EXPECT_FALSE(store.save(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("not valid JSON"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("Nothing was saved"))) << error.toStdString();
    EXPECT_EQ(readAll(path), damaged);
    EXPECT_EQ(filesIn(dir.path()),
              (QStringList{QStringLiteral("accounts.json"), QStringLiteral("accounts.json.lock")}));
}

TEST(AccountStore, AnEmptyFileIsSaidAndMayBeReplaced)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    writeAll(path, "");
    AccountStore store(path);
    EXPECT_FALSE(store.load().ok);
    EXPECT_TRUE(store.problem().contains(QStringLiteral("empty")));
    EXPECT_TRUE(store.canSave()) << "there is nothing in it to lose";
    store.upsert(sample());
    QString error;
    ASSERT_TRUE(store.save(&error)) << error.toStdString();
    EXPECT_TRUE(store.problem().isEmpty());
    AccountStore again(path);
    EXPECT_TRUE(again.load().ok);
    EXPECT_EQ(again.accounts().size(), 1);
}

TEST(AccountStore, SavingKeepsTheEntriesItCouldNotRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    QJsonObject wrongPort = entryOf(sample());
    wrongPort.insert(QStringLiteral("port"), QStringLiteral("587"));
    wrongPort.insert(QStringLiteral("comment"), QStringLiteral("a field of another version"));
    const Account kept = sample();
    writeAll(path, listOf({wrongPort, entryOf(kept), QStringLiteral("junk")}));

    AccountStore store(path);
    store.load();
    ASSERT_EQ(store.accounts().size(), 1);
    Account added = sample();
    added.id = Account::newId();
    added.address = QStringLiteral("nuevo@example.es");
    store.upsert(added);
    QString error;
    ASSERT_TRUE(store.save(&error)) << error.toStdString();

    const QJsonArray saved
        = QJsonDocument::fromJson(readAll(path)).object().value(QStringLiteral("accounts")).toArray();
    ASSERT_EQ(saved.size(), 4);
    EXPECT_EQ(saved.at(0), wrongPort) << "a damaged entry is written back unchanged, in its place";
    EXPECT_EQ(saved.at(1), entryOf(kept));
    EXPECT_EQ(saved.at(2), QJsonValue(QStringLiteral("junk")));
    EXPECT_EQ(saved.at(3), entryOf(added));
    EXPECT_EQ(store.accounts().size(), 2);
    EXPECT_EQ(store.entryProblems().size(), 2) << "still said after the save";
}

TEST(AccountStore, ChangesApplyToTheListAsItIsWhenSaved)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    AccountStore app(path);
    AccountStore script(path);
    app.load();
    script.load(); // both read the same (empty) list, as the app at startup and a cron job would
    Account fromApp = sample();
    Account fromScript = sample();
    fromScript.id = Account::newId();
    fromScript.address = QStringLiteral("script@example.es");
    script.upsert(fromScript);
    QString error;
    ASSERT_TRUE(script.save(&error)) << error.toStdString();
    app.upsert(fromApp);
    ASSERT_TRUE(app.save(&error)) << error.toStdString();
    EXPECT_EQ(app.accounts().size(), 2) << "after a save the copy holds what was written";

    AccountStore reread(path);
    reread.load();
    ASSERT_EQ(reread.accounts().size(), 2) << "the account the other copy added is not lost";

    // A removal applies to what is there, and keeps what the other copy changed meanwhile.
    Account changed = fromScript;
    changed.displayName = QStringLiteral("Renamed by the script");
    script.load();
    script.upsert(changed);
    ASSERT_TRUE(script.save(&error));
    EXPECT_TRUE(app.remove(fromApp.id));
    ASSERT_TRUE(app.save(&error)) << error.toStdString();
    reread.load();
    ASSERT_EQ(reread.accounts().size(), 1);
    EXPECT_EQ(reread.accounts().first(), changed);

    // A change to an account that another copy removed meanwhile does not bring it back.
    AccountStore stale(path);
    stale.load();
    script.load();
    ASSERT_TRUE(script.remove(fromScript.id));
    ASSERT_TRUE(script.save(&error));
    changed.port = 2525;
    stale.upsert(changed);
    EXPECT_FALSE(stale.save(&error));
    EXPECT_TRUE(error.contains(fromScript.address)) << error.toStdString();
    EXPECT_TRUE(stale.accounts().isEmpty());
    reread.load();
    EXPECT_TRUE(reread.accounts().isEmpty());
}

#ifdef Q_OS_UNIX
TEST(AccountStore, PrivateModesWhateverTheUmask)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("config/Remitente"));
    const QString path = folder + QStringLiteral("/accounts.json");
    const mode_t previous = ::umask(0);
    AccountStore store(path);
    store.load();
    store.upsert(sample());
    QString error;
    const bool saved = store.save(&error);
    ::umask(previous);
    ASSERT_TRUE(saved) << error.toStdString();
    auto mode = [](const QString &file) {
        struct stat status = {};
        ::stat(QFile::encodeName(file).constData(), &status);
        return status.st_mode & 07777;
    };
    EXPECT_EQ(mode(folder), 0700u);
    EXPECT_EQ(mode(dir.filePath(QStringLiteral("config"))), 0700u) << "a parent created for it too";
    EXPECT_EQ(mode(path), 0600u);
    EXPECT_EQ(mode(store.lockPath()), 0600u);

    // Left looser by an older version: made private on the next save.
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    ::chmod(QFile::encodeName(path).constData(), 0644);
    ::chmod(QFile::encodeName(store.lockPath()).constData(), 0666);
    const mode_t open = ::umask(0);
    store.upsert(sample());
    const bool again = store.save(&error);
    ::umask(open);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(mode(folder), 0700u);
    EXPECT_EQ(mode(path), 0600u);
    EXPECT_EQ(mode(store.lockPath()), 0600u);
}
#endif

TEST(AccountStore, IncompleteEntryCountsAsDamaged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    writeAll(path, "{\"schema\": 1, \"accounts\": [{\"id\": \"x\"}]}");
    AccountStore store(path);
    const AccountStore::LoadResult result = store.load();
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QStringLiteral("entry 1 (\"x\"): the field \"address\" is missing")))
        << result.error.toStdString();
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

TEST(AccountStoreWatcher, ReloadsWhenAnotherCopySavesAndOnlyThen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config/accounts.json"));
    AccountStore watched(path);
    watched.load();
    Account unsaved = sample();
    watched.upsert(unsaved); // not saved: an unrelated change in the folder must not throw it away
    AccountStoreWatcher watcher(watched);
    int reloads = 0;
    QObject::connect(&watcher, &AccountStoreWatcher::reloaded, [&] { ++reloads; });

    QDir().mkpath(dir.filePath(QStringLiteral("config")));
    writeAll(dir.filePath(QStringLiteral("config/other-file")), "x");
    QTest::qWait(300);
    EXPECT_EQ(reloads, 0);
    EXPECT_EQ(watched.accounts().size(), 1);

    // Another process (here another copy) saves twice: the folder appears, then the file is replaced.
    AccountStore other(path);
    other.load();
    for (const char *address : {"uno@example.es", "dos@example.es"}) {
        Account account = sample();
        account.id = Account::newId();
        account.address = QString::fromLatin1(address);
        other.upsert(account);
        QString error;
        ASSERT_TRUE(other.save(&error)) << error.toStdString();
        const int before = reloads;
        EXPECT_TRUE(QTest::qWaitFor([&] { return watched.find(QString::fromLatin1(address)).has_value(); }, 5000))
            << address;
        EXPECT_GT(reloads, before);
    }
    EXPECT_EQ(watched.accounts().size(), 2) << "the file as it is now (the unsaved change was this copy's own)";
}
