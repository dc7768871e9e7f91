// Not a test: drives the setup wizard through every page, then the composer, the outbox and the sent log, on a
// real X display (Xvfb) against the local test servers, and saves a screenshot of each for docs/ and the README.
// scripts/screenshots runs it per language.
//   ui_tour OUTPUT_DIR LANG
#include "DiagnosisCard.h"
#include "MainWindow.h"
#include "composer/ComposerWindow.h"
#include "TestMailServer.h"
#include "Translations.h"
#include "UiHarness.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTextEdit>
#include <QTreeWidget>
#include <QTest>

using namespace remitente;

namespace {
QString outputDir;
QString language;

void shoot(QWidget *window, const QString &name, const QString &prefix = QStringLiteral("wizard-"))
{
    QTest::qWait(400); // let the window manager-less X server paint
    const QPixmap pixmap = window->screen()->grabWindow(window->winId());
    const QString path = QStringLiteral("%1/%2%3-%4.png").arg(outputDir, prefix, name, language);
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
    QTest::qWaitFor([&] { return wizard.findChild<QPushButton *>(QStringLiteral("sendTestEmail"))->isEnabled(); },
                    20000);
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
        remitente::testing::UiHarness harness;
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
        remitente::testing::UiHarness harness;
        harness.trustTestCa();
        ui::SetupWizard wizard(harness.services);
        wizard.move(0, 0);
        wizard.resize(720, 560);
        wizard.show();
        QTest::qWaitForWindowExposed(&wizard);
        next(wizard);
        type(wizard, "nameEdit", QStringLiteral("Ana Pérez"));
        type(wizard, "addressEdit", remitente::testing::TestMailServer::user("ana"));
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
        type(wizard, "passwordEdit", remitente::testing::TestMailServer::password());
        next(wizard);
        next(wizard);
        wizard.findChild<QPushButton *>(QStringLiteral("sendTestEmail"))->click();
        waitForCheck(wizard);
        shoot(&wizard, QStringLiteral("6-check-success"));
        next(wizard);
        QTest::qWait(1500);
        shoot(&wizard, QStringLiteral("7-done"));
    }
    {
        // The main window with a few messages in the outbox and the sent log, and the composer.
        remitente::testing::UiHarness harness;
        accounts::Account account;
        account.id = QStringLiteral("tour");
        account.displayName = QStringLiteral("Ana Pérez");
        account.address = QStringLiteral("ana.perez@gmail.com");
        account.host = QStringLiteral("smtp.gmail.com");
        account.username = account.address;
        account.providerId = QStringLiteral("gmail");
        account.verifiedAt = QDateTime::currentDateTimeUtc();
        harness.store.upsert(account);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto add = [&](const QString &subject, const QString &to, outbox::MessageState state, const QString &reply,
                       const QString &problem) {
            mime::Message message;
            message.from = {account.displayName, account.address};
            message.to = {{QString(), to}};
            message.subject = subject;
            outbox::OutboxEntry entry
                = *harness.outboxStore.entry(*harness.outboxStore.enqueue(account.id, message, now, nullptr));
            entry.state = state;
            entry.finalReply = reply;
            entry.lastError = problem;
            entry.attempts = state == outbox::MessageState::Sent ? 1 : 3;
            entry.sentAt = state == outbox::MessageState::Sent ? now : QDateTime();
            entry.nextAttemptAt = now.addSecs(240);
            entry.accepted = {to};
            (void)harness.outboxStore.save(entry); // a picture of the sent log: best effort
        };
        add(QStringLiteral("Factura 2026-118"), QStringLiteral("cliente@tienda.es"), outbox::MessageState::Sent,
            QStringLiteral("250 2.0.0 OK 1764331201 d2sm1 - gsmtp"), {});
        add(QStringLiteral("Pedido 4521 enviado"), QStringLiteral("marta@ejemplo.com"), outbox::MessageState::Sent,
            QStringLiteral("250 2.0.0 OK 1764331245 x9sm2 - gsmtp"), {});
        add(QStringLiteral("Presupuesto reforma"), QStringLiteral("obras@ejemplo.net"), outbox::MessageState::Retrying,
            {}, QStringLiteral("421 4.7.0 Try again later, closing connection."));
        add(QStringLiteral("Newsletter noviembre"), QStringLiteral("nadie@ejemplo.org"), outbox::MessageState::Failed,
            {}, QStringLiteral("550 5.1.1 The email account that you tried to reach does not exist."));
        ui::MainWindow window(harness.app);
        window.move(0, 0);
        window.resize(720, 520);
        window.show();
        QTest::qWaitForWindowExposed(&window);
        window.tabs()->setCurrentIndex(1);
        auto *outboxList = window.findChild<QWidget *>(QStringLiteral("outboxView"))->findChild<QTreeWidget *>();
        outboxList->setCurrentItem(outboxList->topLevelItem(0));
        shoot(&window, QStringLiteral("outbox"), QStringLiteral("main-window-"));
        window.tabs()->setCurrentIndex(2);
        auto *sentList = window.findChild<QWidget *>(QStringLiteral("sentLogView"))->findChild<QTreeWidget *>();
        sentList->setCurrentItem(sentList->topLevelItem(0));
        shoot(&window, QStringLiteral("sent"), QStringLiteral("main-window-"));

        auto *composer = new ui::ComposerWindow(harness.app);
        composer->move(0, 0);
        composer->resize(720, 560);
        composer->show();
        QTest::qWaitForWindowExposed(composer);
        composer->loadMessage(account.id, [&] {
            mime::Message message;
            message.from = {account.displayName, account.address};
            message.to = {{QStringLiteral("Marta Gil"), QStringLiteral("marta@ejemplo.com")}};
            message.subject = QStringLiteral("Presupuesto de la reforma");
            message.text = QStringLiteral("Hola Marta,\n\nte adjunto el presupuesto que hablamos.\n\nUn saludo,\nAna");
            return message;
        }());
        QTemporaryDir files;
        QFile pdf(files.filePath(QStringLiteral("Presupuesto reforma.pdf")));
        pdf.open(QIODevice::WriteOnly);
        pdf.write(QByteArray(240000, 'x'));
        pdf.close();
        composer->addAttachments({pdf.fileName()});
        shoot(composer, QStringLiteral("composer"), QString());
        composer->close();
    }
    return 0;
}
