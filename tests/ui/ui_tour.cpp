// Not a test: drives the setup wizard through every page (with "Sign in with ..." where a provider has none in this
// build, and before, while and after signing in with the test authorization server's provider), then the composer,
// the outbox, the sent log and "Sign in again", on a real X display (Xvfb) against the local test servers, and saves
// a screenshot of each for docs/ and the README. scripts/screenshots runs it per language and variant.
//   ui_tour OUTPUT_DIR LANG
// Variants, from the environment: REMITENTE_TOUR_SIZE=minimum shoots every window at the smallest size a person can
// make it (its minimum size, else its layout's minimum size hint) instead of the size it opens with;
// REMITENTE_TOUR_PALETTE=dark shoots with the Fusion style and a dark palette (as a dark desktop theme gives).
#include "ArrivalRow.h"
#include "ComposerFixture.h"
#include "DiagnosisCard.h"
#include "FakeBrowser.h"
#include "MainWindow.h"
#include "SignInAgainDialog.h"
#include "composer/ComposerWindow.h"
#include "TestMailServer.h"
#include "TestOAuthServer.h"
#include "Translations.h"
#include "UiHarness.h"
#include "UseAccountDialog.h"
#include "wizard/ProviderSignInPanel.h"
#include "wizard/SetupWizard.h"

#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTextEdit>
#include <QTreeWidget>
#include <QTest>

#include <functional>

using namespace remitente;

