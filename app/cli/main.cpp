// remitente-cli: the same verified sending as the app, for scripts and other programs.
#include "CommandRegistry.h"

#include "Translations.h"
#include "system/ProcessHardening.h"

#include <QCoreApplication>
#include <QFileInfo>

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

    remitente::cli::CommandRegistry commands;
    QStringList arguments = QCoreApplication::arguments();
    // Installed also as remitente-sendmail: called by that name, it is `remitente-cli sendmail`.
    if (QFileInfo(arguments.value(0)).fileName().endsWith(QLatin1String("sendmail")))
        arguments.insert(1, QStringLiteral("sendmail"));
    if (const std::optional<int> done = commands.dispatch(arguments))
        return *done;
    return QCoreApplication::exec();
}
