// Whole-process time of `vzapsctl instances list` (token + list against a local server) next
// to curl making the same two requests, medians of N runs each, interleaved. Budget: ≤ 1.5 ×
// curl (docs/architecture.md §7). Usage: bench_vzapsctl [runs=30]
#include "bench/cli/BenchServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr double kBudget = 1.5;

struct Step {
    QString program;
    QStringList arguments;
};

// Runs the steps one after the other (like `a && b`); the time of all of them, in ms, or -1.
double timeSteps(const QList<Step> &steps, const QProcessEnvironment &environment)
{
    QElapsedTimer timer;
    timer.start();
    for (const Step &step : steps) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        process.start(step.program, step.arguments);
        // Not waitForFinished(): the server lives on this thread's event loop.
        loop.exec();
        if (process.state() != QProcess::NotRunning ||
            process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            std::fprintf(stderr, "bench: %s failed (exit %d)\n", qPrintable(step.program),
                         process.exitCode());
            return -1;
        }
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qMax(1, argc > 1 ? QByteArray(argv[1]).toInt() : 30);
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty()) {
        std::fprintf(stderr, "bench: curl not found\n");
        return 1;
    }

    BenchServer server;
    if (!server.listen())
        return 1;
    const QString base = u"http://127.0.0.1:%1"_s.arg(server.port());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.endsWith("_proxy"_L1, Qt::CaseInsensitive) || key.startsWith("VZAPS_"_L1))
            environment.remove(key);
    }
    environment.insert(u"VZAPS_CLIENT_TOKEN"_s, u"ct_bench"_s);
    environment.insert(u"VZAPS_CLIENT_SECRET"_s, u"cs_bench_secret"_s);

    const QString bearer = u"Authorization: Bearer "_s + QString::fromLatin1(BenchServer::kJwt);
    const QStringList curlToken{
        u"-sS"_s,
        u"-o"_s,
        u"/dev/null"_s,
        u"-X"_s,
        u"POST"_s,
        u"-H"_s,
        u"Content-Type: application/json"_s,
        u"-H"_s,
        u"Accept: application/json"_s,
        u"--data"_s,
        uR"({"client_token":"ct_bench","client_secret":"cs_bench_secret"})"_s,
        base + u"/token"_s};
    const QStringList curlList{u"-sS"_s,
                               u"-o"_s,
                               u"/dev/null"_s,
                               u"-X"_s,
                               u"POST"_s,
                               u"-H"_s,
                               u"Content-Type: application/json"_s,
                               u"-H"_s,
                               u"Accept: application/json"_s,
                               u"-H"_s,
                               bearer,
                               u"-H"_s,
                               u"X-Client-Token: ct_bench"_s,
                               u"--data"_s,
                               uR"({"page":1,"size":20})"_s,
                               base + u"/instances/list"_s};

    const QList<QPair<QString, QList<Step>>> variants = {
        {u"vzapsctl instances list"_s,
         {{QStringLiteral(VZAPSCTL_PATH), {u"--base-url"_s, base, u"instances"_s, u"list"_s}}}},
        {u"curl && curl (2 processes)"_s, {{curl, curlToken}, {curl, curlList}}},
        {u"curl --next (1 process, 1 connection)"_s,
         {{curl, curlToken + QStringList{u"--next"_s} + curlList}}},
    };

    QList<QList<double>> times(variants.size());
    for (int i = -3; i < runs; ++i) { // 3 warm-up rounds, interleaved so drift hits all alike
        for (qsizetype v = 0; v < variants.size(); ++v) {
            const double ms = timeSteps(variants[v].second, environment);
            if (ms < 0)
                return 1;
            if (i >= 0)
                times[v].append(ms);
        }
    }

    std::printf("vzapsctl whole-process benchmark: %d runs each, local server, medians\n", runs);
    QList<double> medians;
    for (qsizetype v = 0; v < variants.size(); ++v) {
        medians.append(median(times[v]));
        const auto [low, high] = std::minmax_element(times[v].cbegin(), times[v].cend());
        std::printf("  %-40s %8.2f ms  (min %.2f, max %.2f)\n", qPrintable(variants[v].first),
                    medians[v], *low, *high);
    }
    const double vsTwo = medians[0] / medians[1];
    const double vsOne = medians[0] / medians[2];
    std::printf("  ratio vzapsctl / curl && curl:  %.2f x  (budget <= %.1f x) %s\n", vsTwo, kBudget,
                vsTwo <= kBudget ? "OK" : "OVER BUDGET");
    std::printf("  ratio vzapsctl / curl --next:   %.2f x  (budget <= %.1f x) %s\n", vsOne, kBudget,
                vsOne <= kBudget ? "OK" : "OVER BUDGET");
    std::printf("  requests served: %d\n", server.requestCount());
    return 0;
}
