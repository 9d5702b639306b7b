#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QMainWindow;

namespace vzaps::ui {

// One line of Help ▸ Keyboard shortcuts.
struct ShortcutEntry {
    QString group;  // the menu it is in ("File", "Instance"…), or "Other"
    QString action; // its text without the mnemonic's &
    QList<QKeySequence> keys;
};

// Every action of `window` that has a key, read from the actions themselves so the list
// cannot drift from what the keys do: the menu bar's menus in their order (submenus under
// their menu's name), then the window's other actions. Each action once, where it is first
// found; the texts as they read now (e.g. "Delete 3…").
QList<ShortcutEntry> shortcutsOf(const QMainWindow &window);

} // namespace vzaps::ui
