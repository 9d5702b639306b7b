// The desktop budgets (docs/architecture.md, budgets), each next to a baseline from the same run:
//  - process start → first page of 50 instances painted, against a running sandbox,
//    vs. a bare Qt Widgets window's start (budget ≤ 1.5 ×);
//  - peak RSS after paging through 10,000 instances 100 at a time and opening the detail
//    panel on 20 of them, vs. the bare window's peak RSS (budget ≤ 2 ×);
//  - the longest event-loop stall while searching and paging rapidly (budget ≤ 50 ms).
// Usage: bench_desk [runs=15]. Without a DISPLAY the children run on the offscreen platform.
#include "bench/desk/BenchClock.h"
#include "bench/desk/BenchSandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    bool ok = false;
    double ms = 0;      // whole process
    double startMs = 0; // from starting the process to the instant the child printed
    QByteArray out;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    const qint64 startedNs = benchclock::monotonicNs();
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    Run result;
    result.ms = timer.nsecsElapsed() / 1e6;
    result.ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    result.out = process.readAllStandardOutput().trimmed();
    result.startMs = (result.out.toLongLong() - startedNs) / 1e6;
    return result;
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
    const int runs = argc > 1 ? qMax(3, QByteArray(argv[1]).toInt()) : 15;
    QProcessEnvironment env = benchsandbox::childEnvironment();
    benchsandbox::Sandbox sandbox;
    if (!sandbox.start(QStringLiteral(VZAPS_SANDBOX_EXE), 10000))
        return 1;
    sandbox.addCredentials(env);
    const QString url = sandbox.url();
    const QString bare = QStringLiteral(BARE_WINDOW_EXE);
    const QString probe = QStringLiteral(DESK_PROBE_EXE);

    // Start-up, interleaved so both see the same machine; one warm-up run each.
    run(bare, {}, env);
    run(probe, {u"first-page"_s, url}, env);
    std::vector<double> bareMs, deskMs;
    for (int i = 0; i < runs; ++i) {
        const Run b = run(bare, {}, env);
        const Run d = run(probe, {u"first-page"_s, url}, env);
        if (!b.ok || !d.ok) {
            std::fprintf(stderr, "bench_desk: a start-up run failed\n");
            return 1;
        }
        bareMs.push_back(b.startMs);
        deskMs.push_back(d.startMs);
    }
    const double startRatio = median(deskMs) / median(bareMs);

    std::vector<double> bareRss;
    for (int i = 0; i < 3; ++i)
        bareRss.push_back(run(bare, {u"--rss"_s}, env).out.toDouble());
    const Run paging = run(probe, {u"paging"_s, url}, env);
    const Run stalls = run(probe, {u"stalls"_s, url}, env);
    if (!paging.ok || !stalls.ok) {
        std::fprintf(stderr, "bench_desk: the paging or stall run failed\n");
        return 1;
    }
    const double rssRatio = paging.out.toDouble() / median(bareRss);
    const double stallMs = stalls.out.toDouble();

    std::printf("vzaps-desk benchmarks (medians of %d runs; sandbox with 10,024 instances)\n",
                runs);
    std::printf("  start to first page painted : %7.1f ms   bare window %7.1f ms   ratio %.2f x "
                "(budget <= 1.5 x) %s\n",
                median(deskMs), median(bareMs), startRatio,
                startRatio <= 1.5 ? "ok" : "OVER BUDGET");
    std::printf("  peak RSS after paging 10k   : %7.1f MB   bare window %7.1f MB   ratio %.2f x "
                "(budget <= 2 x) %s\n",
                paging.out.toDouble() / 1024, median(bareRss) / 1024, rssRatio,
                rssRatio <= 2.0 ? "ok" : "OVER BUDGET");
    std::printf("  longest event-loop stall    : %7.1f ms   (budget <= 50 ms) %s\n", stallMs,
                stallMs <= 50 ? "ok" : "OVER BUDGET");
    return 0;
}
