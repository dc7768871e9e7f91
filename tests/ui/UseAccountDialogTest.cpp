// "Use this account in…" (issue 18): every destination listed, each page in the program's own words with this
// account's values and Copy buttons that put exactly that value on the clipboard, never a password, the relay offered
// to an account that signs in with Microsoft or Google, and the Spanish texts under the Spanish translation.
#include "MainWindow.h"
#include "UiHarness.h"
#include "UseAccountDialog.h"
#include "guides/CodeSnippet.h"
#include "guides/FieldGuide.h"
#include "wizard/SetupWizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

#include <gtest/gtest.h>

using namespace remitente;
using remitente::testing::child;
using remitente::ui::UseAccountDialog;

namespace {

const QString password = QStringLiteral("Sekr3t-Passw0rd-ñ");

accounts::Account sampleAccount()
{
    accounts::Account account;
    account.id = QStringLiteral("use-in");
    account.displayName = QStringLiteral("Ana Pérez");
    account.address = QStringLiteral("ana@example.test");
    account.host = QStringLiteral("smtp.example.test");
    account.port = 587;
    account.security = smtp::Security::StartTls;
    account.username = QStringLiteral("ana-login");
    account.signIn = accounts::SignInKind::AppPassword;
    return account;
}

QWidget *page(UseAccountDialog &dialog, const QString &id)
{
    dialog.showDestination(id);
    auto *found = dialog.findChild<QWidget *>(QStringLiteral("page-") + id);
    EXPECT_NE(found, nullptr) << id.toStdString();
    return found;
}

// Every piece of text the dialog shows: its labels, list items, buttons and snippets.
QStringList allTexts(QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts.append(label->text());
    for (const QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        texts.append(edit->toPlainText());
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (const QListWidget *list : root->findChildren<QListWidget *>()) {
        for (int row = 0; row < list->count(); ++row)
            texts.append(list->item(row)->text());
    }
    return texts;
}

QString labelText(QWidget *root, const char *name)
{
    const QLabel *label = root->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

accounts::Account googleSignInAccount()
{
    accounts::Account account = sampleAccount();
    account.address = QStringLiteral("ana@gmail.com");
    account.host = QStringLiteral("smtp.gmail.com");
    account.port = 465;
    account.security = smtp::Security::ImplicitTls;
    account.username = account.address;
    account.signIn = accounts::SignInKind::OAuth2;
    account.providerId = QStringLiteral("gmail");
    return account;
}

QStringList mistakes(QWidget *page)
{
    QStringList texts;
    for (const QLabel *mistake : page->findChildren<QLabel *>(QStringLiteral("mistake")))
        texts.append(mistake->text().replace(QChar(0x2011), u'-'));
    return texts;
}

// The Spanish translation, installed while it lives.
struct InSpanish {
    QTranslator spanish;
    InSpanish()
    {
        EXPECT_TRUE(spanish.load(QStringLiteral(":/i18n/remitente_es.qm")));
        QCoreApplication::installTranslator(&spanish);
    }
    ~InSpanish() { QCoreApplication::removeTranslator(&spanish); }
};

// At the dialog's smallest size, every page fits its scroll area's width (whose horizontal bar is off): none of
// its widgets reaches past the right edge.
void expectEveryPageFitsAtTheMinimumSize(const accounts::Account &account, const char *what)
{
    UseAccountDialog dialog(account);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.resize(dialog.minimumSize());
    EXPECT_EQ(dialog.size(), QSize(720, 460));
    EXPECT_LE(child<QListWidget>(&dialog, "destinations")->width(), 210) << what;
    for (const QString &id : dialog.destinations()) {
        QWidget *shown = page(dialog, id);
        QApplication::processEvents(); // the pending layouts
        QApplication::processEvents();
        auto *scroll = qobject_cast<QScrollArea *>(shown->parentWidget()->parentWidget());
        ASSERT_NE(scroll, nullptr) << id.toStdString();
        const int viewport = scroll->viewport()->width();
        EXPECT_LE(shown->minimumSizeHint().width(), viewport) << what << " " << id.toStdString();
        EXPECT_LE(shown->width(), viewport) << what << " " << id.toStdString();
        for (const QWidget *widget : shown->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(shown))
                continue;
            const int right = widget->mapTo(shown, QPoint(widget->width(), 0)).x();
            EXPECT_LE(right, viewport) << what << " " << id.toStdString() << ": " << widget->objectName().toStdString()
                                       << " " << widget->metaObject()->className();
        }
    }
}

} // namespace

TEST(UseAccountDialog, ListsEveryDestination)
{
    UseAccountDialog dialog(sampleAccount());
    const QStringList expected = guides::fieldGuideIds() + guides::snippetLanguageNames();
    EXPECT_EQ(dialog.destinations(), expected);
    for (const char *id : {"wordpress", "fluentsmtp", "joomla", "prestashop", "odoo", "hubspot", "zoho", "salesforce",
                           "thunderbird", "python", "php", "node", "curl", "msmtp"})
        EXPECT_TRUE(dialog.destinations().contains(QString::fromLatin1(id))) << id;
    // Choosing one in the list shows its page.
    auto *list = child<QListWidget>(&dialog, "destinations");
    for (int row = 0; row < list->count(); ++row) {
        const QString id = list->item(row)->data(Qt::UserRole).toString();
        if (id.isEmpty())
            continue;
        list->setCurrentRow(row);
        auto *pages = child<QWidget>(&dialog, "destinationPages");
        EXPECT_TRUE(pages->findChild<QWidget *>(QStringLiteral("page-") + id)->isVisibleTo(&dialog))
            << id.toStdString();
    }
}

namespace {

// A person's corrections file (guides.json next to accounts.json) in a config folder of its own; its path.
QString writeCorrections(const QTemporaryDir &config, const QByteArray &content)
{
    EXPECT_TRUE(config.isValid());
    const QString path = config.filePath(QStringLiteral("Remitente/Remitente/guides.json"));
    EXPECT_TRUE(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

// Where the program looks for corrections from now on: that config folder, as Remitente's own.
void readCorrectionsFrom(const QTemporaryDir &config)
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QCoreApplication::setApplicationName(QStringLiteral("Remitente"));
    QCoreApplication::setOrganizationName(QStringLiteral("Remitente"));
}

} // namespace

// The guides are loaded once per run, so the broken correction is seen by a fresh process: the death test's child
// runs this test again from its start ("threadsafe" style) and reports what the dialog showed by its exit code.
TEST(UseAccountDialog, ACorrectionThatCannotBeUsedIsNamedOnTop)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    const QTemporaryDir config;
    const QString corrections = writeCorrections(config, "{\"guides\": [");
    EXPECT_EXIT(
        {
            readCorrectionsFrom(config);
            UseAccountDialog dialog(sampleAccount());
            const QString notice = labelText(&dialog, "dataProblems");
            std::fprintf(stderr, "notice: %s\n", qPrintable(notice));
            const bool named = notice.contains(corrections) && notice.contains(QStringLiteral("was ignored"));
            std::exit(named && dialog.destinations().contains(QStringLiteral("wordpress")) ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "notice: Some guide files could not be used");
}

// A correction's own words end up in the problem it is named with (here an unknown "value", quoted in full): however
// long they are, the dialog can still be made to fit a 1024x768 screen.
TEST(UseAccountDialog, AHugeProblemInACorrectionDoesNotMakeTheDialogUnusable)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    const QTemporaryDir config;
    // A value the guides do not know, quoted in the problem.
    writeCorrections(config,
                     "{\"guides\": [{\"id\": \"wordpress\", \"program\": \"WP\", \"source\": \"x\", \"fields\": "
                     "[{\"label\": {\"en\": \"Host\"}, \"value\": \""
                         + QByteArray(20 * 1024, 'x') + "\"}]}]}");
    EXPECT_EXIT(
        {
            readCorrectionsFrom(config);
            UseAccountDialog dialog(sampleAccount());
            dialog.show();
            QCoreApplication::processEvents();
            const QSize minimum = dialog.minimumSize().expandedTo(dialog.minimumSizeHint());
            std::fprintf(stderr, "notice: %lld characters, dialog at least %dx%d\n",
                         static_cast<long long>(labelText(&dialog, "dataProblems").size()), minimum.width(),
                         minimum.height());
            std::exit(minimum.width() <= 1024 && minimum.height() <= 768 ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "notice: ");
}

TEST(UseAccountDialog, ShowsTheAccountsValuesInEachProgramsWordsAndCopiesThem)
{
    const accounts::Account account = sampleAccount();
    UseAccountDialog dialog(account);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    int copied = 0;
    for (const QString &id : guides::fieldGuideIds()) {
        QWidget *shown = page(dialog, id);
        const guides::FieldGuide guide = *guides::fieldGuide(id, account, QStringLiteral("en"));
        const QList<QLabel *> names = shown->findChildren<QLabel *>(QStringLiteral("fieldLabel"));
        const QList<QLabel *> values = shown->findChildren<QLabel *>(QStringLiteral("fieldValue"));
        ASSERT_EQ(names.size(), guide.fields.size()) << id.toStdString();
        ASSERT_EQ(values.size(), guide.fields.size()) << id.toStdString();
        qsizetype copyable = 0;
        for (qsizetype i = 0; i < guide.fields.size(); ++i) {
            EXPECT_EQ(names[i]->text(), guide.fields[i].label);
            EXPECT_EQ(names[i]->textFormat(), Qt::PlainText);
            EXPECT_EQ(values[i]->textFormat(), Qt::PlainText);
            if (guide.fields[i].isPassword)
                EXPECT_TRUE(values[i]->text().contains(u"app password")) << values[i]->text().toStdString();
            else {
                EXPECT_EQ(values[i]->text(), guide.fields[i].value);
                copyable += !guide.fields[i].isChoice;
            }
        }
        EXPECT_FALSE(labelText(shown, "where").isEmpty()) << id.toStdString();
        EXPECT_GE(shown->findChildren<QLabel *>(QStringLiteral("mistake")).size(), 2) << id.toStdString();
        const QList<QPushButton *> copies = shown->findChildren<QPushButton *>(QStringLiteral("copyField"));
        ASSERT_EQ(copies.size(), copyable) << id.toStdString() << ": the password and the choices have no Copy button";
        for (QPushButton *copy : copies) {
            QApplication::clipboard()->clear();
            copy->click();
            const QString onClipboard = QApplication::clipboard()->text();
            EXPECT_FALSE(onClipboard.isEmpty());
            bool isAValue = false;
            for (const guides::GuideField &field : guide.fields)
                isAValue = isAValue || (!field.isPassword && !field.isChoice && field.value == onClipboard);
            EXPECT_TRUE(isAValue) << id.toStdString() << ": " << onClipboard.toStdString();
            ++copied;
        }
    }
    EXPECT_GE(copied, 25); // the hosts, ports, user names and addresses of nine programs
    // The account's own values, in WordPress's words.
    QWidget *wordpress = page(dialog, QStringLiteral("wordpress"));
    wordpress->findChildren<QPushButton *>(QStringLiteral("copyField")).first()->click();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("smtp.example.test"));
    EXPECT_EQ(wordpress->findChildren<QLabel *>(QStringLiteral("fieldValue"))[1]->text(), QStringLiteral("TLS"));
    // Code: the runnable program, read-only and copied whole.
    QWidget *python = page(dialog, QStringLiteral("python"));
    auto *snippet = child<QPlainTextEdit>(python, "snippet");
    EXPECT_TRUE(snippet->isReadOnly());
    EXPECT_EQ(snippet->toPlainText(), guides::codeSnippet(account, guides::SnippetLanguage::Python));
    child<QPushButton>(python, "copySnippet")->click();
    EXPECT_EQ(QApplication::clipboard()->text(), snippet->toPlainText());
}

TEST(UseAccountDialog, ThePasswordRowSaysWhichPasswordForTheAccountsKind)
{
    accounts::Account account = sampleAccount();
    {
        UseAccountDialog dialog(account);
        const QList<QLabel *> values
            = page(dialog, QStringLiteral("joomla"))->findChildren<QLabel *>(QStringLiteral("fieldValue"));
        ASSERT_FALSE(values.isEmpty());
        EXPECT_TRUE(values.last()->text().startsWith(u"An app password")) << values.last()->text().toStdString();
    }
    account.signIn = accounts::SignInKind::MailboxPassword;
    UseAccountDialog dialog(account);
    const QList<QLabel *> values
        = page(dialog, QStringLiteral("joomla"))->findChildren<QLabel *>(QStringLiteral("fieldValue"));
    ASSERT_FALSE(values.isEmpty());
    EXPECT_EQ(values.last()->text(),
              QStringLiteral("The password of the mailbox ana@example.test (the same one Remitente uses)."));
}

TEST(UseAccountDialog, AMistakesAddressIsCopiedAsItIsWrittenAndOptionsStayWhole)
{
    accounts::Account account = sampleAccount();
    account.address = QStringLiteral("ventas@tienda-ejemplo.es");
    UseAccountDialog dialog(account);
    QStringList mistakes;
    for (const QString &id : dialog.destinations()) {
        for (const QLabel *mistake : page(dialog, id)->findChildren<QLabel *>(QStringLiteral("mistake")))
            mistakes.append(mistake->text());
    }
    const QString all = mistakes.join(u'\n');
    EXPECT_TRUE(all.contains(u"tienda-ejemplo.es")) << "an address keeps its own hyphen";
    EXPECT_FALSE(all.contains(QStringLiteral("tienda%1ejemplo").arg(QChar(0x2011))));
    EXPECT_TRUE(all.contains(QStringLiteral("%1%1insecure").arg(QChar(0x2011)))) << all.toStdString();
}

TEST(UseAccountDialog, NeverShowsOrCopiesThePassword)
{
    remitente::testing::UiHarness harness;
    accounts::Account account = sampleAccount();
    harness.store.upsert(account);
    bool written = false;
    harness.secrets->write(account.id, password, [&](const accounts::SecretStore::Result &) { written = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }));
    ui::MainWindow window(harness.app);
    window.show();
    window.showAccount(account.id);
    child<QAction>(&window, "useAccountIn")->trigger();
    auto *dialog = window.findChild<UseAccountDialog *>(QStringLiteral("useAccountDialog"));
    ASSERT_NE(dialog, nullptr);
    for (const QString &id : dialog->destinations()) {
        QWidget *shown = page(*dialog, id);
        for (QPushButton *copy : shown->findChildren<QPushButton *>()) {
            if (!copy->objectName().startsWith(u"copy"))
                continue;
            copy->click();
            EXPECT_FALSE(QApplication::clipboard()->text().contains(u"Passw0rd")) << id.toStdString();
        }
    }
    for (const QString &text : allTexts(dialog))
        EXPECT_FALSE(text.contains(u"Passw0rd")) << text.toStdString();
    for (const QPlainTextEdit *snippet : dialog->findChildren<QPlainTextEdit *>(QStringLiteral("snippet")))
        EXPECT_TRUE(snippet->toPlainText().contains(u"SMTP_PASSWORD"));
}

TEST(UseAccountDialog, AnAccountThatSignsInWithItsProviderIsOfferedTheRelay)
{
    accounts::Account account = sampleAccount();
    account.signIn = accounts::SignInKind::OAuth2;
    UseAccountDialog dialog(account);
    int opened = 0;
    dialog.setRelayClientsHandler([&opened] { ++opened; });

    // A program on this computer: the relay's values, the relay user named after the program.
    QWidget *wordpress = page(dialog, QStringLiteral("wordpress"));
    EXPECT_TRUE(labelText(wordpress, "oauthNotice").contains(account.address));
    EXPECT_TRUE(labelText(wordpress, "relayOffer").contains(u"Programs that send through Remitente"));
    EXPECT_FALSE(labelText(wordpress, "ownSignIn").isEmpty()) << "WP Mail SMTP signs in with Google itself";
    QStringList values;
    for (const QLabel *value : wordpress->findChildren<QLabel *>(QStringLiteral("fieldValue")))
        values.append(value->text());
    ASSERT_EQ(values.size(), 6);
    EXPECT_EQ(values[0], QStringLiteral("127.0.0.1"));
    EXPECT_EQ(values[1], QStringLiteral("None"));
    EXPECT_EQ(values[2], QStringLiteral("2525"));
    EXPECT_EQ(values[4], QStringLiteral("wordpress"));
    EXPECT_TRUE(values[5].contains(u"Programs that send through Remitente"));
    child<QPushButton>(wordpress, "relayClients")->click();
    EXPECT_EQ(opened, 1);

    // A CRM on its maker's servers cannot reach this computer: its own sign-in, no values.
    QWidget *hubspot = page(dialog, QStringLiteral("hubspot"));
    EXPECT_TRUE(labelText(hubspot, "relayOffer").contains(u"cannot reach"));
    EXPECT_TRUE(labelText(hubspot, "ownSignIn").contains(u"Gmail"));
    EXPECT_TRUE(hubspot->findChildren<QLabel *>(QStringLiteral("fieldValue")).isEmpty());

    // Code: the relay's program.
    QWidget *node = page(dialog, QStringLiteral("node"));
    EXPECT_TRUE(labelText(node, "relayOffer").contains(u"SMTP_PASSWORD"));
    const QString snippet = child<QPlainTextEdit>(node, "snippet")->toPlainText();
    EXPECT_TRUE(snippet.contains(u"2525") && snippet.contains(u"127.0.0.1")) << snippet.toStdString();
    EXPECT_FALSE(snippet.contains(u"smtp.example.test"));

    // Without somewhere to manage the relay's programs, no button that does nothing.
    UseAccountDialog alone(account);
    alone.show();
    EXPECT_FALSE(child<QPushButton>(page(alone, QStringLiteral("wordpress")), "relayClients")->isVisible());
}

TEST(UseAccountDialog, APinnedCertificateIsTrustedNotSwitchedOff)
{
    accounts::Account account = sampleAccount();
    account.pinnedSha256 = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    UseAccountDialog dialog(account);
    const QString thunderbird = labelText(page(dialog, QStringLiteral("thunderbird")), "pinnedNotice");
    EXPECT_TRUE(thunderbird.contains(u"00:11:22:33")) << thunderbird.toStdString();
    EXPECT_TRUE(thunderbird.contains(u"Manage Certificates")) << thunderbird.toStdString();
    EXPECT_TRUE(labelText(page(dialog, QStringLiteral("node")), "pinnedNotice").contains(u"NODE_EXTRA_CA_CERTS"));
    EXPECT_TRUE(labelText(page(dialog, QStringLiteral("python")), "pinnedNotice").contains(u"SSL_CERT_FILE"));
    EXPECT_TRUE(labelText(page(dialog, QStringLiteral("salesforce")), "pinnedNotice").contains(u"public"));
    UseAccountDialog unpinned(sampleAccount());
    EXPECT_TRUE(labelText(page(unpinned, QStringLiteral("thunderbird")), "pinnedNotice").isEmpty());
}

TEST(UseAccountDialog, SaveAsWritesTheSnippetForItsOwnerOnly)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("send-test.py"));
    UseAccountDialog dialog(sampleAccount());
    dialog.show();
    QWidget *python = page(dialog, QStringLiteral("python"));
    child<QPushButton>(python, "saveSnippet")->click();
    auto *chooser = dialog.findChild<QFileDialog *>();
    ASSERT_NE(chooser, nullptr);
    EXPECT_EQ(chooser->acceptMode(), QFileDialog::AcceptSave);
    chooser->selectFile(path);
    static_cast<QDialog *>(chooser)->accept(); // as its Save button does
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(path); }, 5000));
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(saved.readAll()), child<QPlainTextEdit>(python, "snippet")->toPlainText());
    EXPECT_EQ(saved.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
    EXPECT_TRUE(labelText(python, "saveStatus").contains(u"send-test.py"));
}

