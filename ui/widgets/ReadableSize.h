#pragma once

class QWidget;

namespace remitente::ui {

// The smallest size at which a window still shows all of its text: at least minimumWidth wide, and as tall as its
// wrapped labels need at that width (Qt's minimum size ignores how wrapped text grows). Call once it has its layout.
void keepReadable(QWidget *window, int minimumWidth);

} // namespace remitente::ui
