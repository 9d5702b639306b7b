#pragma once

#include "ui/help/KeyboardShortcuts.h"

#include <QDialog>

class QTreeWidget;

namespace vzaps::ui {

// Help ▸ Keyboard shortcuts: every key of the window's actions, by menu (shortcutsOf()),
// as the keys read on this desktop. Read-only; Escape or Close closes it.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace vzaps::ui
