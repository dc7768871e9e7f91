// The composer from the keyboard: focus starts where a person types first (To), Tab goes To, Cc, Bcc, Subject,
// message; and formatted text: a toolbar (bold, italic, list, link) with Ctrl+B/Ctrl+I, sent as clean HTML that
// Python's html.parser reads with no font or size of the editor's in it.
#include "ComposerFixture.h"
#include "composer/ComposerWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>

#include <gtest/gtest.h>

using namespace remitente;
using namespace remitente::testing;
using remitente::ui::ComposerWindow;

namespace {

// Every tag and attribute Python's html.parser finds.
QJsonObject parseHtml(const QString &html)
{
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral(R"(
import html.parser, json, sys
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.tags = []; self.attrs = []; self.decls = []
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag); self.attrs += [f"{tag} {k}={v}" for k, v in attrs]
    def handle_decl(self, decl): self.decls.append(decl)
p = P(); p.feed(sys.stdin.read())
print(json.dumps({"tags": p.tags, "attrs": p.attrs, "decls": p.decls}))
)")});
    python.write(html.toUtf8());
    python.closeWriteChannel();
    python.waitForFinished(10000);
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

TEST(ComposerKeyboard, StartsInToAndTabsThroughRecipientsSubjectAndMessage)
{
    ComposerFixture f;
    auto *composer = new ComposerWindow(f.harness.app);
    composer->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(composer));
    auto *to = child<QLineEdit>(composer, "toField");
    ASSERT_EQ(QApplication::focusWidget(), to) << "a recipient typed at once is not lost";
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bob@example.test"));
    EXPECT_EQ(to->text(), QStringLiteral("bob@example.test"));
    for (const char *next : {"ccField", "bccField", "subjectField", "bodyField"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        EXPECT_EQ(QApplication::focusWidget(), child<QWidget>(composer, next)) << next;
    }
    composer->setAttribute(Qt::WA_DeleteOnClose, false);
    delete composer;
}

TEST(ComposerKeyboard, AMessageOpenedAgainStartsInTheMessage)
{
    ComposerFixture f;
    auto *composer = new ComposerWindow(f.harness.app);
    mime::Message message;
    message.to = {{QString(), QStringLiteral("bob@example.test")}};
    message.subject = QStringLiteral("Hola");
    composer->loadMessage(f.account.id, message);
    composer->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(composer));
    EXPECT_EQ(QApplication::focusWidget(), child<QWidget>(composer, "bodyField"));
    composer->setAttribute(Qt::WA_DeleteOnClose, false);
    delete composer;
}

TEST(ComposerFormatting, TheToolbarFormatsAndTheHtmlSentIsClean)
{
    ComposerFixture f;
    auto *composer = new ComposerWindow(f.harness.app);
    QSignalSpy queued(composer, &ComposerWindow::queued);
    composer->show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(composer));
    typeText(child<QLineEdit>(composer, "toField"), QStringLiteral("bob@example.test"));
    typeText(child<QLineEdit>(composer, "subjectField"), QStringLiteral("Con formato"));
    auto *bar = child<QToolBar>(composer, "formattingBar");
    EXPECT_FALSE(bar->isVisible()) << "plain text has nothing to format";
    QTest::mouseClick(child<QCheckBox>(composer, "formattedText"), Qt::LeftButton, {}, QPoint(4, 4));
    ASSERT_TRUE(bar->isVisible());
    for (const char *name : {"boldAction", "italicAction", "listAction", "linkAction"}) {
        QAction *action = bar->findChild<QAction *>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_FALSE(action->text().isEmpty()) << "words where the theme has no icon";
    }

    auto *body = child<QTextEdit>(composer, "bodyField");
    body->setFocus();
    typeText(body, QStringLiteral("Hola "));
    QTest::keySequence(body, QKeySequence::Bold);
    typeText(body, QStringLiteral("negrita"));
    QTest::keySequence(body, QKeySequence::Bold);
    typeText(body, QStringLiteral(" y "));
    QTest::keySequence(body, QKeySequence::Italic);
    typeText(body, QStringLiteral("cursiva"));
    QTest::keySequence(body, QKeySequence::Italic);
    typeText(body, QStringLiteral("\n"));
    bar->findChild<QAction *>(QStringLiteral("listAction"))->trigger();
    typeText(body, QStringLiteral("uno\ndos\n"));
    bar->findChild<QAction *>(QStringLiteral("listAction"))->trigger();
    typeText(body, QStringLiteral("Precios: "));
    bar->findChild<QAction *>(QStringLiteral("linkAction"))->trigger();
    auto *ask = composer->findChild<QInputDialog *>(QStringLiteral("linkDialog"));
    ASSERT_NE(ask, nullptr);
    ask->setTextValue(QStringLiteral("https://example.com/precios"));
    ask->accept();
    typeText(body, QStringLiteral(" gracias"));

    ASSERT_TRUE(composer->send());
    const outbox::OutboxEntry entry = *f.harness.outboxStore.entry(queued.first().first().toLongLong());
    const QString html = entry.message.html;
    const QJsonObject parsed = parseHtml(html);
    const QStringList tags = strings(parsed.value(QStringLiteral("tags")));
    const QStringList attrs = strings(parsed.value(QStringLiteral("attrs")));
    ASSERT_FALSE(tags.isEmpty()) << html.toStdString();
    EXPECT_TRUE(strings(parsed.value(QStringLiteral("decls"))).isEmpty()) << "no DOCTYPE: " << html.toStdString();
    EXPECT_EQ(attrs, QStringList{QStringLiteral("a href=https://example.com/precios")})
        << "no style, font or meta attributes: " << html.toStdString();
    for (const char *tag : {"style", "meta", "font", "span"})
        EXPECT_FALSE(tags.contains(QString::fromLatin1(tag))) << tag << ": " << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("font-size"))) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("font-family"))) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("qrichtext"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<b>negrita</b>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<i>cursiva</i>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<ul>\n<li>uno</li>\n<li>dos</li>\n</ul>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"https://example.com/precios\">https://example.com/precios</a>"
                                             " gracias")))
        << "the link ends where it was inserted: " << html.toStdString();
    // The plain alternative says the same.
    EXPECT_TRUE(entry.message.text.contains(QStringLiteral("- uno\n- dos"))) << entry.message.text.toStdString();
    EXPECT_TRUE(entry.message.text.contains(QStringLiteral("https://example.com/precios gracias")))
        << entry.message.text.toStdString();
}
