#pragma once

#include <functional>

class QWidget;

namespace vzaps::desk {

// Runs `then` once, just after the first paint of `widget` at which `ready()` holds (e.g.
// the table's first paint with rows): what start-up does not need waits until the user
// sees the window's content.
void afterFirstPaint(QWidget *widget, std::function<bool()> ready, std::function<void()> then);

} // namespace vzaps::desk
