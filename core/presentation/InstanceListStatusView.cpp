// The list controller's views of the whole account: a status filter, a search of all fields
// and a saved view, read by StatusScan instead of pages (InstanceListController.h).
#include "core/presentation/InstanceListController.h"

#include "core/presentation/StatusScan.h"

namespace vzaps {

void InstanceListController::setStatusFilter(const StatusFilter &filter)
{
    const bool was = filtersByStatus();
    m_statusFilter = filter;
    followViewMode(was);
    Q_EMIT queryChanged();
}

void InstanceListController::setSearchAllFields(bool on)
{
    if (on == m_searchAllFields)
        return;
    const bool was = filtersByStatus();
    m_searchAllFields = on;
    if (m_query.search.trimmed().isEmpty() && was == filtersByStatus())
        return Q_EMIT queryChanged(); // no text: nothing else to show
    followViewMode(was);
    Q_EMIT queryChanged();
}

ListQuery InstanceListController::scanQuery() const
{
    ListQuery query = m_query;
    query.page = 1;
    if (m_searchAllFields)
        query.search.clear(); // every instance is read; the text is matched here
    const StatusFilter &filter = m_statusFilter;
    // The server can take "this connection and those statuses"; "any one of them" only when
    // there is one kind of state, and "cancels soon" not at all (matched here).
    const int kinds = (filter.connected ? 1 : 0) + (filter.billing.isEmpty() ? 0 : 1) +
                      (filter.cancelsSoon ? 1 : 0);
    if (m_serverFiltersByStatus && (!filter.anyState || kinds == 1)) {
        query.connected = filter.connected;
        query.billingStatuses = QStringList(filter.billing.cbegin(), filter.billing.cend());
        query.billingStatuses.sort();
    }
    return query;
}

void InstanceListController::setServerFiltersByStatus(bool on)
{
    if (on == m_serverFiltersByStatus)
        return;
    m_serverFiltersByStatus = on;
    if (filtersByStatus())
        m_statusScan->show(scanQuery(), scanFilter());
}

StatusFilter InstanceListController::scanFilter() const
{
    StatusFilter filter = m_statusFilter;
    if (m_searchAllFields)
        filter.text = AllFieldsSearch(m_query.search);
    return filter;
}

InstanceListController::View InstanceListController::view() const
{
    return {m_query.search, m_searchAllFields, m_query.sort, m_query.sortDescending,
            m_statusFilter};
}

void InstanceListController::showView(const View &view)
{
    const bool was = filtersByStatus();
    m_query.search = view.search;
    m_query.sort = view.sort;
    m_query.sortDescending = view.sortDescending;
    m_query.page = 1;
    m_searchAllFields = view.searchAllFields;
    m_statusFilter = view.filter;
    m_debounce.stop();
    if (was || filtersByStatus())
        followViewMode(was);
    else
        send(); // pages before and after: the first page of the new search and sort
    Q_EMIT queryChanged();
}

void InstanceListController::followViewMode(bool wasFiltering)
{
    if (filtersByStatus()) {
        // A page on its way would put its rows over the matches: it is dropped.
        if (!wasFiltering)
            dropPageRequest();
        m_debounce.stop();
        m_query.page = 1; // what it goes back to without a filter
        m_statusScan->show(scanQuery(), scanFilter());
        showStatusMatches();
    } else if (wasFiltering) {
        m_statusScan->cancel();
        send(); // back to the page
    }
}

void InstanceListController::dropPageRequest()
{
    const bool wasBusy = isBusy();
    beginLoad();
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

void InstanceListController::showStatusMatches()
{
    if (!filtersByStatus())
        return;
    m_model->setRows(m_statusScan->matchingIds());
    m_hasLoaded = true;
    m_shownSearch = m_query.search.trimmed();
    updateStatusState();
    Q_EMIT pageLoaded();
}

void InstanceListController::updateStatusState()
{
    if (!filtersByStatus() || m_statusScan->hasFailed())
        return;
    m_lastError = {};
    // "Nothing matches" only once the reading has ended.
    const bool nothingYet = m_statusScan->isScanning() && m_statusScan->matchingIds().isEmpty();
    setState(nothingYet ? State::Loading : State::Ready);
}

} // namespace vzaps
