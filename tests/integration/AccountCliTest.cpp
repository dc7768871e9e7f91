// remitente-cli and the account list, as real processes sharing one config folder: parallel writers, damaged files.
// No mail server needed.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A config and a data folder of its own, as if it were another user's home.
struct Home {
    QTemporaryDir folder;
    QString accountsPath() const { return folder.filePath(QStringLiteral("config/Remitente/Remitente/accounts.json")); }

    std::unique_ptr<QProcess> start(const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), folder.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(REMITENTE_CLI_PATH), arguments);
        return process;
    }

    CliRun run(const QStringList &arguments) const
    {
        const std::unique_ptr<QProcess> process = start(arguments);
        EXPECT_TRUE(process->waitForFinished(60000));
        return {process->exitCode(), process->readAllStandardOutput(), process->readAllStandardError()};
    }

    void write(const QByteArray &content) const
    {
        QDir().mkpath(QFileInfo(accountsPath()).absolutePath());
        QFile file(accountsPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    QByteArray read() const
    {
        QFile file(accountsPath());
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }
};

QStringList addArguments(int n)
{
    return {QStringLiteral("account"),   QStringLiteral("add"),
            QStringLiteral("--address"), QStringLiteral("user%1@example.test").arg(n),
            QStringLiteral("--host"),    QStringLiteral("mail.example.test"),
            QStringLiteral("--sign-in"), QStringLiteral("none")};
}

const QByteArray goodEntry = R"({"id": "good-1", "address": "ana@example.test", "host": "mail.example.test",
    "port": 465, "security": "tls", "signIn": "none", "username": "ana@example.test"})";
const QByteArray badEntry = R"({"id": "bad-1", "address": "eva@example.test", "host": "mail.example.test",
    "port": "587", "security": "starttls", "signIn": "none"})";

} // namespace

