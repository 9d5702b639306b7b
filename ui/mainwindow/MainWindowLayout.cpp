// What the main window remembers across restarts (geometry, splitter, columns, sort, page
// size) and the first query that follows from it.
#include "ui/mainwindow/MainWindow.h"

#include "core/presentation/InstanceTableModel.h"
#include "ui/mainwindow/InstanceTableView.h"
#include "ui/mainwindow/PagingBar.h"
#include "ui/mainwindow/WindowSettings.h"

#include <QHeaderView>
#include <QScreen>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings->geometry.get();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->windowState.get();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = m_settings->splitterState.get();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    restoreTableLayout();

    const int pageSize = Preferences::validPageSize(m_settings->pageSize.get());
    m_paging->setPageSize(pageSize, false);
}

void MainWindow::showFittingTheScreen()
{
    // A first start, or a size remembered from a bigger screen than this one.
    if (screen()) {
        const QSize available = screen()->availableGeometry().size();
        if (width() > available.width() || height() > available.height()) {
            resize(size().boundedTo(available));
            return showMaximized();
        }
    }
    show();
}

ListQuery MainWindow::rememberedQuery(int defaultPageSize)
{
    // The same choices restoreSettings() and applyPreferences() make for the widgets.
    const WindowSettings settings;
    ListQuery query;
    query.size = settings.pageSize.isSet() ? Preferences::validPageSize(settings.pageSize.get())
                                           : defaultPageSize;
    const int column = InstanceTableModel::columnOfSortField(settings.sortField.get());
    if (column >= 0) {
        query.sort = InstanceTableModel::sortField(column);
        query.sortDescending = settings.sortDescending.get();
    }
    return query;
}

void MainWindow::restoreTableLayout()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = m_settings->headerState.get();
    {
        const QSignalBlocker blocker(header);
        if (!state.isEmpty() && !header->restoreState(state))
            m_table->applyDefaultColumnLayout();
        // The sort the server was last asked for wins over the header's own memory.
        const int column = InstanceTableModel::columnOfSortField(m_settings->sortField.get());
        header->setSortIndicator(column, m_settings->sortDescending.get() ? Qt::DescendingOrder
                                                                          : Qt::AscendingOrder);
        m_sortSection = column;
        if (header->hiddenSectionCount() >= header->count())
            m_table->applyDefaultColumnLayout();
    }
}

void MainWindow::saveSettings() const
{
    m_settings->geometry.set(saveGeometry());
    m_settings->windowState.set(saveState());
    m_settings->splitterState.set(m_splitter->saveState());
    m_settings->headerState.set(m_table->horizontalHeader()->saveState());
    m_settings->sortField.set(m_sortSection >= 0 ? InstanceTableModel::sortField(m_sortSection)
                                                 : QString());
    m_settings->sortDescending.set(m_table->horizontalHeader()->sortIndicatorOrder() ==
                                   Qt::DescendingOrder);
    m_settings->pageSize.set(m_paging->pageSize());
    m_settings->sync();
}

void MainWindow::resetLayout()
{
    m_settings->geometry.set({});
    m_settings->windowState.set({});
    m_settings->splitterState.set({});
    m_settings->headerState.set({});
    m_table->applyDefaultColumnLayout();
    m_splitter->setSizes({900, 380});
    if (!isMaximized() && !isFullScreen())
        resize(1280, 780);
    showMessage(tr("The window, the panels and the table's columns are back to their defaults."));
}

} // namespace vzaps::ui
