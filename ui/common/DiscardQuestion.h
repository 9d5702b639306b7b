#pragma once

#include <functional>

class QWidget;

namespace vzaps::ui {

// "Discard what you typed?" over `dialog` ("discardQuestion", window-modal): Discard
// ("discardButton") calls `discard`; Keep editing ("keepEditingButton", also Enter and
// Escape, so a second Escape never loses the text) gives the dialog back its focus where it
// was. While one is open, asking again does nothing.
void askToDiscard(QWidget *dialog, const std::function<void()> &discard);

} // namespace vzaps::ui
