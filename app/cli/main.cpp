// remitente-cli: the same verified sending as the app, for scripts and other programs.
#include "AccountCommand.h"
#include "ComposeCommand.h"
#include "CheckDomainCommand.h"
#include "DetectCommand.h"
#include "QueueCommand.h"
#include "ExitCode.h"
#include "SmtpCommand.h"

#include "Translations.h"
#include "system/ProcessHardening.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace remitente::cli;

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(remitente::cli::Main)
};

QString usage()
{
    return Text::tr("Usage: remitente-cli <command> [options]\n"
                    "\n"
                    "Commands:\n"
                    "  send     send messages through an SMTP server\n"
                    "  verify   check connection, security, sign-in, sender and recipients without sending\n"
                    "  compose  write a message to a file without sending it\n"
                    "  account  add, list, show or remove saved accounts (passwords in the system keychain)\n"
                    "  detect   find the outgoing server settings for an email address\n"
                    "  check-domain  check a sender domain's SPF, DKIM, DMARC and MX records\n"
                    "  queue    list, retry, remove or send the messages of the outbox (send --queue adds to it)\n"
                    "\n"
                    "Run \"remitente-cli <command> --help\" for a command's options.\n");
}
} // namespace

int main(int argc, char **argv)
{
    // Before anything is read or written: private files and folders, and no core dump holding a password.
    remitente::system::hardenProcess();
    QCoreApplication app(argc, argv);
    // The same name as the app, so both find the same account list (AppConfigLocation).
    QCoreApplication::setApplicationName(QStringLiteral("Remitente"));
    QCoreApplication::setOrganizationName(QStringLiteral("Remitente"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REMITENTE_VERSION));
    remitente::installTranslations();

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == u"help" || command == u"--help" || command == u"-h") {
        QTextStream(command.isEmpty() ? stderr : stdout) << usage();
        return command.isEmpty() ? ExUsage : ExOk;
    }
    if (command == u"--version") {
        QTextStream(stdout) << "remitente-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExOk;
    }
    arguments.removeAt(1);
    arguments[0] += u' ' + command;

    if (command == u"compose")
        return runCompose(arguments);
    if (command == u"detect") {
        DetectCommand detect;
        if (const std::optional<int> done = detect.start(arguments))
            return *done;
        return QCoreApplication::exec();
    }
    if (command == u"check-domain") {
        CheckDomainCommand check;
        if (const std::optional<int> done = check.start(arguments))
            return *done;
        return QCoreApplication::exec();
    }
    if (command == u"queue") {
        QueueCommand queue;
        if (const std::optional<int> done = queue.start(arguments))
            return *done;
        return QCoreApplication::exec();
    }
    if (command == u"account") {
        AccountCommand accountCommand;
        if (const std::optional<int> done = accountCommand.start(arguments))
            return *done;
        return QCoreApplication::exec();
    }
    std::unique_ptr<SmtpCommand> smtpCommand;
    if (command == u"send")
        smtpCommand = std::make_unique<SmtpCommand>(SmtpCommand::Mode::Send);
    else if (command == u"verify")
        smtpCommand = std::make_unique<SmtpCommand>(SmtpCommand::Mode::Verify);
    if (!smtpCommand) {
        QTextStream(stderr) << Text::tr("Unknown command \"%1\".").arg(command) << Qt::endl << Qt::endl << usage();
        return ExUsage;
    }
    if (const std::optional<int> early = smtpCommand->start(arguments))
        return *early;
    return QCoreApplication::exec();
}
