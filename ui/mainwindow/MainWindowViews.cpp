// The main window's views: the view selector before the search field, showing a saved or
// built-in view (its columns, sort and search text in the window's widgets, then the view in
// the controller), Search all fields, and the export of the view.
#include "ui/mainwindow/MainWindow.h"

#include "core/presentation/FilterCounts.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/SavedViews.h"
#include "core/presentation/WatchList.h"
#include "ui/mainwindow/InstanceTableView.h"
#include "ui/mainwindow/SearchField.h"
#include "ui/mainwindow/StatusFilterButton.h"
#include "ui/views/ViewsHost.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

void MainWindow::buildViews()
{
    m_views = new ViewsHost(*m_controller, *m_watchList, this);
    m_views->showView = [this](const SavedView &view) { showSavedView(view); };
    m_views->hiddenColumns = [this] { return m_table->hiddenColumnNames(); };
    connect(m_views, &ViewsHost::message, this, &MainWindow::showMessage);
    addAction(m_views->exportAction());
    addAction(m_views->searchAllFieldsAction());
}

void MainWindow::connectViews()
{
    m_statusFilter->setCountsSource([this] { return FilterCounts::of(*m_controller); });
    m_statusFilter->addMenuAction(m_views->searchAllFieldsAction());
    const auto showSearchKind = [this] {
        m_search->setPlaceholderText(
            m_controller->searchesAllFields()
                ? tr("Search all fields: phone, push name, webhook, labels… (Ctrl+F)")
                : tr("Search by name or id… (Ctrl+F)"));
    };
    connect(m_controller, &InstanceListController::queryChanged, m_search, showSearchKind);
    showSearchKind();
}

void MainWindow::showSavedView(const SavedView &saved)
{
    const InstanceListController::View view = m_views->shownAs(saved);
    if (saved.hasColumns)
        m_table->setHiddenColumnNames(saved.hiddenColumns);
    m_table->showSort(view.sort, view.sortDescending);
    m_sortSection = InstanceTableModel::columnOfSortField(view.sort);
    {
        // The text is the view's; the controller gets it with the rest, in one go.
        const QSignalBlocker blocker(m_search);
        m_search->setText(view.search);
    }
    m_controller->showView(view);
    showMessage(tr("Showing the view “%1”.").arg(saved.title()));
}

} // namespace vzaps::ui
