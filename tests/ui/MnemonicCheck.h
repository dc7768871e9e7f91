#pragma once

#include <QStringList>

class QWidget;

namespace remitente::testing {

// Alt+letter shortcuts that more than one visible control of a window answers to (buttons, labels with a buddy,
// group boxes, tabs, menu titles), and within each of the window's menus. One line per clash, naming the texts.
QStringList mnemonicClashes(QWidget *window);

} // namespace remitente::testing
