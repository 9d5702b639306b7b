#include "ui/mainwindow/InstanceTableView.h"

#include "core/presentation/InstanceTableModel.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/mainwindow/BadgeDelegate.h"
#include "ui/mainwindow/ColumnHeader.h"

#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

InstanceTableView::InstanceTableView(InstanceTableModel *model, QWidget *parent)
    : QTableView(parent)
    , m_delegate(new BadgeDelegate(this))
{
    named(this, u"instanceTable"_s, tr("Instances"));
    setHorizontalHeader(new ColumnHeader(this));
    setModel(model);
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);

    QHeaderView *header = horizontalHeader();
    header->setObjectName(u"instanceTableHeader"_s);
    header->setAccessibleName(tr("Columns"));
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setMinimumSectionSize(48);
    applyDefaultColumnLayout();
    connect(header, &QWidget::customContextMenuRequested, this,
            &InstanceTableView::showColumnsMenu);
}

Qt::SortOrder InstanceTableView::firstSortOrder(int column)
{
    const bool isDate = column == InstanceTableModel::CreatedColumn ||
                        column == InstanceTableModel::UpdatedColumn ||
                        column == InstanceTableModel::CancelsAtColumn ||
                        column == InstanceTableModel::ExpiresColumn;
    return isDate ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void InstanceTableView::applyDefaultColumnLayout()
{
    QHeaderView *header = horizontalHeader();
    static const int widths[InstanceTableModel::ColumnCount] = {
        230, // Name
        150, // ID
        120, // Connection
        90,  // Status
        150, // Billing
        190, // Webhook
        170, // Events
        110, // Created
        110, // Updated
        100, // Cancels at
        100, // Expires
    };
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column) {
        header->moveSection(header->visualIndex(column), column);
        header->setSectionHidden(column, false);
        header->resizeSection(column, widths[column]);
    }
}

void InstanceTableView::showColumnsMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setObjectName(u"columnsMenu"_s);
    menu->setAccessibleName(tr("Columns"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int visible = header->count() - header->hiddenSectionCount();
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column) {
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        QAction *action = menu->addAction(title);
        action->setObjectName(u"showColumn_%1"_s.arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table with no columns cannot get them back.
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            if (shown && header->sectionSize(column) < header->minimumSectionSize() * 2)
                header->resizeSection(column, 120);
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset columns"));
    reset->setObjectName(u"resetColumnsAction"_s);
    connect(reset, &QAction::triggered, this, &InstanceTableView::applyDefaultColumnLayout);
    menu->popup(header->viewport()->mapToGlobal(pos));
}

} // namespace vzaps::ui
