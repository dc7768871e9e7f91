// Not a test: drives the setup wizard through every page on a real X display (Xvfb) against the local test
// servers and saves a screenshot of each, for docs/ and the README. scripts/screenshots runs it per language.
//   wizard_tour OUTPUT_DIR LANG
#include "DiagnosisCard.h"
#include "TestMailServer.h"
#include "Translations.h"
#include "UiHarness.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTest>

using namespace remitente;

namespace {
QString outputDir;
QString language;

void shoot(QWidget *window, const QString &name)
{
    QTest::qWait(400); // let the window manager-less X server paint
    const QPixmap pixmap = window->screen()->grabWindow(window->winId());
    const QString path = QStringLiteral("%1/wizard-%2-%3.png").arg(outputDir, name, language);
    if (!pixmap.save(path))
        qFatal("could not save %s", qPrintable(path));
}

void next(ui::SetupWizard &wizard)
{
    QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 15000);
    wizard.next();
}

void type(ui::SetupWizard &wizard, const char *field, const QString &text)
{
    auto *edit = wizard.findChild<QLineEdit *>(QString::fromLatin1(field));
    edit->setFocus();
    edit->clear();
    edit->insert(text);
    Q_EMIT edit->textEdited(edit->text());
}

void waitForCheck(ui::SetupWizard &wizard)
{
    QTest::qWaitFor([&] { return wizard.findChild<QPushButton *>(QStringLiteral("sendTestEmail"))->isEnabled(); }, 20000);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installTranslations();
    outputDir = app.arguments().value(1, QStringLiteral("."));
    language = app.arguments().value(2, QStringLiteral("en"));

    {
        // A Gmail address: the provider's own app-password steps.
        testing::UiHarness harness;
        ui::SetupWizard wizard(harness.services);
        wizard.move(0, 0);
        wizard.resize(720, 560);
        wizard.show();
        QTest::qWaitForWindowExposed(&wizard);
        shoot(&wizard, QStringLiteral("1-welcome"));
        next(wizard);
        type(wizard, "nameEdit", QStringLiteral("Ana Pérez"));
        type(wizard, "addressEdit", QStringLiteral("ana.perez@gmail.com"));
        QTest::qWait(1000);
        shoot(&wizard, QStringLiteral("2-address"));
        next(wizard);
        shoot(&wizard, QStringLiteral("3-provider"));
        next(wizard);
        type(wizard, "passwordEdit", QStringLiteral("abcd efgh ijkl mnop"));
        shoot(&wizard, QStringLiteral("4-sign-in"));
    }
    {
        // The local server: a wrong password first, then the right one and a test email.
        testing::UiHarness harness;
        harness.trustTestCa();
        ui::SetupWizard wizard(harness.services);
        wizard.move(0, 0);
        wizard.resize(720, 560);
        wizard.show();
        QTest::qWaitForWindowExposed(&wizard);
        next(wizard);
        type(wizard, "nameEdit", QStringLiteral("Ana Pérez"));
        type(wizard, "addressEdit", testing::TestMailServer::user("ana"));
        QTest::qWait(1500);
        next(wizard);
        next(wizard);
        type(wizard, "passwordEdit", QStringLiteral("wrong password"));
        next(wizard);
        shoot(&wizard, QStringLiteral("5-server"));
        next(wizard);
        wizard.findChild<QPushButton *>(QStringLiteral("checkWithoutSending"))->click();
        waitForCheck(wizard);
        shoot(&wizard, QStringLiteral("6-check-failure"));
        wizard.findChild<QPushButton *>(QStringLiteral("action-edit-password"))->click();
        type(wizard, "passwordEdit", testing::TestMailServer::password());
        next(wizard);
        next(wizard);
        wizard.findChild<QPushButton *>(QStringLiteral("sendTestEmail"))->click();
        waitForCheck(wizard);
        shoot(&wizard, QStringLiteral("6-check-success"));
        next(wizard);
        QTest::qWait(1500);
        shoot(&wizard, QStringLiteral("7-done"));
    }
    return 0;
}
