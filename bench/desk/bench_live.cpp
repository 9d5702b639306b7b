// The live-update budgets (docs/architecture.md, budgets), each next to a baseline from the
// same run:
//  - a realtime event → the instance's badge repainted in the table and in the detail panel,
//    p50 and p95 over 200 events from the sandbox (budget p95 <= 100 ms on loopback), beside
//    the mean staleness of polling at the default interval (half the interval plus one list
//    request, measured);
//  - resident memory with 50 watched instances vs none (budget <= +5 MB), both with TLS loaded
//    as every account on the https API has it; the sandbox's plain-http account loads TLS only
//    for its first socket (Qt WebSockets sets up its TLS configuration), printed beside.
// Usage: bench_live [events=200]. Without a DISPLAY the children run on the offscreen platform.
#include "bench/desk/BenchSandbox.h"
#include "core/settings/AppSettings.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Output {
    bool ok = false;
    QList<QByteArray> lines;
};

Output run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(LIVE_PROBE_EXE), arguments);
    const bool finished = process.waitForFinished(300000);
    Output output;
    output.ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    output.lines = process.readAllStandardOutput().trimmed().split('\n');
    return output;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(fraction * double(values.size())));
    return values[index];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? qMax(10, QByteArray(argv[1]).toInt()) : 200;
    QProcessEnvironment env = benchsandbox::childEnvironment();
    env.insert(u"VZAPS_DESK_PLUGIN_DIR"_s, QStringLiteral(VZAPS_DESK_PLUGIN_DIR));
    benchsandbox::Sandbox sandbox;
    if (!sandbox.start(QStringLiteral(VZAPS_SANDBOX_EXE), 200))
        return 1;
    sandbox.addCredentials(env);

    const Output latency = run({u"latency"_s, sandbox.url(), QString::number(events)}, env);
    if (!latency.ok || latency.lines.size() != events + 1) {
        std::fprintf(stderr, "bench_live: the latency run failed\n");
        return 1;
    }
    std::vector<double> latencyMs;
    for (int i = 0; i < events; ++i)
        latencyMs.push_back(latency.lines.at(i).toDouble());
    const double refreshMs = latency.lines.last().split(' ').value(1).toDouble();
    const double pollingStalenessMs =
        vzaps::Preferences::kDefaultAutoRefreshSeconds * 1000.0 / 2 + refreshMs;

    // Interleaved, three each; the medians are compared.
    std::vector<double> noneKiB, watchedKiB;
    for (int i = 0; i < 3; ++i) {
        const Output none = run({u"rss"_s, sandbox.url(), u"0"_s, u"tls"_s}, env);
        const Output fifty = run({u"rss"_s, sandbox.url(), u"50"_s, u"tls"_s}, env);
        if (!none.ok || !fifty.ok) {
            std::fprintf(stderr, "bench_live: a memory run failed\n");
            return 1;
        }
        noneKiB.push_back(none.lines.value(0).toDouble());
        watchedKiB.push_back(fifty.lines.value(0).toDouble());
    }
    const double extraMB = (percentile(watchedKiB, 0.5) - percentile(noneKiB, 0.5)) / 1024;
    const Output plainNone = run({u"rss"_s, sandbox.url(), u"0"_s}, env);
    const Output plainFifty = run({u"rss"_s, sandbox.url(), u"50"_s}, env);
    if (!plainNone.ok || !plainFifty.ok) {
        std::fprintf(stderr, "bench_live: a memory run failed\n");
        return 1;
    }
    const double plainExtraMB =
        (plainFifty.lines.value(0).toDouble() - plainNone.lines.value(0).toDouble()) / 1024;

    const double p50 = percentile(latencyMs, 0.5);
    const double p95 = percentile(latencyMs, 0.95);
    std::printf("vzaps-desk live updates (sandbox with 224 instances, loopback)\n");
    std::printf("  event -> row and panel repainted : p50 %6.1f ms  p95 %6.1f ms over %d events "
                "(budget p95 <= 100 ms) %s\n",
                p50, p95, events, p95 <= 100 ? "ok" : "OVER BUDGET");
    std::printf("  polling every %d s instead       : mean staleness %.1f s (half the interval + a "
                "%.1f ms list request), %.0f x the live p50\n",
                vzaps::Preferences::kDefaultAutoRefreshSeconds, pollingStalenessMs / 1000,
                refreshMs, pollingStalenessMs / std::max(p50, 0.01));
    std::printf("  resident memory, 50 watched      : %6.1f MB   none %6.1f MB   +%.1f MB "
                "(budget <= +5 MB) %s\n",
                percentile(watchedKiB, 0.5) / 1024, percentile(noneKiB, 0.5) / 1024, extraMB,
                extraMB <= 5 ? "ok" : "OVER BUDGET");
    std::printf(
        "    a plain-http sandbox account, which loads TLS for its first socket: +%.1f MB\n",
        plainExtraMB);
    return 0;
}
