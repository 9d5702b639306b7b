// The baseline for the desktop benchmarks: a bare Qt Widgets window (a main window
// with an empty table), built with the same flags as vzaps-desk. It quits right after
// its first paint and prints when that was (CLOCK_MONOTONIC, ns); with --rss it prints its
// peak resident set size in KiB instead.
#include "bench/desk/BenchClock.h"

#include <QApplication>
#include <QMainWindow>
#include <QTableView>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>

namespace {
class FirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Stamped once this paint and its flush to the screen are done.
            QTimer::singleShot(0, qApp, [this] {
                m_paintedAtNs = benchclock::monotonicNs();
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

    qint64 paintedAtNs() const { return m_paintedAtNs; }

private:
    bool m_seen = false;
    qint64 m_paintedAtNs = 0;
};
} // namespace

int main(int argc, char **argv)
{
    benchclock::traceMainEntered();
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableView;
    window.setCentralWidget(table);
    window.resize(1200, 800);
    FirstPaint firstPaint;
    table->viewport()->installEventFilter(&firstPaint);
    window.show();
    const int result = QApplication::exec();
    if (argc > 1 && std::strcmp(argv[1], "--rss") == 0) {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("%ld\n", usage.ru_maxrss);
    } else {
        // CLOCK_MONOTONIC of the first paint; the harness subtracts its own start time.
        std::printf("%lld\n", static_cast<long long>(firstPaint.paintedAtNs()));
    }
    return result;
}
