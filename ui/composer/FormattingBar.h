#pragma once

#include <QToolBar>

class QTextEdit;

namespace remitente::ui {

// Bold, italic, a bulleted list and a link for a formatted message, with the platform's icons (words where the
// theme has none) and the usual shortcuts (Ctrl+B, Ctrl+I, Ctrl+K). The buttons follow the text at the cursor.
class FormattingBar : public QToolBar
{
    Q_OBJECT
public:
    FormattingBar(QTextEdit *editor, QWidget *parent = nullptr);

private:
    void followCursor();
    void toggleList(bool on);
    void askForLink();
    void insertLink(const QString &address);

    QTextEdit *m_editor;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_list;
    QAction *m_link;
};

} // namespace remitente::ui