TEST(AccountCli, TenParallelAddsKeepTenAccounts)
{
    Home home;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 10; ++i)
        processes.push_back(home.start(addArguments(i)));
    for (auto &process : processes) {
        ASSERT_TRUE(process->waitForFinished(60000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().constData();
    }
    const CliRun list = home.run({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(list.exitCode, 0) << list.err.constData();
    const QJsonArray accounts = QJsonDocument::fromJson(list.out).array();
    EXPECT_EQ(accounts.size(), 10) << list.out.constData();
    QStringList addresses;
    for (const QJsonValue &account : accounts)
        addresses.append(account.toObject().value(QStringLiteral("address")).toString());
    for (int i = 0; i < 10; ++i)
        EXPECT_TRUE(addresses.contains(QStringLiteral("user%1@example.test").arg(i))) << i;
}

TEST(AccountCli, AReadOnlyCommandLeavesADamagedListInPlace)
{
    Home home;
    const QByteArray damaged = "{\"schema\": 1, \"accounts\": [" + goodEntry + ", {\"id\": ";
    home.write(damaged);
    for (const QStringList &command : {QStringList{QStringLiteral("queue"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("account"), QStringLiteral("list")}}) {
        const CliRun run = home.run(command);
        EXPECT_TRUE(run.err.contains("not valid JSON"))
            << command.join(u' ').toStdString() << ": " << run.err.constData();
        EXPECT_EQ(home.read(), damaged) << command.join(u' ').toStdString();
        EXPECT_EQ(QDir(QFileInfo(home.accountsPath()).absolutePath()).entryList(QDir::Files),
                  QStringList{QStringLiteral("accounts.json")})
            << "nothing moved aside or created by " << command.join(u' ').toStdString();
    }
}

TEST(AccountCli, ListingADamagedListSaysSoAndFails)
{
    Home home;
    home.write("{\"schema\": 1, \"accounts\": [" + goodEntry + ", " + badEntry + "]}");
    const CliRun list = home.run({QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 78) << "EX_CONFIG";
    EXPECT_TRUE(list.out.contains("ana@example.test")) << "the valid account is still listed";
    EXPECT_FALSE(list.out.contains("eva@example.test"));
    EXPECT_TRUE(list.err.contains("entry 2 (\"eva@example.test\")")) << list.err.constData();
    EXPECT_TRUE(list.err.contains("the field \"port\" must be a whole number from 1 to 65535, not \"587\""))
        << list.err.constData();

    const CliRun show
        = home.run({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("eva@example.test")});
    EXPECT_EQ(show.exitCode, 78) << "not a usage error: the account may be the damaged entry";
    EXPECT_TRUE(show.err.contains("entry 2")) << show.err.constData();

    // An account added beside them: the damaged entry stays in the file as it was.
    const CliRun add = home.run(addArguments(1));
    EXPECT_EQ(add.exitCode, 0) << add.err.constData();
    const QJsonArray saved = QJsonDocument::fromJson(home.read()).object().value(QStringLiteral("accounts")).toArray();
    ASSERT_EQ(saved.size(), 3);
    EXPECT_EQ(saved.at(1).toObject(), QJsonDocument::fromJson(badEntry).object());
}

TEST(AccountCli, ANonJsonListIsNeitherListedAsEmptyNorReplaced)
{
    Home home;
    home.write("[1,2,3]");
    const CliRun list = home.run({QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 78);
    EXPECT_FALSE(list.err.contains("no error occurred")) << list.err.constData();
    EXPECT_TRUE(list.err.contains("[1,2,3]")) << list.err.constData();
    const CliRun add = home.run(addArguments(1));
    EXPECT_EQ(add.exitCode, 78) << add.err.constData();
    EXPECT_EQ(home.read(), "[1,2,3]");
}

TEST(AccountCli, SetChangesAliasesAndTheBackupAndShowPrintsThem)
{
    Home home;
    home.write(R"({"schema": 1, "accounts": [)" + goodEntry + R"(,
        {"id": "bea-1", "address": "bea@example.test", "host": "mail.example.test", "port": 465,
         "security": "tls", "signIn": "none", "username": "bea@example.test"}]})");
    auto show = [&](const QString &key) {
        const CliRun run = home.run({QStringLiteral("account"), QStringLiteral("show"), key});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out).object();
    };
    QJsonObject shown = show(QStringLiteral("ana@example.test"));
    EXPECT_EQ(shown.value(QStringLiteral("aliases")).toArray(), QJsonArray()) << "printed also when not set";
    EXPECT_EQ(shown.value(QStringLiteral("backupAccountId")).toString(), QString());
    EXPECT_EQ(shown.value(QStringLiteral("rewriteForeignFrom")), QJsonValue(false));

    CliRun run = home.run({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("ana@example.test"),
                           QStringLiteral("--alias"), QStringLiteral("ventas@example.test"), QStringLiteral("--alias"),
                           QStringLiteral("Ana <info@example.test>"), QStringLiteral("--rewrite-from"),
                           QStringLiteral("yes"), QStringLiteral("--backup"), QStringLiteral("bea@example.test"),
                           QStringLiteral("--backup-from"), QStringLiteral("Ana <ana.respaldo@example.test>")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    shown = show(QStringLiteral("good-1"));
    EXPECT_EQ(shown.value(QStringLiteral("aliases")).toArray(),
              (QJsonArray{QStringLiteral("ventas@example.test"), QStringLiteral("info@example.test")}));
    EXPECT_EQ(shown.value(QStringLiteral("rewriteForeignFrom")), QJsonValue(true));
    EXPECT_EQ(shown.value(QStringLiteral("backupAccountId")).toString(), QStringLiteral("bea-1"));
    EXPECT_EQ(shown.value(QStringLiteral("backupAddress")).toString(), QStringLiteral("bea@example.test"));
    EXPECT_EQ(shown.value(QStringLiteral("backupFrom")).toString(), QStringLiteral("Ana <ana.respaldo@example.test>"));

    // Refused, and nothing changed: no such backup, itself as its own backup, addresses that do not parse.
    const QByteArray before = home.read();
    for (const QStringList &wrong : {QStringList{QStringLiteral("--backup"), QStringLiteral("nobody@example.test")},
                                     QStringList{QStringLiteral("--backup"), QStringLiteral("good-1")},
                                     QStringList{QStringLiteral("--alias"), QStringLiteral("not an address")},
                                     QStringList{QStringLiteral("--backup-from"), QStringLiteral("ana@")},
                                     QStringList{QStringLiteral("--rewrite-from"), QStringLiteral("maybe")}}) {
        run = home.run(QStringList{QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("good-1")} + wrong);
        EXPECT_EQ(run.exitCode, 64) << wrong.join(u' ').toStdString();
        EXPECT_FALSE(run.err.isEmpty());
    }
    EXPECT_EQ(home.read(), before);

    run = home.run({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("good-1"),
                    QStringLiteral("--no-aliases"), QStringLiteral("--backup"), QStringLiteral("none"),
                    QStringLiteral("--backup-from"), QString()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    shown = show(QStringLiteral("good-1"));
    EXPECT_EQ(shown.value(QStringLiteral("aliases")).toArray(), QJsonArray());
    EXPECT_EQ(shown.value(QStringLiteral("backupAccountId")).toString(), QString());
    EXPECT_EQ(shown.value(QStringLiteral("backupFrom")).toString(), QString());
    EXPECT_EQ(shown.value(QStringLiteral("rewriteForeignFrom")), QJsonValue(true)) << "not given: unchanged";
}

// Issue 16: where the account's mailbox is read. account add takes it from the catalogue (or beside the SMTP
// server) unless --imap-host/--imap-port/--imap-security say otherwise; account edit (also: set) changes it; show
// prints it.
TEST(AccountCli, TheMailboxServerComesFromTheCatalogueOrTheOptionsAndEditChangesIt)
{
    Home home;
    auto show = [&](const QString &key) {
        const CliRun run = home.run({QStringLiteral("account"), QStringLiteral("show"), key});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("imap"));
    };
    auto imap = [](const char *host, int port, const char *security) {
        return QJsonValue(QJsonObject{{QStringLiteral("host"), QLatin1String(host)},
                                      {QStringLiteral("port"), port},
                                      {QStringLiteral("security"), QLatin1String(security)}});
    };
    auto add = [&](const QStringList &more) {
        return home.run(QStringList{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--sign-in"),
                                    QStringLiteral("none")}
                        + more);
    };
    CliRun run = add({QStringLiteral("--address"), QStringLiteral("ana@gmail.com"), QStringLiteral("--provider"),
                      QStringLiteral("gmail")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(show(QStringLiteral("ana@gmail.com")), imap("imap.gmail.com", 993, "tls"));

    run = add({QStringLiteral("--address"), QStringLiteral("bea@example.test"), QStringLiteral("--host"),
               QStringLiteral("smtp.example.test")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(show(QStringLiteral("bea@example.test")), imap("imap.example.test", 993, "tls")) << "the imap. twin";

    run = add({QStringLiteral("--address"), QStringLiteral("eva@example.test"), QStringLiteral("--host"),
               QStringLiteral("mail.example.test"), QStringLiteral("--imap-host"), QStringLiteral("buzon.example.test"),
               QStringLiteral("--imap-security"), QStringLiteral("starttls")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(show(QStringLiteral("eva@example.test")), imap("buzon.example.test", 143, "starttls"));

    run = add({QStringLiteral("--address"), QStringLiteral("sam@example.test"), QStringLiteral("--provider"),
               QStringLiteral("sendgrid")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(show(QStringLiteral("sam@example.test")), QJsonValue()) << "a sending service has no mailbox: null";

    // Refused, nothing saved.
    const QByteArray before = home.read();
    for (const QStringList &wrong : {QStringList{QStringLiteral("--imap-port"), QStringLiteral("0")},
                                     QStringList{QStringLiteral("--imap-security"), QStringLiteral("ssl")},
                                     QStringList{QStringLiteral("--imap-host"), QStringLiteral("imap example")}}) {
        run = add(QStringList{QStringLiteral("--address"), QStringLiteral("zoe@example.test"), QStringLiteral("--host"),
                              QStringLiteral("smtp.example.test")}
                  + wrong);
        EXPECT_EQ(run.exitCode, 64) << wrong.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains("imap")) << run.err.toStdString();
    }
    EXPECT_EQ(home.read(), before);

    // edit and set are the same command; only what is given changes.
    run = home.run({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("ana@gmail.com"),
                    QStringLiteral("--imap-port"), QStringLiteral("1993")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(show(QStringLiteral("ana@gmail.com")), imap("imap.gmail.com", 1993, "tls"));
    run = home.run({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("ana@gmail.com"),
                    QStringLiteral("--imap-host"), QStringLiteral("imap.example.org"),
                    QStringLiteral("--imap-security"), QStringLiteral("starttls")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(show(QStringLiteral("ana@gmail.com")), imap("imap.example.org", 143, "starttls"));
    run = home.run({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("ana@gmail.com"),
                    QStringLiteral("--imap-security"), QStringLiteral("tls"), QStringLiteral("--alias"),
                    QStringLiteral("ana.perez@gmail.com")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(show(QStringLiteral("ana@gmail.com")), imap("imap.example.org", 993, "tls"));
    run = home.run({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("ana@gmail.com"),
                    QStringLiteral("--imap-host"), QStringLiteral("none")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(show(QStringLiteral("ana@gmail.com")), QJsonValue()) << "none forgets it";
    const QJsonObject saved = QJsonDocument::fromJson(home.read()).object();
    for (const QJsonValue &entry : saved.value(QStringLiteral("accounts")).toArray()) {
        if (entry.toObject().value(QStringLiteral("address")) == QStringLiteral("ana@gmail.com")) {
            EXPECT_FALSE(entry.toObject().contains(QStringLiteral("imap"))) << "not written when not set";
            EXPECT_EQ(entry.toObject().value(QStringLiteral("aliases")).toArray().size(), 1);
        }
    }
    run = home.run({QStringLiteral("account"), QStringLiteral("edit"), QStringLiteral("ana@gmail.com"),
                    QStringLiteral("--imap-port"), QStringLiteral("70000")});
    EXPECT_EQ(run.exitCode, 64);
}

// test-email's refusals, before anything is sent (no server needed): no account, a wrong --to, and
// --confirm-delivery for an account whose mailbox nobody knows (a sending service: EX_CONFIG).
TEST(AccountCli, TestEmailRefusesBeforeSending)
{
    Home home;
    home.write(R"({"schema": 1, "accounts": [)" + goodEntry + "]}");
    CliRun run = home.run({QStringLiteral("test-email")});
    EXPECT_EQ(run.exitCode, 64);
    EXPECT_TRUE(run.err.contains("test-email --account")) << run.err.toStdString();
    run = home.run({QStringLiteral("test-email"), QStringLiteral("--account"), QStringLiteral("nobody@example.test")});
    EXPECT_EQ(run.exitCode, 64) << run.err.toStdString();
    run = home.run({QStringLiteral("test-email"), QStringLiteral("--account"), QStringLiteral("ana@example.test"),
                    QStringLiteral("--to"), QStringLiteral("not an address")});
    EXPECT_EQ(run.exitCode, 64) << run.err.toStdString();
    home.write(R"({"schema": 1, "accounts": [{"id": "brevo-1", "address": "ana@example.test", "host":
        "smtp-relay.brevo.com", "port": 587, "security": "starttls", "signIn": "none", "providerId": "brevo"}]})");
    run = home.run({QStringLiteral("test-email"), QStringLiteral("--account"), QStringLiteral("ana@example.test"),
                    QStringLiteral("--confirm-delivery"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--port"), QStringLiteral("1")});
    EXPECT_EQ(run.exitCode, 78) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("account edit brevo-1 --imap-host")) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << "nothing was tried: " << run.out.toStdString();
}
