#include "FormattingBar.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QPalette>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QUrl>

namespace remitente::ui {

namespace {
QAction *addFormatAction(QToolBar *bar, const char *themeIcon, const QString &text, const QString &name,
                         const QKeySequence &keys)
{
    QAction *action = bar->addAction(QIcon::fromTheme(QString::fromLatin1(themeIcon)), text);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(keys.isEmpty() ? text
                                      : QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
    return action;
}
} // namespace

FormattingBar::FormattingBar(QTextEdit *editor, QWidget *parent) : QToolBar(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("formattingBar"));
    setAccessibleName(tr("Formatting"));
    // Icons from the desktop's theme; where it has none, the button shows its word instead (QToolButton does).
    m_bold = addFormatAction(this, "format-text-bold", tr("Bold"), QStringLiteral("boldAction"), QKeySequence::Bold);
    m_italic = addFormatAction(this, "format-text-italic", tr("Italic"), QStringLiteral("italicAction"),
                               QKeySequence::Italic);
    m_list = addFormatAction(this, "format-list-unordered", tr("Bulleted list"), QStringLiteral("listAction"), {});
    m_link = addFormatAction(this, "insert-link", tr("Link…"), QStringLiteral("linkAction"),
                             QKeySequence(Qt::CTRL | Qt::Key_K));
    for (QAction *action : {m_bold, m_italic, m_list})
        action->setCheckable(true);

    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_editor->mergeCurrentCharFormat(format);
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_editor->mergeCurrentCharFormat(format);
    });
    connect(m_list, &QAction::triggered, this, &FormattingBar::toggleList);
    connect(m_link, &QAction::triggered, this, &FormattingBar::askForLink);
    connect(m_editor, &QTextEdit::cursorPositionChanged, this, &FormattingBar::followCursor);
    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, &FormattingBar::followCursor);
}

void FormattingBar::followCursor()
{
    const QTextCharFormat format = m_editor->currentCharFormat();
    m_bold->setChecked(format.fontWeight() > QFont::Medium);
    m_italic->setChecked(format.fontItalic());
    m_list->setChecked(m_editor->textCursor().currentList() != nullptr);
}

void FormattingBar::toggleList(bool on)
{
    QTextCursor cursor = m_editor->textCursor();
    if (on) {
        cursor.createList(QTextListFormat::ListDisc);
    } else if (QTextList *list = cursor.currentList()) {
        list->remove(cursor.block());
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        cursor.setBlockFormat(plain);
    }
    m_editor->setFocus();
}

void FormattingBar::askForLink()
{
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("linkDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Add a link"));
    ask->setLabelText(tr("&Web address:"));
    ask->setTextValue(QStringLiteral("https://"));
    connect(ask, &QInputDialog::textValueSelected, this, &FormattingBar::insertLink);
    ask->open(); // no nested event loop
}

void FormattingBar::insertLink(const QString &address)
{
    const QUrl url = QUrl::fromUserInput(address.trimmed());
    if (!url.isValid() || (url.host().isEmpty() && url.scheme() != u"mailto"))
        return;
    const QString href = url.toString(QUrl::FullyEncoded);
    QTextCursor cursor = m_editor->textCursor();
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(href);
    link.setFontUnderline(true);
    link.setForeground(m_editor->palette().brush(QPalette::Link));
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(link);
    } else {
        const QTextCharFormat before = cursor.charFormat();
        cursor.insertText(address.trimmed(), link);
        m_editor->setTextCursor(cursor);
        m_editor->setCurrentCharFormat(before); // what is typed next is not part of the link
    }
    m_editor->setFocus();
}

} // namespace remitente::ui
