// Alt+letter reaches one control only: every wizard page (for several kinds of provider, with its folds and choices
// both ways), the main window with its tabs and menus, every window its actions and buttons open, and the
// composer; in English and in Spanish, with Qt's own Spanish for QWizard's buttons.
#include "MnemonicCheck.h"
#include "UiHarness.h"
#include "MainWindow.h"
#include "composer/ComposerWindow.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPointer>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;

namespace {

class Mnemonics : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        if (QByteArray(GetParam()) == "es") {
            ASSERT_TRUE(m_ours.load(QStringLiteral(":/i18n/remitente_es.qm")));
            ASSERT_TRUE(m_qt.load(QLocale(QLocale::Spanish), QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                << "Qt's Spanish (qt6-translations-l10n) is missing";
            QCoreApplication::installTranslator(&m_qt);
            QCoreApplication::installTranslator(&m_ours);
        }
    }
    void TearDown() override
    {
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qt);
    }

    static accounts::Account gmailAccount()
    {
        accounts::Account account;
        account.id = accounts::Account::newId();
        account.displayName = QStringLiteral("Ana");
        account.address = QStringLiteral("ana@gmail.com");
        account.host = QStringLiteral("smtp.gmail.com");
        account.port = 465;
        account.username = account.address;
        account.providerId = QStringLiteral("gmail");
        return account;
    }

    // What a window's checkboxes and radio buttons reveal counts too: each one is flipped and the window checked
    // again.
    static void checkWithEveryChoice(QWidget *window, QWidget *area, QStringList &clashes)
    {
        clashes += mnemonicClashes(window);
        for (QAbstractButton *choice : area->findChildren<QAbstractButton *>()) {
            if (!qobject_cast<QCheckBox *>(choice) && !qobject_cast<QRadioButton *>(choice))
                continue;
            if (!choice->isVisibleTo(window) || !choice->isEnabled())
                continue;
            choice->click();
            QCoreApplication::processEvents();
            clashes += mnemonicClashes(window);
        }
    }

    // The windows an action opened: checked, then closed.
    static void checkNewWindows(const QList<QWidget *> &before, QStringList &clashes)
    {
        QCoreApplication::processEvents();
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (before.contains(window) || !window->isVisible())
                continue;
            clashes += mnemonicClashes(window);
            window->close();
        }
        QCoreApplication::processEvents();
    }

    QTranslator m_ours;
    QTranslator m_qt;
};

void expectNoClashes(QStringList clashes)
{
    clashes.removeDuplicates();
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_P(Mnemonics, EveryWizardPageForEveryKindOfProvider)
{
    UiHarness harness;
    QStringList clashes;
    // Password with steps, app password, sign-in with a provider, a sending service, hosting, typed by hand.
    for (const char *providerId : {"gmail", "yahoo", "outlook", "mailgun", "hosting", ""}) {
        ui::SetupWizard wizard(harness.services);
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        wizard.draft().account.displayName = QStringLiteral("Ana");
        wizard.draft().account.address = QStringLiteral("ana@example.com");
        wizard.applyProvider(QString::fromLatin1(providerId));
        for (const int id : wizard.pageIds()) {
            if (id == ui::SetupWizard::DonePageId)
                continue; // it saves the account; checked below with one that is saved
            wizard.setStartId(id);
            wizard.restart();
            QCoreApplication::processEvents();
            checkWithEveryChoice(&wizard, wizard.currentPage(), clashes);
        }
    }
    expectNoClashes(clashes);
}

TEST_P(Mnemonics, TheWizardsLastPage)
{
    UiHarness harness;
    ui::SetupWizard wizard(harness.services);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    wizard.draft().account = gmailAccount();
    wizard.draft().password = QStringLiteral("abcd efgh ijkl mnop");
    wizard.draft().verified = true;
    wizard.setStartId(ui::SetupWizard::DonePageId);
    wizard.restart();
    QStringList clashes;
    checkWithEveryChoice(&wizard, wizard.currentPage(), clashes);
    expectNoClashes(clashes);
}

TEST_P(Mnemonics, MainWindowItsTabsMenusAndEveryWindowItOpens)
{
    UiHarness harness;
    harness.store.upsert(gmailAccount());
    ui::MainWindow window(harness.app);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *accounts = window.findChild<QAbstractItemView *>(QStringLiteral("accountList"));
    ASSERT_NE(accounts, nullptr);
    accounts->setCurrentIndex(accounts->model()->index(0, 0)); // the account's actions are enabled
    QStringList clashes;
    auto *tabs = window.findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        checkWithEveryChoice(&window, tabs->currentWidget(), clashes);
    }
    tabs->setCurrentIndex(0);

    const QList<QWidget *> before = QApplication::topLevelWidgets();
    int opened = 0;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>{}) {
            accounts->setCurrentIndex(accounts->model()->index(0, 0)); // a closed window may have changed it
            const bool quits = !action->shortcut().isEmpty()
                && QKeySequence::keyBindings(QKeySequence::Quit).contains(action->shortcut());
            if (action->isSeparator() || !action->isEnabled() || quits)
                continue;
            action->trigger();
            ++opened;
            checkNewWindows(before, clashes);
        }
    }
    for (QAbstractButton *button : tabs->widget(0)->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(&window) || !button->isEnabled() || qobject_cast<QCheckBox *>(button))
            continue;
        button->click();
        ++opened;
        checkNewWindows(before, clashes);
    }
    EXPECT_GE(opened, 5);
    expectNoClashes(clashes);
}

TEST_P(Mnemonics, Composer)
{
    UiHarness harness;
    harness.store.upsert(gmailAccount());
    auto *composer = new ui::ComposerWindow(harness.app);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    composer->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(composer));
    QStringList clashes;
    checkWithEveryChoice(composer, composer, clashes);
    delete composer;
    expectNoClashes(clashes);
}

INSTANTIATE_TEST_SUITE_P(InBothLanguages, Mnemonics, ::testing::Values("en", "es"));
