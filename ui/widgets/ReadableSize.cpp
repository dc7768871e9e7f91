#include "ReadableSize.h"

#include <QLayout>
#include <QWidget>

namespace remitente::ui {

void keepReadable(QWidget *window, int minimumWidth)
{
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int width = qMax(minimumWidth, layout->minimumSize().width());
    const int height
        = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->minimumSize().height();
    window->setMinimumSize(width, qMax(height, layout->minimumSize().height()));
}

} // namespace remitente::ui
