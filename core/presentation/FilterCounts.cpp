#include "core/presentation/FilterCounts.h"

#include "core/presentation/StatusScan.h"

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

// The search a complete reading would have been made for `view`, and whether there is one.
bool hasCompleteReadingFor(const StatusScan &scan, const QString &search)
{
    // A reading the server filtered by status holds only those states: it counts nothing.
    return scan.hasReading() && scan.isComplete() && !scan.isScanning() &&
           !scan.readQuery().filtersOnServerByStatus() &&
           scan.readQuery().search.trimmed() == search.trimmed();
}

} // namespace

FilterCounts FilterCounts::of(const InstanceListController &controller)
{
    FilterCounts counts;
    const StatusScan &scan = controller.statusScan();
    if (hasCompleteReadingFor(scan, controller.scanQuery().search)) {
        const StatusScan::StateCounts read = scan.stateCounts(controller.scanFilter());
        counts.source = Source::Reading;
        counts.readAt = scan.completedAt();
        counts.connected = read.connected;
        counts.disconnected = read.disconnected;
        counts.cancelsSoon = read.cancelsSoon;
        for (const QString &status : StatusFilter::billingStatuses())
            counts.billing.insert(status, read.billing.value(status));
        return counts;
    }
    // The server counts the search it answered: not a search of all fields, not the watched
    // few, not another search than the one asked for now.
    const QString search = controller.query().search.trimmed();
    if (!controller.hasLoaded() || controller.summary().isEmpty() ||
        controller.statusFilter().ids || (controller.searchesAllFields() && !search.isEmpty()) ||
        controller.summarySearch() != (controller.searchesAllFields() ? QString() : search))
        return counts;
    counts.source = Source::ServerSummary;
    for (const SummaryCounter &counter : controller.summary()) {
        bool isNumber = false;
        const qint64 value = counter.value.toLongLong(&isNumber);
        if (!isNumber)
            continue;
        const QString key = counter.key.section(u'.', -1).toLower();
        if (key == "connected"_L1)
            counts.connected = value;
        else if (key == "disconnected"_L1)
            counts.disconnected = value;
        else if (StatusFilter::billingStatuses().contains(key.toUpper()))
            counts.billing.insert(key.toUpper(), value);
    }
    return counts;
}

std::optional<qint64> viewCount(const InstanceListController &controller,
                                const InstanceListController::View &view)
{
    const QString readSearch = view.searchAllFields ? QString() : view.search;
    const StatusScan &scan = controller.statusScan();
    StatusFilter filter = view.filter;
    if (view.searchAllFields)
        filter.text = AllFieldsSearch(view.search);
    if (hasCompleteReadingFor(scan, readSearch))
        return scan.countMatching(filter);
    if (filter.isEmpty() && !controller.filtersByStatus() && controller.showsCurrentSearch() &&
        controller.shownSearch() == view.search.trimmed())
        return controller.total();
    return std::nullopt;
}

} // namespace vzaps
