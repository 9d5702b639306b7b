#pragma once

// The one clock of the desktop benchmarks. bench_desk subtracts the time it started a
// child from the stamp the child prints, so every process reads CLOCK_MONOTONIC.
#include <QtGlobal>

#include <cstdio>
#include <ctime>

namespace benchclock {

inline qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// With VZAPS_BENCH_TRACE=1: "main entered <ns>" on stderr, to split a start into the time
// before main() and after it.
inline void traceMainEntered()
{
    if (qEnvironmentVariableIsSet("VZAPS_BENCH_TRACE"))
        std::fprintf(stderr, "main entered %lld\n", static_cast<long long>(monotonicNs()));
}

} // namespace benchclock