TEST(UseAccountDialog, InSpanishUnderTheSpanishTranslation)
{
    QTranslator spanish;
    ASSERT_TRUE(spanish.load(QStringLiteral(":/i18n/remitente_es.qm")));
    QCoreApplication::installTranslator(&spanish);
    {
        const accounts::Account account = sampleAccount();
        UseAccountDialog dialog(account);
        EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Usar esta cuenta en…"));
        const guides::FieldGuide joomla = *guides::fieldGuide(QStringLiteral("joomla"), account, QStringLiteral("es"));
        QWidget *shown = page(dialog, QStringLiteral("joomla"));
        EXPECT_TRUE(labelText(shown, "where").endsWith(joomla.where)) << labelText(shown, "where").toStdString();
        EXPECT_TRUE(joomla.where.contains(u"Configuración global"));
        const QList<QLabel *> mistakes = shown->findChildren<QLabel *>(QStringLiteral("mistake"));
        ASSERT_EQ(mistakes.size(), joomla.mistakes.size());
        EXPECT_TRUE(mistakes.last()->text().contains(u"contraseña de aplicación"))
            << mistakes.last()->text().toStdString();
        // Joomla's own Spanish labels (its es-ES language pack), and no notice about English ones.
        EXPECT_TRUE(labelText(shown, "englishLabels").isEmpty());
        EXPECT_EQ(shown->findChildren<QLabel *>(QStringLiteral("fieldLabel")).first()->text(),
                  QStringLiteral("Correo electrónico del sitio"));
        const QList<QLabel *> values = shown->findChildren<QLabel *>(QStringLiteral("fieldValue"));
        EXPECT_TRUE(values.last()->text().contains(u"contraseña de aplicación")) << values.last()->text().toStdString();
        EXPECT_EQ(child<QPushButton>(shown, "copyField")->text(), QStringLiteral("Copiar"));
        // Thunderbird's own Spanish labels (its es-ES localization), and no notice about English ones.
        QWidget *thunderbird = page(dialog, QStringLiteral("thunderbird"));
        EXPECT_EQ(thunderbird->findChildren<QLabel *>(QStringLiteral("fieldLabel")).first()->text(),
                  QStringLiteral("Nombre del servidor"));
        EXPECT_TRUE(labelText(thunderbird, "englishLabels").isEmpty());
        // Salesforce's Spanish wording is not in Remitente's sources: its English labels, and the page says so.
        QWidget *salesforce = page(dialog, QStringLiteral("salesforce"));
        EXPECT_FALSE(labelText(salesforce, "englishLabels").isEmpty());
        EXPECT_EQ(salesforce->findChildren<QLabel *>(QStringLiteral("fieldLabel")).first()->text(),
                  QStringLiteral("Host"));
    }
    QCoreApplication::removeTranslator(&spanish);
}

