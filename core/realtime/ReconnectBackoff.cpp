#include "core/realtime/ReconnectBackoff.h"

#include <algorithm>

namespace vzaps::realtime {

std::chrono::milliseconds ReconnectBackoff::nextDelay(double jitter)
{
    const double first = double(m_timings.firstRetry.count());
    const double longest = double(std::max(m_timings.longestRetry, m_timings.firstRetry).count());
    double base = first;
    for (int i = 0; i < m_failures && base < longest; ++i)
        base *= 2;
    base = std::min(base, longest);
    ++m_failures;
    const double spread = 0.8 + 0.4 * std::clamp(jitter, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(base * spread));
}

void ReconnectBackoff::closedAfter(std::chrono::milliseconds connectedFor)
{
    if (connectedFor >= m_timings.stableAfter)
        reset();
}

} // namespace vzaps::realtime
