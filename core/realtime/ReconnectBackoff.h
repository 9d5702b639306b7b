#pragma once

#include "core/realtime/RealtimeFeed.h"

#include <chrono>

namespace vzaps::realtime {

// How long a closed socket waits before it tries again: Timings::firstRetry, doubling with
// each failed try up to Timings::longestRetry, each wait spread by ±20 % so that many
// clients cut off together do not come back together. A socket that stayed connected for
// Timings::stableAfter starts again from firstRetry.
class ReconnectBackoff
{
public:
    explicit ReconnectBackoff(const Timings &timings)
        : m_timings(timings)
    {}

    // The wait before the next try; `jitter` in [0, 1) picks where in the ±20 % it falls.
    std::chrono::milliseconds nextDelay(double jitter);
    // The socket was open for `connectedFor` before it closed.
    void closedAfter(std::chrono::milliseconds connectedFor);
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    Timings m_timings;
    int m_failures = 0;
};

} // namespace vzaps::realtime