TEST(UseAccountDialog, OnTheWizardsLastPageAndInTheAccountMenu)
{
    remitente::testing::UiHarness harness;
    const accounts::Account account = sampleAccount();
    harness.store.upsert(account);
    ui::MainWindow window(harness.app);
    window.show();
    window.showAccount(account.id);
    QAction *action = child<QAction>(&window, "useAccountIn");
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    ASSERT_TRUE(window.useAccountIn());
    auto *dialog = window.findChild<UseAccountDialog *>(QStringLiteral("useAccountDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(labelText(page(*dialog, QStringLiteral("odoo")), "fieldValue"), QStringLiteral("smtp.example.test"));
}

TEST(UseAccountDialog, TheWizardsLastPageOpensItForTheNewAccount)
{
    remitente::testing::UiHarness harness;
    ui::SetupWizard wizard(harness.services);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    wizard.draft().account = sampleAccount();
    wizard.draft().password = password;
    wizard.draft().verified = true;
    wizard.setStartId(ui::SetupWizard::DonePageId);
    wizard.restart();
    auto *button = child<QPushButton>(wizard.currentPage(), "useAccountIn");
    ASSERT_NE(button, nullptr);
    button->click();
    auto *dialog = wizard.findChild<UseAccountDialog *>(QStringLiteral("useAccountDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(labelText(page(*dialog, QStringLiteral("thunderbird")), "fieldValue"),
              QStringLiteral("smtp.example.test"));
    for (const QString &text : allTexts(dialog))
        EXPECT_FALSE(text.contains(u"Passw0rd")) << text.toStdString();
    dialog->close();
}

TEST(UseAccountDialog, EveryPageFitsItsWidthAtTheSmallestSize)
{
    accounts::Account host = sampleAccount();
    host.address = QStringLiteral("ventas@tienda-ejemplo.es");
    host.username = QStringLiteral("ventas.tienda");
    host.signIn = accounts::SignInKind::MailboxPassword;
    host.pinnedSha256 = QByteArray(32, '\x5a');
    expectEveryPageFitsAtTheMinimumSize(sampleAccount(), "app password");
    expectEveryPageFitsAtTheMinimumSize(host, "pinned");
    expectEveryPageFitsAtTheMinimumSize(googleSignInAccount(), "relay");
    const InSpanish spanish;
    expectEveryPageFitsAtTheMinimumSize(host, "pinned, es");
    expectEveryPageFitsAtTheMinimumSize(googleSignInAccount(), "relay, es");
}

TEST(UseAccountDialog, TheRunCommandIsALineOfItsOwnCopiedWhole)
{
    const accounts::Account account = sampleAccount();
    UseAccountDialog dialog(account);
    for (const char *id : {"python", "php", "node", "curl", "msmtp"}) {
        QWidget *shown = page(dialog, QString::fromLatin1(id));
        auto *command = child<QLineEdit>(shown, "runCommand");
        EXPECT_TRUE(command->isReadOnly());
        EXPECT_TRUE(QFontInfo(command->font()).fixedPitch()) << id;
        EXPECT_TRUE(command->text().startsWith(u"read -rs SMTP_PASSWORD && export SMTP_PASSWORD && ")) << id;
        QApplication::clipboard()->clear();
        child<QPushButton>(shown, "copyCommand")->click();
        EXPECT_EQ(QApplication::clipboard()->text(), command->text()) << id;
        EXPECT_TRUE(labelText(shown, "runHint").contains(u"it is not shown while you type")) << id;
    }
    EXPECT_TRUE(child<QLineEdit>(page(dialog, QStringLiteral("python")), "runCommand")
                    ->text()
                    .endsWith(u"&& python3 remitente-test.py"));
    EXPECT_TRUE(labelText(page(dialog, QStringLiteral("python")), "runHint").contains(u"folder where you saved"));
    // msmtp's command sends the test message its account is for, the address quoted for the shell.
    QWidget *msmtp = page(dialog, QStringLiteral("msmtp"));
    EXPECT_TRUE(child<QLineEdit>(msmtp, "runCommand")->text().endsWith(u"| msmtp -a remitente 'ana@example.test'"));
    EXPECT_TRUE(labelText(msmtp, "runHint").contains(u"~/.config/msmtp/config"));
    EXPECT_TRUE(labelText(msmtp, "runHint").contains(account.address));
}

TEST(UseAccountDialog, TheRelaysCodeSaysItsConnectionIsNotEncrypted)
{
    UseAccountDialog relay(googleSignInAccount());
    for (const QString &id : guides::snippetLanguageNames()) {
        QWidget *shown = page(relay, id);
        const QString intro = labelText(shown, "snippetIntro");
        EXPECT_TRUE(intro.contains(u"never leaves this computer, so it is not encrypted")) << intro.toStdString();
        EXPECT_FALSE(intro.contains(u"certificate")) << intro.toStdString();
        EXPECT_EQ(mistakes(shown).size(), 2) << id.toStdString();
        for (const QString &mistake : mistakes(shown))
            EXPECT_FALSE(mistake.contains(u"certificate") || mistake.contains(u"--insecure")) << mistake.toStdString();
        const QString offer = labelText(shown, "relayOffer");
        EXPECT_TRUE(offer.startsWith(u"Instead, this program can send through Remitente's relay on this computer"))
            << offer.toStdString();
        EXPECT_TRUE(offer.contains(QStringLiteral("add a program called \"") + id + u'"')) << offer.toStdString();
    }
    // An account's own server: its certificate is checked, and turning that off is a mistake.
    UseAccountDialog direct(sampleAccount());
    QWidget *python = page(direct, QStringLiteral("python"));
    EXPECT_TRUE(labelText(python, "snippetIntro").contains(u"always checks the server's certificate"));
    EXPECT_TRUE(mistakes(python).join(u'\n').contains(u"--insecure"));
}

TEST(UseAccountDialog, TheRelayOfferNamesTheProgramOnce)
{
    UseAccountDialog dialog(googleSignInAccount());
    const QString wordpress = labelText(page(dialog, QStringLiteral("wordpress")), "relayOffer");
    const guides::FieldGuide guide
        = *guides::fieldGuide(QStringLiteral("wordpress"), googleSignInAccount(), QStringLiteral("en"));
    EXPECT_EQ(wordpress.count(guide.program), 1) << wordpress.toStdString();
    EXPECT_TRUE(wordpress.startsWith(QStringLiteral("Only if ") + guide.program
                                     + QStringLiteral(" runs on this same computer")));
    EXPECT_TRUE(wordpress.contains(u"add a program called \"wordpress\" under"));
    EXPECT_TRUE(wordpress.endsWith(u"If your website is on a hosting server, the relay cannot help."));
    // Thunderbird is no website.
    const QString thunderbird = labelText(page(dialog, QStringLiteral("thunderbird")), "relayOffer");
    EXPECT_TRUE(thunderbird.startsWith(u"Only if Thunderbird runs")) << thunderbird.toStdString();
    EXPECT_FALSE(thunderbird.contains(u"website"));
}

TEST(UseAccountDialog, TheSignInNoticeNamesTheProvider)
{
    auto notice = [](const accounts::Account &account) {
        UseAccountDialog dialog(account);
        return labelText(page(dialog, QStringLiteral("wordpress")), "oauthNotice");
    };
    accounts::Account account = googleSignInAccount();
    EXPECT_EQ(notice(account),
              QStringLiteral("ana@gmail.com signs in with Google, so it has no password another program could use."));
    account.providerId = QStringLiteral("google-workspace");
    EXPECT_TRUE(notice(account).contains(u"signs in with Google,"));
    account.providerId = QStringLiteral("outlook");
    EXPECT_TRUE(notice(account).contains(u"signs in with Microsoft,"));
    account.providerId = QStringLiteral("microsoft365");
    EXPECT_TRUE(notice(account).contains(u"signs in with Microsoft,"));
    // Not in the catalogue: both named.
    account.providerId.clear();
    EXPECT_TRUE(notice(account).contains(u"signs in with Microsoft or Google")) << notice(account).toStdString();
    account.providerId = QStringLiteral("no-such-provider");
    EXPECT_TRUE(notice(account).contains(u"signs in with Microsoft or Google"));
}

TEST(UseAccountDialog, AProgramOnItsMakersServersListsNoMistakesWithoutFields)
{
    UseAccountDialog relay(googleSignInAccount());
    for (const char *id : {"hubspot", "zoho", "salesforce"}) {
        QWidget *shown = page(relay, QString::fromLatin1(id));
        EXPECT_TRUE(shown->findChildren<QLabel *>(QStringLiteral("fieldLabel")).isEmpty()) << id;
        EXPECT_EQ(shown->findChild<QWidget *>(QStringLiteral("mistakes")), nullptr) << id;
        EXPECT_TRUE(mistakes(shown).isEmpty()) << id;
    }
    EXPECT_FALSE(mistakes(page(relay, QStringLiteral("wordpress"))).isEmpty());
    UseAccountDialog direct(sampleAccount());
    EXPECT_FALSE(mistakes(page(direct, QStringLiteral("hubspot"))).isEmpty());
}

TEST(UseAccountDialog, SectionTitlesLookLikeHeadingsButAreNeverChosen)
{
    UseAccountDialog dialog(sampleAccount());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(&dialog, "destinations");
    auto *pages = child<QStackedWidget>(&dialog, "destinationPages");
    QListWidgetItem *title = list->item(0);
    ASSERT_EQ(title->text(), QStringLiteral("Programs and websites"));
    EXPECT_FALSE(title->flags() & Qt::ItemIsSelectable);
    EXPECT_TRUE(title->font().bold());
    EXPECT_EQ(list->currentRow(), 1);
    const int shownPage = pages->currentIndex();
    // Neither a click nor the keyboard makes a title the current item.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(title).center());
    EXPECT_EQ(list->currentRow(), 1);
    EXPECT_EQ(pages->currentIndex(), shownPage);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up);
    EXPECT_EQ(list->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_Home);
    EXPECT_EQ(list->currentRow(), 1);
    // Drawn in the text's colour, not greyed out like a disabled item: the title's darkest pixel is the text's.
    const QImage drawn = list->viewport()->grab(list->visualItemRect(title)).toImage();
    int darkest = 255;
    for (int y = 0; y < drawn.height(); ++y) {
        for (int x = 0; x < drawn.width(); ++x)
            darkest = qMin(darkest, qGray(drawn.pixel(x, y)));
    }
    const int text = qGray(list->palette().color(QPalette::Active, QPalette::Text).rgb());
    const int disabled = qGray(list->palette().color(QPalette::Disabled, QPalette::Text).rgb());
    ASSERT_GT(qAbs(text - disabled), 40) << "the style draws disabled text like any other";
    EXPECT_LE(qAbs(darkest - text), qAbs(darkest - disabled)) << darkest << " " << text << " " << disabled;
}

TEST(UseAccountDialog, ShortFieldLabelsStayOnOneLine)
{
    const InSpanish spanish;
    UseAccountDialog dialog(sampleAccount());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    for (const QSize size : {dialog.size(), dialog.minimumSize()}) {
        dialog.resize(size);
        QWidget *thunderbird = page(dialog, QStringLiteral("thunderbird"));
        QApplication::processEvents();
        QApplication::processEvents();
        QLabel *name = thunderbird->findChildren<QLabel *>(QStringLiteral("fieldLabel")).first();
        ASSERT_EQ(name->text(), QStringLiteral("Nombre del servidor"));
        EXPECT_LT(name->height(), 2 * name->fontMetrics().lineSpacing())
            << size.width() << " " << name->width() << " " << name->fontMetrics().horizontalAdvance(name->text()) << " "
            << name->fontMetrics().averageCharWidth();
    }
}

TEST(UseAccountDialog, InSpanishItSaysEquipo)
{
    const InSpanish spanish;
    accounts::Account pinned = sampleAccount();
    pinned.pinnedSha256 = QByteArray(32, '\x5a');
    for (const accounts::Account &account : {pinned, googleSignInAccount()}) {
        UseAccountDialog dialog(account);
        for (const QString &text : allTexts(&dialog))
            EXPECT_FALSE(text.contains(u"ordenador")) << text.toStdString();
    }
    UseAccountDialog relay(googleSignInAccount());
    QWidget *python = page(relay, QStringLiteral("python"));
    EXPECT_EQ(labelText(python, "snippetIntro"),
              QStringLiteral("Un programa completo que envía un mensaje de prueba a ana@gmail.com a través del relé de "
                             "Remitente en este equipo. Lee la contraseña de la variable de entorno SMTP_PASSWORD; la "
                             "conexión con el relé no sale de este equipo, por eso no va cifrada."));
    EXPECT_TRUE(labelText(python, "relayOffer").startsWith(u"En su lugar, este programa puede enviar"));
    EXPECT_TRUE(labelText(python, "oauthNotice").startsWith(u"ana@gmail.com inicia sesión con Google, así que"));
    EXPECT_TRUE(labelText(python, "runHint").startsWith(u"Ejecute esta orden en una terminal"));
    UseAccountDialog direct(sampleAccount());
    EXPECT_EQ(labelText(page(direct, QStringLiteral("salesforce")), "englishLabels").toStdString(),
              QStringLiteral("Los nombres de los campos aparecen tal como los muestra Salesforce (Email Relay) en "
                             "inglés; Remitente aún no sabe cómo se llaman en español. Si usa Salesforce (Email Relay) "
                             "en español, busque los campos en el mismo orden.")
                  .toStdString());
}
