#include "MnemonicCheck.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QWidget>

namespace remitente::testing {

namespace {

using TextsByKey = QMap<QString, QStringList>;

void add(TextsByKey &texts, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        texts[key.toString()].append(text);
}

QStringList clashesIn(const TextsByKey &texts, const QString &where)
{
    QStringList clashes;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(QStringLiteral("%1: %2 in %3").arg(it.key(), it.value().join(QStringLiteral(" / ")), where));
    }
    return clashes;
}

} // namespace

QStringList mnemonicClashes(QWidget *window)
{
    TextsByKey texts;
    QStringList clashes;
    const QString where = window->windowTitle().isEmpty() ? window->objectName() : window->windowTitle();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(texts, button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(texts, label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(texts, group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(texts, tabs->tabText(i));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                if (!action->isVisible())
                    continue;
                add(texts, action->text());
                if (QMenu *menu = action->menu()) {
                    TextsByKey inMenu;
                    for (QAction *item : menu->actions()) {
                        if (item->isVisible() && !item->isSeparator())
                            add(inMenu, item->text());
                    }
                    clashes += clashesIn(inMenu, where + QStringLiteral(" > ") + action->text());
                }
            }
        }
    }
    return clashesIn(texts, where) + clashes;
}

} // namespace remitente::testing
