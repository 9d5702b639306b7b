#pragma once

#include "ui/help/KeyboardShortcuts.h"

#include <QTableView>

namespace vzaps {
class InstanceTableModel;
}

class QMenu;

namespace vzaps::ui {

class BadgeDelegate;

// The instance table as the main window shows it: whole-row selection, badge cells,
// movable columns with a header menu to show, hide and reset them. Sorting is the
// server's: the window listens to the header's sort indicator. Tab and Shift+Tab move
// out of the table (arrows move inside it); coming in by Tab selects the current row;
// a right-click, the Menu key and Shift+F10 ask for the row menu.
class InstanceTableView : public QTableView
{
    Q_OBJECT
public:
    explicit InstanceTableView(InstanceTableModel *model, QWidget *parent = nullptr);

    BadgeDelegate *badgeDelegate() const { return m_delegate; }
    // Every column shown, in model order, at a width that fits its usual content.
    void applyDefaultColumnLayout();

    // Dates sort newest first when their column is picked; everything else A→Z.
    static Qt::SortOrder firstSortOrder(int column);
    // Fills `menu` (emptied first) with a check per column and "Reset columns": the header's
    // context menu, and View ▸ Columns. The last visible column cannot be hidden.
    void fillColumnsMenu(QMenu *menu);
    // The hidden columns by name (InstanceTableModel::Column's keys, "PhoneColumn"), for a
    // saved view; setting them shows every other column, and never hides them all.
    QStringList hiddenColumnNames() const;
    void setHiddenColumnNames(const QStringList &names);
    // The header shows the server's sort of `field` (empty: none), without asking for it.
    void showSort(const QString &field, bool descending);
    // The keys the table handles itself (beyond its actions'), for Help ▸ Keyboard shortcuts.
    static QList<ShortcutEntry> keyHelp();

Q_SIGNALS:
    // The row menu, at `pos` in viewport coordinates: under the mouse, or at the current
    // row when asked for from the keyboard.
    void rowMenuRequested(const QPoint &pos);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void requestRowMenuAtCurrentRow();
    void showColumnsMenu(const QPoint &pos);

    BadgeDelegate *m_delegate;
};

} // namespace vzaps::ui
