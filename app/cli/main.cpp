// remitente-cli: the same verified sending as the app, for scripts and other programs.
#include "CommandRegistry.h"

#include "Translations.h"
#include "system/ProcessHardening.h"

#include <QCoreApplication>

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
    if (const std::optional<int> done = commands.dispatch(QCoreApplication::arguments()))
        return *done;
    return QCoreApplication::exec();
}
