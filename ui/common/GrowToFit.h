#pragma once

#include <QLayout>
#include <QWidget>

namespace vzaps::ui {

// Makes `window` taller when its word-wrapped texts (the reason OK is disabled, a
// failure, a result) need more height than it has. Qt's minimum window size ignores
// height-for-width, so without this the texts squeeze the fields above them.
// Only grows: a shorter text leaves the space to the layout's stretch.
inline void growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace vzaps::ui
