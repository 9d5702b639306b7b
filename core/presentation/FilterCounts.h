#pragma once

#include "core/presentation/InstanceListController.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace vzaps {

// The counts beside the status filter's choices and the saved views, and where they come
// from, so the window can say it: the server's summary of the search shown (connection and
// billing only), or a complete reading of the account (every choice, exact as of when it
// ended). Nothing is counted from a reading cut short.
struct FilterCounts {
    enum class Source { None, ServerSummary, Reading };
    Source source = Source::None;
    QDateTime readAt; // when the reading ended (Source::Reading)
    std::optional<qint64> connected;
    std::optional<qint64> disconnected;
    std::optional<qint64> cancelsSoon;
    QHash<QString, qint64> billing; // upper-case status → count; missing: not known

    static FilterCounts of(const InstanceListController &controller);
};

// How many instances `view` shows, when a complete reading of its search says so (or, for a
// view without a filter, the server's total for the search on screen); nothing otherwise.
std::optional<qint64> viewCount(const InstanceListController &controller,
                                const InstanceListController::View &view);

} // namespace vzaps
