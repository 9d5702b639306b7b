// Scanning a 10,024-instance sandbox for the disconnected ones (docs/architecture.md, budgets),
// each figure next to a baseline from the same run:
//  - total time of AccountScan with the "Disconnected" filter vs the sum of the same list
//    requests (pages of 100) sent back to back by a plain client (budget <= 1.2 x);
//  - the longest event-loop stall while scanning (budget <= 50 ms);
//  - resident memory after the scan (its matches kept) vs before (budget <= +20 MB).
// Usage: bench_scan [rounds=5]. The sandbox runs as a child process on loopback.
#include "bench/desk/BenchSandbox.h"
#include "core/api/ApiClient.h"
#include "core/api/InstancesApi.h"
#include "core/presentation/AccountScan.h"
#include "core/presentation/StatusFilter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace vzaps;

namespace {

constexpr int kSeeded = 10000; // plus the 24 demo instances

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Waits on the event loop until `done` holds.
template<typename Done>
void waitFor(Done done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

// The plain client: page after page, each request sent when the one before has answered.
double backToBackMs(ApiClient &client, int pages)
{
    QElapsedTimer clock;
    clock.start();
    for (int page = 1; page <= pages; ++page) {
        std::optional<bool> ok;
        QObject context;
        InstancesApi(client).list({page, AccountScan::kPageSize, {}, {}, false}, &context,
                                  [&ok](const Result<InstancePage> &result) { ok = result.ok(); });
        waitFor([&ok] { return ok.has_value(); });
        if (!*ok)
            return -1;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

struct ScanRun {
    double ms = -1;
    double longestStallMs = 0;
    qint64 matches = 0;
    qint64 scanned = 0;
};

ScanRun scanDisconnected(ApiClient &client, QList<Instance> &kept)
{
    StatusFilter disconnected;
    disconnected.connected = false;
    AccountScan scan(client, {});
    ScanRun run;
    QObject::connect(&scan, &AccountScan::instancesArrived, &scan,
                     [&](const QList<Instance> &instances) {
                         for (const Instance &instance : instances) {
                             if (disconnected.matches(instance))
                                 kept.append(instance);
                         }
                     });
    bool done = false;
    QObject::connect(&scan, &AccountScan::finished, &scan, [&done] { done = true; });
    QObject::connect(&scan, &AccountScan::failed, &scan, [&done, &run](const ApiError &error) {
        std::fprintf(stderr, "bench: scan failed: %s\n", qPrintable(error.describe()));
        done = true;
        run.ms = -1;
    });
    // A 5 ms tick: how late it comes is how long the event loop was busy elsewhere.
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        run.longestStallMs =
            std::max(run.longestStallMs, double(sinceTick.nsecsElapsed()) / 1e6 - 5.0);
        sinceTick.restart();
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    tick.start();
    scan.start();
    waitFor([&done] { return done; });
    tick.stop();
    if (scan.isFinished())
        run.ms = double(clock.nsecsElapsed()) / 1e6;
    run.matches = kept.size();
    run.scanned = scan.scanned();
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    benchsandbox::Sandbox sandbox;
    if (!sandbox.start(QStringLiteral(VZAPS_SANDBOX_EXE), kSeeded))
        return 1;
    QProcessEnvironment env;
    sandbox.addCredentials(env);
    ApiClient client;
    client.setBaseUrl(QUrl(sandbox.url()));
    client.setCredentials(env.value(u"VZAPS_CLIENT_TOKEN"_s), env.value(u"VZAPS_CLIENT_SECRET"_s));
    client.setTimeout(std::chrono::seconds(60));

    // Warm: the access token, the connection, the sandbox's caches.
    const int pages = (kSeeded + 24 + AccountScan::kPageSize - 1) / AccountScan::kPageSize;
    if (backToBackMs(client, pages) < 0) {
        std::fprintf(stderr, "bench: the list failed\n");
        return 1;
    }

    std::vector<double> plain, scanned, stalls;
    qint64 matches = 0;
    qint64 memoryGrowthKiB = 0;
    for (int round = 0; round < rounds; ++round) {
        plain.push_back(backToBackMs(client, pages));
        QList<Instance> kept;
        const qint64 before = residentKiB();
        const ScanRun run = scanDisconnected(client, kept);
        const qint64 after = residentKiB();
        if (run.ms < 0 || run.scanned != kSeeded + 24)
            return 1;
        scanned.push_back(run.ms);
        stalls.push_back(run.longestStallMs);
        matches = run.matches;
        memoryGrowthKiB = std::max(memoryGrowthKiB, after - before);
    }

    const double ratio = median(scanned) / median(plain);
    const double stall = *std::max_element(stalls.begin(), stalls.end());
    const double growthMB = double(memoryGrowthKiB) / 1024.0;
    std::printf("status scan of %d instances for \"Disconnected\" (%lld match; medians of %d "
                "rounds)\n",
                kSeeded + 24, static_cast<long long>(matches), rounds);
    std::printf("  scan, total time           : %8.1f ms   %d list requests back to back "
                "%8.1f ms   ratio %.2f x (budget <= 1.2 x) %s\n",
                median(scanned), pages, median(plain), ratio, ratio <= 1.2 ? "ok" : "OVER BUDGET");
    std::printf("  longest event-loop stall   : %8.1f ms   (budget <= 50 ms) %s\n", stall,
                stall <= 50 ? "ok" : "OVER BUDGET");
    std::printf("  resident memory after scan : %+8.1f MB   (budget <= +20 MB) %s\n", growthMB,
                growthMB <= 20 ? "ok" : "OVER BUDGET");
    return 0;
}
