#pragma once

#include "core/types/Instance.h"
#include "core/types/InstancePage.h"

namespace vzaps::summary {

// Moves one instance between the counters of a list reply's `summary` (connected or
// disconnected, and its billing status) when something learned since changed it, so the
// summary strip agrees with the rows at once; the next list reply replaces it all. `after`
// null: the instance was deleted, and leaves the total too. Counters that are not numbers,
// and counters the summary does not have, are left as they are.
void move(QList<SummaryCounter> &counters, qint64 &total, const Instance &before,
          const Instance *after);

} // namespace vzaps::summary