namespace {
QString outputDir;
QString language;
bool minimumSize = false;
bool variant = false; // minimum size or dark: the main window with its account list is shot here too

// The smallest size the window manager lets a person give the window.
QSize smallest(QWidget *window)
{
    const QSize hint = window->minimumSizeHint();
    return {window->minimumWidth() > 0 ? window->minimumWidth() : hint.width(),
            window->minimumHeight() > 0 ? window->minimumHeight() : hint.height()};
}

void shoot(QWidget *window, const QString &name, const QString &prefix = QStringLiteral("wizard-"))
{
    if (minimumSize) {
        QTest::qWait(100); // a page or a message that just came may have changed the minimum
        window->resize(smallest(window));
    }
    QTest::qWait(400); // let the window manager-less X server paint
    const QPixmap pixmap = window->screen()->grabWindow(window->winId());
    const QString path = QStringLiteral("%1/%2%3-%4.png").arg(outputDir, prefix, name, language);
    if (!pixmap.save(path))
        qFatal("could not save %s", qPrintable(path));
}

// Waits for a condition the rest of the tour depends on; stops the tour when it never comes.
void waitFor(const std::function<bool()> &condition, const char *what, int timeout = 20000)
{
    if (!QTest::qWaitFor(condition, timeout))
        qFatal("ui_tour: %s never happened", what);
}

void expose(QWidget *window)
{
    window->move(0, 0);
    if (minimumSize)
        window->resize(smallest(window));
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        qFatal("ui_tour: the window %s never showed", qPrintable(window->objectName()));
}

void next(ui::SetupWizard &wizard)
{
    waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, "Next", 15000);
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

// Shows the wizard, types Ana's name and the address, lets discovery run, and goes on to the sign-in page.
void openAtSignIn(ui::SetupWizard &wizard, const QString &address, int discoveryMs)
{
    expose(&wizard); // the size it opens with
    next(wizard);
    type(wizard, "nameEdit", QStringLiteral("Ana Pérez"));
    type(wizard, "addressEdit", address);
    QTest::qWait(discoveryMs);
    next(wizard);
    next(wizard);
}

QString signInStatus(QWidget *window)
{
    return window->findChild<QLabel *>(QStringLiteral("signInStatus"))->text();
}

void waitForCheck(ui::SetupWizard &wizard)
{
    waitFor([&] { return wizard.findChild<QPushButton *>(QStringLiteral("sendTestEmail"))->isEnabled(); }, "the check");
}
// A dark palette such as a dark desktop theme gives (the colours of Fusion's own dark scheme in Qt 6.5).
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x32, 0x32, 0x32), base(0x1e, 0x1e, 0x1e), text(0xf0, 0xf0, 0xf0), disabled(0x80, 0x80, 0x80),
        button(0x3c, 0x3c, 0x3c), highlight(0x30, 0x8c, 0xc6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x46, 0x46, 0x46));
    palette.setColor(QPalette::Mid, QColor(0x28, 0x28, 0x28));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    minimumSize = qEnvironmentVariable("REMITENTE_TOUR_SIZE") == u"minimum";
    const bool dark = qEnvironmentVariable("REMITENTE_TOUR_PALETTE") == u"dark";
    variant = minimumSize || dark;
    if (dark) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    }
    installTranslations();
    outputDir = app.arguments().value(1, QStringLiteral("."));
    language = app.arguments().value(2, QStringLiteral("en"));

    const QString only = qEnvironmentVariable("REMITENTE_TOUR_ONLY");
    if (only.isEmpty() || only == u"arrived") {
        // "Arrived", the check's sixth step: erin's test email found in her Inbox, then one to erin+junk@ (which the
        // test server's receiver files as spam) in her Spam folder, then the main window's "Send test email".
        // REMITENTE_TOUR_ONLY=arrived shoots only these.
        using remitente::testing::TestMailServer;
        const imap::ImapServer dovecot{QStringLiteral("localhost"), 10993, imap::ImapSecurity::Tls};
        auto arrived = [](QWidget *window, ui::ArrivalRow::State state, const char *what) {
            auto *row = window->findChild<ui::ArrivalRow *>(QStringLiteral("arrivalRow"));
            waitFor([&] { return row->state() == state; }, what, 60000);
        };
        {
            remitente::testing::UiHarness harness;
            harness.trustTestCa();
            ui::SetupWizard wizard(harness.services);
            openAtSignIn(wizard, TestMailServer::user("erin"), 1500);
            type(wizard, "passwordEdit", TestMailServer::password());
            next(wizard);
            wizard.findChild<QGroupBox *>(QStringLiteral("advancedSettings"))->setChecked(true);
            type(wizard, "imapHostEdit", dovecot.host);
            wizard.findChild<QSpinBox *>(QStringLiteral("imapPortEdit"))->setValue(dovecot.port);
            next(wizard);
            wizard.findChild<QPushButton *>(QStringLiteral("sendTestEmail"))->click();
            arrived(&wizard, ui::ArrivalRow::State::Inbox, "the test email in the Inbox");
            shoot(&wizard, QStringLiteral("6-check-arrived"));
            wizard.findChild<QCheckBox *>(QStringLiteral("otherRecipient"))->setChecked(true);
            type(wizard, "testRecipient", QStringLiteral("erin+junk@example.test"));
            wizard.findChild<QPushButton *>(QStringLiteral("sendTestEmail"))->click();
            arrived(&wizard, ui::ArrivalRow::State::Junk, "the test email in Spam");
            shoot(&wizard, QStringLiteral("6-check-arrived-spam"));
        }
        {
            remitente::testing::UiHarness harness;
            accounts::Account account = harness.testMailAccount("erin", QStringLiteral("tour-arrived"));
            account.verifiedAt = QDateTime::currentDateTimeUtc();
            harness.saveWithTestPassword(account);
            ui::MainWindow window(harness.app);
            expose(&window);
            window.showAccount(account.id);
            window.findChild<QAction *>(QStringLiteral("sendTestEmail"))->trigger();
            auto *dialog = window.findChild<QDialog *>(QStringLiteral("checkDialog"));
            if (!dialog)
                qFatal("ui_tour: no check dialog");
            expose(dialog);
            arrived(dialog, ui::ArrivalRow::State::Inbox, "the main window's test email in the Inbox");
            shoot(dialog, QStringLiteral("test-email-arrived"), QStringLiteral("main-window-"));
            dialog->close();
        }
        if (only == u"arrived")
            return 0;
    }
    {
        // "Use this account in…" for a Gmail account with an app password: two of its guides, a plugin's settings
        // screen and a program in one's own code. REMITENTE_TOUR_ONLY=use-in shoots only these (no test servers).
        remitente::testing::UiHarness harness;
        accounts::Account account;
        account.id = QStringLiteral("tour-use-in");
        account.displayName = QStringLiteral("Ana Pérez");
        account.address = QStringLiteral("ana.perez@gmail.com");
        account.host = QStringLiteral("smtp.gmail.com");
        account.port = 465;
        account.security = smtp::Security::ImplicitTls;
        account.username = account.address;
        account.signIn = accounts::SignInKind::AppPassword;
        account.providerId = QStringLiteral("gmail");
        account.verifiedAt = QDateTime::currentDateTimeUtc();
        harness.store.upsert(account);
        ui::MainWindow window(harness.app);
        expose(&window);
        window.showAccount(account.id);
        ui::UseAccountDialog *dialog = window.useAccountIn();
        if (!dialog)
            qFatal("ui_tour: no Use this account in dialog");
        for (const QString &destination : {QStringLiteral("wordpress"), QStringLiteral("python")}) {
            dialog->showDestination(destination);
            expose(dialog);
            shoot(dialog, QStringLiteral("use-in-") + destination, QStringLiteral("main-window-"));
        }
        dialog->close();
        if (qEnvironmentVariable("REMITENTE_TOUR_ONLY") == u"use-in")
            return 0;
    }
    {
        // A Gmail address: the provider's own app-password steps.
        remitente::testing::UiHarness harness;
        ui::SetupWizard wizard(harness.services);
        expose(&wizard); // the size it opens with
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
        // Outlook.com: Microsoft takes only its own sign-in, and this build has no registration with Microsoft, so
        // the page says so (and where the guide is) instead of showing a button that cannot work.
        remitente::testing::UiHarness harness;
        ui::SetupWizard wizard(harness.services);
        openAtSignIn(wizard, QStringLiteral("ana.perez@outlook.com"), 1000);
        if (wizard.draft().account.providerId != u"outlook")
            qFatal("ui_tour: outlook.com is not the Outlook provider");
        shoot(&wizard, QStringLiteral("4-sign-in-microsoft-unavailable"));
    }
    {
        // "Sign in with ..." against the test authorization server (the provider "Test OAuth" of an organisation's
        // providers.json): the button, the wait when no browser opened, then a browser that signs in.
        remitente::testing::UiHarness harness;
        harness.trustTestCa();
        QString error;
        if (!harness.catalogue.addOverrides(remitente::testing::TestOAuthServer::providersJson(), &error))
            qFatal("ui_tour: %s", qPrintable(error));
        remitente::testing::FakeBrowser browser(harness.planner.settings().extraCaCertificates);
        bool browserOpens = false;
        harness.services.openBrowser = [&](const QUrl &url) { return browserOpens && browser.open(url); };
        ui::SetupWizard wizard(harness.services);
        openAtSignIn(wizard, remitente::testing::TestMailServer::user("ana"), 1500);
        if (wizard.draft().account.providerId != u"test-oauth")
            qFatal("ui_tour: %s is not the test-oauth provider",
                   qPrintable(remitente::testing::TestMailServer::user("ana")));
        shoot(&wizard, QStringLiteral("4-sign-in-test-oauth"));
        auto *signIn = wizard.findChild<QPushButton *>(QStringLiteral("signInWithProvider"));
        signIn->click();
        const QString noBrowser
            = ui::ProviderSignInPanel::tr("No browser could be opened. Copy the address, open it in "
                                          "a browser on this computer and sign in there: "
                                          "Remitente is waiting.");
        waitFor([&] { return signInStatus(&wizard) == noBrowser; }, "the wait for the browser");
        shoot(&wizard, QStringLiteral("4-sign-in-test-oauth-waiting"));
        wizard.findChild<QPushButton *>(QStringLiteral("cancelSignIn"))->click();
        waitFor([&] { return signIn->isEnabled(); }, "the cancelled sign-in");
        browserOpens = true;
        signIn->click();
        waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, "the sign-in");
        shoot(&wizard, QStringLiteral("4-sign-in-test-oauth-signed-in"));
    }
    {
        // The local server: a wrong password first, then the right one and a test email.
        remitente::testing::UiHarness harness;
        harness.trustTestCa();
        ui::SetupWizard wizard(harness.services);
        openAtSignIn(wizard, remitente::testing::TestMailServer::user("ana"), 1500);
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
        // The test Dovecot as the mailbox, so that "Arrived" finds the test email.
        wizard.findChild<QGroupBox *>(QStringLiteral("advancedSettings"))->setChecked(true);
        type(wizard, "imapHostEdit", QStringLiteral("localhost"));
        wizard.findChild<QSpinBox *>(QStringLiteral("imapPortEdit"))->setValue(10993);
        next(wizard);
        wizard.findChild<QPushButton *>(QStringLiteral("sendTestEmail"))->click();
        waitForCheck(wizard);
        auto *arrival = wizard.findChild<ui::ArrivalRow *>(QStringLiteral("arrivalRow"));
        waitFor([&] { return arrival->state() == ui::ArrivalRow::State::Inbox; }, "the test email in ana's Inbox");
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
        expose(&window);
        if (variant) // the default variant's main-window-*.png is the real program's (scripts/screenshots)
            shoot(&window, QStringLiteral("main-window"), QString());
        window.tabs()->setCurrentIndex(1);
        auto *outboxList = window.findChild<QWidget *>(QStringLiteral("outboxView"))->findChild<QTreeWidget *>();
        outboxList->setCurrentItem(outboxList->topLevelItem(0));
        shoot(&window, QStringLiteral("outbox"), QStringLiteral("main-window-"));
        window.tabs()->setCurrentIndex(2);
        auto *sentList = window.findChild<QWidget *>(QStringLiteral("sentLogView"))->findChild<QTreeWidget *>();
        sentList->setCurrentItem(sentList->topLevelItem(0));
        shoot(&window, QStringLiteral("sent"), QStringLiteral("main-window-"));

        auto *composer = new ui::ComposerWindow(harness.app);
        expose(composer);
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
    {
        // An account whose sign-in its provider ended: the test authorization server refuses a refresh token it never
        // gave (invalid_grant), as a provider does after a revocation. The main window says so, and "Sign in again".
        remitente::testing::UiHarness harness;
        harness.trustTestCa();
        QString error;
        if (!harness.catalogue.addOverrides(remitente::testing::TestOAuthServer::providersJson(), &error))
            qFatal("ui_tour: %s", qPrintable(error));
        accounts::SessionPlanner::Settings settings = harness.planner.settings();
        settings.signInStatesPath = harness.folder.filePath(QStringLiteral("signin-state.json"));
        harness.planner.setSettings(settings);
        harness.services.openBrowser = [](const QUrl &) { return false; };
        static_cast<ui::WizardServices &>(harness.app) = harness.services;
        accounts::Account account;
        account.id = QStringLiteral("tour-oauth");
        account.displayName = QStringLiteral("Ana Pérez");
        account.address = remitente::testing::TestMailServer::user("ana");
        account.host = QStringLiteral("127.0.0.1");
        account.username = account.address;
        account.signIn = accounts::SignInKind::OAuth2;
        account.providerId = QStringLiteral("test-oauth");
        account.verifiedAt = QDateTime::currentDateTimeUtc();
        harness.store.upsert(account);
        bool written = false;
        harness.secrets->write(account.id, QStringLiteral("a-sign-in-the-provider-ended"),
                               [&](const accounts::SecretStore::Result &) { written = true; });
        waitFor([&] { return written; }, "the saved sign-in");
        bool refused = false;
        harness.planner.prepare(account, [&](const accounts::SessionPlanResult &) { refused = true; });
        waitFor([&] { return refused && harness.planner.needsSignIn(account); }, "the ended sign-in");
        ui::MainWindow window(harness.app); // its own size, as main-window-*.png: the accounts' buttons fit
        expose(&window);
        shoot(&window, QStringLiteral("sign-in-needed"), QStringLiteral("main-window-"));
        window.findChild<QAction *>(QStringLiteral("signInAgain"))->trigger();
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("signInAgainDialog"));
        if (!dialog)
            qFatal("ui_tour: no Sign in again dialog");
        expose(dialog);
        shoot(dialog, QStringLiteral("sign-in-again"), QStringLiteral("main-window-"));
        dialog->close();
    }
    {
        // An account on the local Postfix: "Check connection", "Use settings elsewhere", "Remove…", and "Check my
        // domain" for a domain of the test DNS server whose SPF record leaves the provider out.
        remitente::testing::ComposerFixture f;
        f.account.address = QStringLiteral("ana@missing.test");
        f.account.providerId = QStringLiteral("google-workspace");
        f.harness.store.upsert(f.account);
        ui::MainWindow window(f.harness.app);
        expose(&window);
        auto dialogShot = [&](const char *action, const char *dialogName, const QString &name,
                              const std::function<bool(QWidget *)> &ready) {
            window.findChild<QAction *>(QString::fromLatin1(action))->trigger();
            auto *dialog = window.findChild<QWidget *>(QString::fromLatin1(dialogName));
            if (!dialog)
                qFatal("ui_tour: no %s", dialogName);
            expose(dialog);
            if (!QTest::qWaitFor([&] { return ready(dialog); }, 20000))
                qWarning("ui_tour: %s did not finish; shot as it is", dialogName);
            shoot(dialog, name, QStringLiteral("main-window-"));
            dialog->close();
            QTest::qWait(200);
        };
        dialogShot("checkConnection", "checkDialog", QStringLiteral("check-connection"), [](QWidget *dialog) {
            return !dialog->findChild<QLabel *>(QStringLiteral("checkStatus"))->text().isEmpty();
        });
        dialogShot("checkDomain", "domainCheckDialog", QStringLiteral("check-domain"), [](QWidget *dialog) {
            return dialog->findChild<QLabel *>(QStringLiteral("domainFindings"))->text().contains(u"TXT");
        });
        dialogShot("settingsElsewhere", "settingsElsewhereDialog", QStringLiteral("settings-elsewhere"), [](QWidget *) {
            QTest::qWait(1000);
            return true;
        });
        dialogShot("removeAccount", "confirmRemove", QStringLiteral("remove-account"), [](QWidget *) { return true; });
    }
    return 0;
}
