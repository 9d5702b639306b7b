// The main window's selection and keyboard paths: which instances are selected and shown in
// the detail panel, the row menu, finding a row again after an action, and moving between the
// search field, the table and the panel (MainWindow.cpp has the window's state).
#include "ui/mainwindow/MainWindow.h"

#include "core/presentation/InstanceListController.h"
#include "core/presentation/LiveUpdates.h"
#include "core/presentation/WatchList.h"
#include "ui/actions/InstanceCommands.h"
#include "ui/detail/DetailPanel.h"
#include "ui/mainwindow/InstanceActions.h"
#include "ui/mainwindow/InstanceTableView.h"
#include "ui/mainwindow/SearchField.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

QList<Instance> MainWindow::selectedInstances() const
{
    if (!m_table)
        return {}; // the actions are built before the table
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Instance> instances;
    for (const QModelIndex &index : std::as_const(rows))
        instances.append(m_controller->model()->instanceAt(index.row()));
    return instances;
}

std::optional<Instance> MainWindow::currentInstance() const
{
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), {}))
        return m_controller->model()->instanceAt(current.row());
    const QModelIndexList rows = selection->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_controller->model()->instanceAt(rows.first().row());
}

void MainWindow::updateSelectionActions()
{
    const QList<Instance> selection = selectedInstances();
    m_rowActions->updateForSelection(int(selection.size()));
    m_commands->updateForSelection(selection);
}

void MainWindow::updateDetail()
{
    const auto instance = currentInstance();
    const QString id = instance ? instance->id : QString();
    // Selection and current-row changes come in pairs; what the shown instance learns
    // later reaches the panel from the store.
    if (m_detailShown && id == m_detailId)
        return;
    m_detailShown = true;
    m_detailId = id;
    m_detail->showInstance(instance);
    m_live->setCurrent(id);
}

void MainWindow::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    auto *menu = new QMenu(this);
    menu->setObjectName(u"rowMenu"_s);
    menu->setToolTipsVisible(true); // a disabled item says why
    menu->setAccessibleName(tr("Instance actions"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_commands->addToRowMenu(menu);
    menu->addSeparator();
    m_rowActions->addTo(menu);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::onInstanceCreated(const Instance &instance)
{
    // Newest first is the default order, so a refresh usually brings it onto the page.
    m_controller->store().learn(instance.id, instance.raw);
    m_selectWhenLoaded = instance.id;
    m_controller->refresh();
}

void MainWindow::onInstanceRemoved(const QString &id)
{
    // Gone from every view at once; the refresh then fills the page up again.
    m_controller->store().remove(id);
    m_watchList->unpin(id);
    m_controller->refresh();
}

void MainWindow::selectPendingInstance()
{
    if (m_selectWhenLoaded.isEmpty())
        return;
    const QString id = std::exchange(m_selectWhenLoaded, QString());
    const int row = m_controller->model()->rowOf(id);
    if (row < 0)
        return showMessage(tr("The new instance is not on this page; search for it to see it."));
    const QModelIndex index = m_controller->model()->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::revealInstance(const QString &id)
{
    // Out of the taskbar as it was before: a maximized window comes back maximized.
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    if (id.isEmpty() || isShowingSetupPage())
        return;
    const int row = m_controller->model()->rowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_controller->model()->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        return;
    }
    const Instance *known = m_controller->store().find(id);
    if (!known)
        return showMessage(tr("That instance is not known any more; search for it."));
    // Not on this page: shown in the panel with no row selected.
    m_table->selectionModel()->clearSelection();
    m_detailShown = true;
    m_detailId = id;
    m_detail->showInstance(*known);
    m_live->setCurrent(id);
}

void MainWindow::focusDetail(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    // Make sure the panel is wide enough to read before sending the focus there.
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes.at(1) < m_detail->minimumWidth()) {
        const int total = sizes.at(0) + sizes.at(1);
        m_splitter->setSizes({total - 380, 380});
    }
    updateDetail();
    QWidget *target = m_detail;
    for (QWidget *w = m_detail->nextInFocusChain(); w && w != m_detail; w = w->nextInFocusChain()) {
        if (!m_detail->isAncestorOf(w))
            break;
        if (w->isVisibleTo(m_detail) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            target = w;
            break;
        }
    }
    target->setFocus(Qt::OtherFocusReason);
}

void MainWindow::focusSearch()
{
    if (!m_search->isEnabled())
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool MainWindow::selectFirstRow()
{
    if (m_listStack->currentWidget() != m_table || m_controller->model()->rowCount() == 0)
        return false;
    const QModelIndex first =
        m_controller->model()->index(0, m_table->horizontalHeader()->logicalIndex(0));
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(first);
    return true;
}

void MainWindow::enterResults()
{
    if (selectFirstRow())
        m_table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::openFirstResult()
{
    // The rows on screen may still be an earlier search's: open the first match of this
    // one once it is shown.
    m_controller->searchNow();
    if (!m_controller->showsCurrentSearch()) {
        m_openFirstWhenShown = m_controller->isBusy();
        return;
    }
    if (selectFirstRow())
        focusDetail(m_table->currentIndex());
    else if (!m_search->text().trimmed().isEmpty())
        showMessage(tr("No instance matches “%1”.").arg(m_search->text().trimmed()));
}

} // namespace vzaps::ui
