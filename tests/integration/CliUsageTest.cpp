// remitente-cli's usage and --help texts, as a program: the list of commands comes from the command registry, and
// every command and action names itself in its usage line. No mail server needed: nothing here connects or saves.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    const QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(REMITENTE_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QStringList commands{QStringLiteral("send"),    QStringLiteral("verify"),    QStringLiteral("compose"),
                           QStringLiteral("account"), QStringLiteral("detect"),    QStringLiteral("check-domain"),
                           QStringLiteral("queue"),   QStringLiteral("test-email")};

void expectEveryCommandListed(const QString &usage)
{
    EXPECT_TRUE(usage.startsWith(QStringLiteral("Usage: remitente-cli <command> [options]\n"))) << usage.toStdString();
    for (const QString &command : commands) {
        const QRegularExpression line(QStringLiteral("\n  %1 +\\S").arg(QRegularExpression::escape(command)));
        EXPECT_TRUE(line.match(usage).hasMatch()) << command.toStdString() << " is not listed in\n"
                                                  << usage.toStdString();
    }
}

} // namespace

TEST(CliUsage, HelpListsEveryRegisteredCommand)
{
    const CliRun help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    expectEveryCommandListed(help.out);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Run \"remitente-cli <command> --help\" for a command's options.")));
    EXPECT_EQ(runCli({QStringLiteral("help")}).out, help.out);
    EXPECT_EQ(runCli({QStringLiteral("-h")}).out, help.out);
}

TEST(CliUsage, NoCommandExits64WithTheUsageOnStandardError)
{
    const CliRun bare = runCli({});
    EXPECT_EQ(bare.exitCode, 64);
    EXPECT_TRUE(bare.out.isEmpty());
    expectEveryCommandListed(bare.err);
}

TEST(CliUsage, UnknownCommandExits64WithTheUsage)
{
    const CliRun unknown = runCli({QStringLiteral("frobnicate"), QStringLiteral("--help")});
    EXPECT_EQ(unknown.exitCode, 64);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(unknown.err.startsWith(QStringLiteral("Unknown command \"frobnicate\".\n\n")))
        << unknown.err.toStdString();
    expectEveryCommandListed(unknown.err.sliced(unknown.err.indexOf(QStringLiteral("Usage:"))));
}

TEST(CliUsage, EveryCommandAndActionNamesItselfInItsHelp)
{
    const QList<std::pair<QString, QString>> expected{
        {QStringLiteral("send"), QStringLiteral("Usage: remitente-cli send [options] [message...]\n")},
        {QStringLiteral("verify"), QStringLiteral("Usage: remitente-cli verify [options]\n")},
        {QStringLiteral("compose"), QStringLiteral("Usage: remitente-cli compose [options]\n")},
        {QStringLiteral("detect"), QStringLiteral("Usage: remitente-cli detect [options] email\n")},
        {QStringLiteral("check-domain"), QStringLiteral("Usage: remitente-cli check-domain [options] domain\n")},
        {QStringLiteral("account"),
         QStringLiteral("Usage: remitente-cli account [options] add|list|show|edit|set|login|remove|snippet\n")},
        {QStringLiteral("account login"), QStringLiteral("Usage: remitente-cli account login [options] ID|ADDRESS\n")},
        {QStringLiteral("account add"), QStringLiteral("Usage: remitente-cli account add [options]\n")},
        {QStringLiteral("account list"), QStringLiteral("Usage: remitente-cli account list [options]\n")},
        {QStringLiteral("account show"), QStringLiteral("Usage: remitente-cli account show [options] ID|ADDRESS\n")},
        {QStringLiteral("account set"), QStringLiteral("Usage: remitente-cli account set [options] ID|ADDRESS\n")},
        {QStringLiteral("account edit"), QStringLiteral("Usage: remitente-cli account edit [options] ID|ADDRESS\n")},
        {QStringLiteral("test-email"), QStringLiteral("Usage: remitente-cli test-email [options]\n")},
        {QStringLiteral("account remove"),
         QStringLiteral("Usage: remitente-cli account remove [options] ID|ADDRESS\n")},
        {QStringLiteral("queue"), QStringLiteral("Usage: remitente-cli queue [options] list|retry|remove|run\n")},
        {QStringLiteral("queue list"), QStringLiteral("Usage: remitente-cli queue list [options]\n")},
        {QStringLiteral("queue retry"), QStringLiteral("Usage: remitente-cli queue retry [options] ID|--all\n")},
        {QStringLiteral("queue remove"), QStringLiteral("Usage: remitente-cli queue remove [options] ID\n")},
        {QStringLiteral("queue run"), QStringLiteral("Usage: remitente-cli queue run [options]\n")},
    };
    for (const auto &[words, usageLine] : expected) {
        const CliRun help = runCli(words.split(u' ') << QStringLiteral("--help"));
        EXPECT_EQ(help.exitCode, 0) << words.toStdString();
        EXPECT_TRUE(help.out.startsWith(usageLine)) << words.toStdString() << ":\n" << help.out.toStdString();
        EXPECT_FALSE(help.out.contains(QStringLiteral(REMITENTE_CLI_PATH)))
            << "the binary's path, for " << words.toStdString();
        EXPECT_TRUE(help.err.isEmpty()) << help.err.toStdString();
    }
}

TEST(CliUsage, ActionsHelpShowsOnlyTheirOwnOptions)
{
    const CliRun run = runCli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--help")});
    EXPECT_TRUE(run.out.contains(QStringLiteral("--json")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("--state"))) << run.out.toStdString();
    const CliRun list = runCli({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--help")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("--state")));
    const CliRun account = runCli({QStringLiteral("account"), QStringLiteral("--help")});
    for (const char *action : {"add", "list", "show", "edit", "set", "login", "remove"})
        EXPECT_TRUE(account.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(action))))
            << account.out.toStdString();
}

TEST(CliUsage, AccountWithoutAKnownActionIsStillAUsageError)
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("account")},
                                         QStringList{QStringLiteral("account"), QStringLiteral("frobnicate")}}) {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 64);
        EXPECT_EQ(run.err,
                  QStringLiteral("Usage: remitente-cli account add|list|show|edit|set|login|remove|snippet ...\n"));
    }
    const CliRun remove = runCli({QStringLiteral("account"), QStringLiteral("remove")});
    EXPECT_EQ(remove.exitCode, 64);
    EXPECT_EQ(remove.err, QStringLiteral("Usage: remitente-cli account remove ID|ADDRESS\n"));
}
