// Scanning a 10,024-instance sandbox for the disconnected ones (docs/architecture.md, budgets),
// each figure next to a baseline from the same run:
//  - total time of the list controller under the "Disconnected" filter (StatusScan, the
//    store and the table model, as in the window) vs the sum of the same list requests
//    (pages of 100) sent back to back by a plain client (budget <= 1.2 x);
//  - the longest event-loop stall while scanning (budget <= 50 ms);
//  - resident memory after the scan (every instance read kept in the store) vs before
//    (budget <= +20 MB).
// Usage: bench_scan [rounds=5]. The sandbox runs as a child process on loopback.
#include "bench/desk/BenchSandbox.h"
#include "core/api/ApiClient.h"
#include "core/api/InstancesApi.h"
#include "core/presentation/AccountScan.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/StatusFilter.h"
#include "core/presentation/StatusScan.h"

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
        InstancesApi(client).list({page, AccountScan::kPageSize, {}, {}, false, {}, {}}, &context,
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

// The window's path: the list controller under the "Disconnected" filter, its StatusScan
// merging every page into the store and the table model taking the matches as they come.
ScanRun scanDisconnected(ApiClient &client, InstanceListController &controller)
{
    StatusFilter disconnected;
    disconnected.connected = false;
    ScanRun run;
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
    Q_UNUSED(client);
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    tick.start();
    controller.setStatusFilter(disconnected);
    if (controller.statusScan().isComplete())
        controller.refresh(); // read again, as Refresh does
    waitFor([&controller] {
        return controller.statusScan().isComplete() || controller.statusScan().hasFailed();
    });
    tick.stop();
    if (controller.statusScan().isComplete())
        run.ms = double(clock.nsecsElapsed()) / 1e6;
    run.matches = controller.model()->rowCount();
    run.scanned = controller.statusScan().scanned();
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
        const qint64 before = residentKiB();
        // A fresh window's controller each round: its store starts empty, as after sign-in.
        InstanceListController controller(client);
        controller.setAutoRefreshInterval(std::chrono::seconds(0));
        const ScanRun run = scanDisconnected(client, controller);
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
