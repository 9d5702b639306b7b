#pragma once

#include <QTableView>

namespace vzaps {
class InstanceTableModel;
}

namespace vzaps::ui {

class BadgeDelegate;

// The instance table as the main window shows it: whole-row selection, badge cells,
// movable columns with a header menu to show, hide and reset them. Sorting is the
// server's: the window listens to the header's sort indicator.
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

private:
    void showColumnsMenu(const QPoint &pos);

    BadgeDelegate *m_delegate;
};

} // namespace vzaps::ui
