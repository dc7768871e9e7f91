// remitente: the desktop app.
#include "AppIcons.h"
#include "FirstPaintReporter.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "TestHooks.h"
#include "Translations.h"

#include "startup/Foundation.h"
#include "system/ProcessHardening.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QWizardPage>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
// Qt would abort with "could not connect to display"; say instead what to do.
bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}
} // namespace

int main(int argc, char **argv)
{
    // Before anything is read or written: private files and folders, and no core dump holding a password.
    remitente::system::hardenProcess();
    if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
        std::fputs("remitente " REMITENTE_VERSION "\n", stdout);
        return 0;
    }
    if (!displayAvailable()) {
        QCoreApplication app(argc, argv);
        remitente::installTranslations();
        QTextStream(stderr) << QCoreApplication::translate(
            "remitente::Main",
            "Remitente needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "- On a desktop, start it from the applications menu or a terminal inside the desktop session.\n"
            "- Over SSH, connect with \"ssh -X\" so windows open on your screen.\n"
            "- On a server, run it in a virtual display: xvfb-run -a remitente\n"
            "The command line works without a display: remitente-cli --help\n");
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Remitente"));
    QApplication::setOrganizationName(QStringLiteral("Remitente"));
    QApplication::setApplicationVersion(QStringLiteral(REMITENTE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.remitente.Remitente"));
    QApplication::setWindowIcon(remitente::appIcon());
    remitente::installTranslations();

    using namespace remitente;
    // One Remitente per user: a second start brings the first one's window to the front, and ends.
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ui::SingleInstance instance(dataFolder);
    if (!instance.claim()) {
        QObject::connect(&instance, &ui::SingleInstance::finished, &app, [](bool shown) {
            if (!shown)
                QTextStream(stderr) << QCoreApplication::translate(
                    "remitente::Main",
                    "Remitente is already running, but it does not answer. Close it (or end it "
                    "in the system monitor) and start it again.\n");
            QCoreApplication::exit(shown ? 0 : 1);
        });
        instance.askFirstToShow();
        return QApplication::exec();
    }
    startup::Foundation foundation;
    std::optional<startup::StartFailure> failure = foundation.open();
    if (!failure)
        failure = foundation.openOutbox();
    if (failure) {
        QTextStream(stderr) << failure->message << Qt::endl;
        return failure->kind == startup::StartFailure::Kind::Catalogue ? 70 : 74;
    }
    net::SystemDnsResolver resolver;
    outbox::Outbox &sender = foundation.outbox();
    ui::AppServices services;
    services.catalogue = &foundation.catalogue();
    services.resolver = &resolver;
    services.secrets = &foundation.secrets();
    services.planner = &foundation.planner();
    services.store = &foundation.accounts();
    services.outboxStore = &foundation.outboxStore();
    services.sentLog = &foundation.outboxStore(); // the wizard's test email in the sent log
    services.outbox = &sender;
    services.draftsFolder = dataFolder + QStringLiteral("/drafts");
    QSettings settings;
    services.settings = &settings;

    ui::MainWindow window(services);
    QObject::connect(&instance, &ui::SingleInstance::showRequested, &window, &ui::MainWindow::bringToFront);
    window.show();
    // What could not be read from the account list is shown above the accounts until it is fixed.
    // What was queued before (or left sending by a crash) goes out now; unsent drafts come back.
    sender.start(true);
    window.reopenDrafts();
    // First start: straight to the wizard, the only thing to do before there is an account.
    QWidget *firstSeen = &window;
    if (foundation.accounts().accounts().isEmpty() && foundation.loadedAccounts().ok)
        firstSeen = window.addAccount()->currentPage();
    if (qEnvironmentVariableIsSet("REMITENTE_REPORT_FIRST_PAINT"))
        firstSeen->installEventFilter(new FirstPaintReporter(&window));
    runTestHooks(window, instance);
    return QApplication::exec();
}
