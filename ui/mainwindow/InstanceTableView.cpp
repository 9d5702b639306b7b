#include "ui/mainwindow/InstanceTableView.h"

#include "core/presentation/InstanceTableModel.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/mainwindow/BadgeDelegate.h"
#include "ui/mainwindow/ColumnHeader.h"

#include <QContextMenuEvent>
#include <QFocusEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMetaEnum>

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
    setTabKeyNavigation(false); // rows are selected whole: Tab leaves, arrows move
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
        190, // Billing, with "· cancels 12 Jan"
        190, // Webhook
        170, // Events
        110, // Created
        110, // Updated
        100, // Cancels at
        100, // Expires
        150, // WhatsApp name
        140, // Phone
    };
    // Shown from the header's menu; by default they would make the table too wide.
    const auto hiddenByDefault = [](int column) {
        return column == InstanceTableModel::PushNameColumn ||
               column == InstanceTableModel::PhoneColumn;
    };
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column) {
        header->moveSection(header->visualIndex(column), column);
        header->setSectionHidden(column, hiddenByDefault(column));
        header->resizeSection(column, widths[column]);
    }
}

void InstanceTableView::contextMenuEvent(QContextMenuEvent *event)
{
    event->accept();
    // A keyboard request (the Menu key) comes to the table itself, with a position that
    // says nothing about the rows; a mouse one comes from the viewport, under the pointer.
    if (event->reason() == QContextMenuEvent::Keyboard)
        return requestRowMenuAtCurrentRow();
    Q_EMIT rowMenuRequested(event->pos());
}

QList<ShortcutEntry> InstanceTableView::keyHelp()
{
    const QString group = tr("In the table");
    return {
        {group, tr("Show the instance's details"), {QKeySequence(Qt::Key_Enter)}},
        {group,
         tr("Open the row menu"),
         {QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)}},
    };
}

void InstanceTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        event->accept();
        return requestRowMenuAtCurrentRow();
    }
    QTableView::keyPressEvent(event);
}

void InstanceTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    const bool byTab =
        event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (!byTab || !model() || model()->rowCount() == 0 || selectionModel()->hasSelection())
        return;
    // Coming in by Tab, the keyboard lands on a row that is selected, so the detail panel
    // and the actions follow it at once.
    QModelIndex current = currentIndex();
    if (!current.isValid())
        current = model()->index(0, horizontalHeader()->logicalIndex(0));
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
}

void InstanceTableView::requestRowMenuAtCurrentRow()
{
    QModelIndex current = currentIndex();
    if (!current.isValid() && selectionModel()->hasSelection())
        current = selectionModel()->selectedRows().constFirst();
    if (!current.isValid())
        return;
    scrollTo(current);
    const QRect cell = visualRect(current);
    // At the start of the row's first cell, where a person's eye is on the row.
    Q_EMIT rowMenuRequested(QPoint(cell.left() + 8, cell.center().y()));
}

void InstanceTableView::showColumnsMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"columnsMenu"_s);
    menu->setAccessibleName(tr("Columns"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    fillColumnsMenu(menu);
    menu->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
}

void InstanceTableView::fillColumnsMenu(QMenu *menu)
{
    QHeaderView *header = horizontalHeader();
    menu->clear();
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
}

QStringList InstanceTableView::hiddenColumnNames() const
{
    const QMetaEnum columns = QMetaEnum::fromType<InstanceTableModel::Column>();
    QStringList names;
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column) {
        if (horizontalHeader()->isSectionHidden(column))
            names.append(QString::fromLatin1(columns.valueToKey(column)));
    }
    return names;
}

void InstanceTableView::setHiddenColumnNames(const QStringList &names)
{
    const QMetaEnum columns = QMetaEnum::fromType<InstanceTableModel::Column>();
    QHeaderView *header = horizontalHeader();
    int shown = 0;
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column) {
        const bool hidden = names.contains(QString::fromLatin1(columns.valueToKey(column)));
        header->setSectionHidden(column, hidden);
        if (!hidden && header->sectionSize(column) < header->minimumSectionSize() * 2)
            header->resizeSection(column, 120);
        shown += hidden ? 0 : 1;
    }
    if (shown == 0)
        header->setSectionHidden(InstanceTableModel::NameColumn, false);
}

void InstanceTableView::showSort(const QString &field, bool descending)
{
    const QSignalBlocker blocker(horizontalHeader());
    horizontalHeader()->setSortIndicator(InstanceTableModel::columnOfSortField(field),
                                         descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

} // namespace vzaps::ui
