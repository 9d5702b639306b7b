// Drives the real main window (vzaps_ui) against a running vzaps-sandbox for the
// desktop benchmarks. Credentials come from VZAPS_CLIENT_TOKEN / VZAPS_CLIENT_SECRET.
//   bench_desk_probe first-page URL   quits once the first page of 50 rows is painted and
//                                     prints when (CLOCK_MONOTONIC, ns)
//   bench_desk_probe paging URL       pages through every instance 100 at a time, opens
//                                     the detail panel on 20 of them, prints peak RSS (KiB)
//   bench_desk_probe stalls URL       searches and pages rapidly, prints the longest
//                                     event-loop stall (ms)
#include "app/vzaps-desk/DeskLauncher.h"
#include "app/vzaps-desk/startup/FontWarmUp.h"
#include "bench/desk/BenchClock.h"
#include "core/presentation/InstanceListController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/style/DeskStyle.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QItemSelectionModel>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace vzaps;
using namespace Qt::StringLiterals;

namespace {

class FirstPagePainted : public QObject
{
public:
    FirstPagePainted(InstanceListController &controller, QTableView &table)
        : m_controller(controller)
    {
        table.viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_controller.model()->rowCount() > 0 && !m_done) {
            m_done = true;
            // Stamped once this paint (the cells) and its flush to the screen are done.
            QTimer::singleShot(0, qApp, [this] {
                paintedAtNs = benchclock::monotonicNs();
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

    qint64 paintedAtNs = 0; // CLOCK_MONOTONIC of the first paint with rows

private:
    InstanceListController &m_controller;
    bool m_done = false;
};

// The longest gap between ticks of a 5 ms timer, minus the interval: how long the
// event loop was kept from running.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_longest = qMax(m_longest, gap - 5);
        });
        m_clock.start();
        m_timer.start(5);
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

// Runs the event loop until `signal` of `sender` or `timeoutMs`; true if the signal came.
// (Not QSignalSpy: Qt Test is not part of vzaps-desk, and loading it would be measured.)
template<typename Sender, typename Signal>
bool waitForSignal(const Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool arrived = false;
    QObject::connect(sender, signal, &loop, [&] {
        arrived = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return arrived;
}

bool waitForPage(InstanceListController &controller)
{
    return waitForSignal(&controller, &InstanceListController::pageLoaded, 30000);
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    benchclock::traceMainEntered();
    desk::fontwarmup::start(); // as vzaps-desk's main() does
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"VZapsDeskBench"_s);
    QCoreApplication::setApplicationName(u"vzaps-desk-bench"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_desk_probe first-page|paging|stalls URL\n");
        return 2;
    }
    const QString mode = args.at(1);
    const bool paging = mode == "paging"_L1;
    // The first page of 50 rows; paging 100 at a time. Written only when it differs: a
    // settings write (with its fsync) is not part of a usual start.
    const QString pageSizeKey = u"InstanceTable/pageSize"_s;
    const int pageSize = paging ? 100 : 50;
    if (QSettings().value(pageSizeKey).toInt() != pageSize)
        QSettings().setValue(pageSizeKey, pageSize);
    ui::DeskStyle::install(); // as vzaps-desk's main() does

    const double appReadyMs = sinceStart.nsecsElapsed() / 1e6;
    // The app's own start path (credentials as from the environment).
    desk::LaunchOptions options;
    options.baseUrl = QUrl(args.at(2));
    options.clientToken = qEnvironmentVariable("VZAPS_CLIENT_TOKEN");
    options.clientSecret = qEnvironmentVariable("VZAPS_CLIENT_SECRET");
    desk::DeskSession session(options);
    ui::MainWindow &window = *session.window();
    window.resize(1200, 800);
    auto *table = window.findChild<QTableView *>(u"instanceTable"_s);
    InstanceListController &controller = window.controller();

    if (mode == "first-page"_L1) {
        FirstPagePainted painted(controller, *table);
        // VZAPS_BENCH_TRACE=1 prints when each step of the start finished (ms since main()).
        const bool trace = qEnvironmentVariableIsSet("VZAPS_BENCH_TRACE");
        if (trace) {
            std::fprintf(stderr, "app ready      %6.1f ms\n", appReadyMs);
            std::fprintf(stderr, "window built   %6.1f ms\n", sinceStart.nsecsElapsed() / 1e6);
            QObject::connect(&controller, &InstanceListController::pageLoaded, [&sinceStart] {
                std::fprintf(stderr, "page loaded    %6.1f ms\n", sinceStart.nsecsElapsed() / 1e6);
            });
        }
        session.start();
        session.showWhenReady();
        if (trace)
            std::fprintf(stderr, "shown, sent    %6.1f ms\n", sinceStart.nsecsElapsed() / 1e6);
        const int result = QApplication::exec();
        if (trace)
            std::fprintf(stderr, "painted        %6.1f ms\n", sinceStart.nsecsElapsed() / 1e6);
        std::printf("%lld\n", static_cast<long long>(painted.paintedAtNs));
        return result;
    }

    session.start();
    session.showWhenReady();
    if (!waitForPage(controller))
        return 1;

    if (paging) {
        int detailsOpened = 0;
        while (controller.hasNextPage()) {
            controller.nextPage();
            if (!waitForPage(controller))
                return 1;
            if (detailsOpened < 20 && controller.query().page % 5 == 0) {
                table->selectionModel()->setCurrentIndex(
                    controller.model()->index(detailsOpened % 10, 0),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                QCoreApplication::processEvents();
                ++detailsOpened;
            }
        }
        // The remaining detail panels on the last page.
        for (; detailsOpened < 20; ++detailsOpened) {
            table->selectionModel()->setCurrentIndex(
                controller.model()->index(detailsOpened % controller.model()->rowCount(), 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            // Let the panel's requests run.
            waitForSignal(&controller, &InstanceListController::busyChanged, 100);
        }
        std::printf("%ld\n", peakRssKiB());
        return 0;
    }

    // stalls: type searches and page as fast as a person hammering the keys would.
    StallMeter meter;
    const QStringList searches = {u"s"_s, u"su"_s, u"sup"_s, u"supp"_s, u"support"_s,
                                  u"a"_s, u"ac"_s, u"acm"_s, QString()};
    for (const QString &search : searches) {
        controller.setSearch(search);
        waitForSignal(&controller, &InstanceListController::queryChanged, 40);
    }
    waitForPage(controller);
    for (int i = 0; i < 15; ++i) {
        controller.nextPage();
        waitForPage(controller);
    }
    for (int i = 0; i < 15; ++i) {
        controller.previousPage();
        waitForPage(controller);
    }
    std::printf("%lld\n", static_cast<long long>(meter.longestMs()));
    return 0;
}
