// Drives the real vzaps-desk session (DeskSession, with its realtime plugin from
// $VZAPS_DESK_PLUGIN_DIR) against a running vzaps-sandbox for bench_live. Credentials come
// from VZAPS_CLIENT_TOKEN / VZAPS_CLIENT_SECRET.
//   bench_live_probe latency URL EVENTS   shows a disconnected instance, then pairs and
//                                         disconnects it EVENTS times through the sandbox;
//                                         prints one line per event: the ms from the request
//                                         that causes it to the moment both its table row and
//                                         the detail panel were repainted with the new state;
//                                         then "refresh <ms>", the median of 20 list requests
//   bench_live_probe rss URL WATCHED [tls] watches WATCHED instances live, lets them settle and
//                                         prints the resident set size (KiB); with tls, TLS is
//                                         loaded first, as every https account (the production
//                                         API) has it before anything is watched
#include "app/vzaps-desk/DeskLauncher.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/InstanceTableModel.h"
#include "core/presentation/LiveUpdates.h"
#include "core/presentation/WatchList.h"
#include "ui/detail/ConnectionView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/style/DeskStyle.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSslSocket>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace vzaps;
using namespace Qt::StringLiterals;

namespace {

// Runs the event loop until `done()` holds (checked after every event batch) or `timeoutMs`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick; // wakes the loop to check `done` even when nothing else happens
    tick.start(10);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

long residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// Stamps the first paint of the instance's table row and of the detail panel's connection
// section once each shows the state asked for.
class RepaintWatch : public QObject
{
public:
    RepaintWatch(QTableView &table, ui::ConnectionView &connection, const InstanceTableModel &model)
        : m_table(table)
        , m_connection(connection)
        , m_model(model)
    {
        qApp->installEventFilter(this);
    }

    void expect(const QString &id, bool connected)
    {
        m_id = id;
        m_rowText = connected ? u"Connected"_s : u"Disconnected"_s;
        m_page = connected ? u"connectedView"_s : u"notPairedView"_s;
        m_rowPainted = m_panelPainted = false;
    }
    bool bothPainted() const { return m_rowPainted && m_panelPainted; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || bothPainted())
            return false;
        if (watched == m_table.viewport() && !m_rowPainted) {
            const int row = m_model.rowOf(m_id);
            m_rowPainted =
                row >= 0 &&
                m_model.index(row, InstanceTableModel::ConnectionColumn).data() == m_rowText;
        } else if (!m_panelPainted) {
            QWidget *page = m_connection.currentPage();
            auto *widget = qobject_cast<QWidget *>(watched);
            m_panelPainted = page && page->objectName() == m_page && widget &&
                             (widget == page || page->isAncestorOf(widget));
        }
        return false;
    }

private:
    QTableView &m_table;
    ui::ConnectionView &m_connection;
    const InstanceTableModel &m_model;
    QString m_id;
    QString m_rowText;
    QString m_page;
    bool m_rowPainted = false;
    bool m_panelPainted = false;
};

int measureLatency(desk::DeskSession &session, int events)
{
    ui::MainWindow &window = *session.window();
    InstanceTableModel &model = *window.controller().model();
    auto *table = window.findChild<QTableView *>(u"instanceTable"_s);
    if (!table)
        return 1;
    int row = 0;
    while (row < model.rowCount() && (model.instanceAt(row).connected != false ||
                                      model.instanceAt(row).billingStatus == "CANCELED"_L1))
        ++row;
    if (row == model.rowCount()) {
        std::fprintf(stderr, "bench_live_probe: no disconnected instance on the first page\n");
        return 1;
    }
    const QString id = model.instanceAt(row).id;
    table->selectionModel()->setCurrentIndex(
        model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!waitUntil([&] { return window.liveUpdates().summary().live == 1; }, 20000)) {
        std::fprintf(stderr, "bench_live_probe: the shown instance did not become live\n");
        return 1;
    }

    auto *connection = window.findChild<ui::ConnectionView *>(); // built with the detail panel
    if (!connection) {
        std::fprintf(stderr, "bench_live_probe: no detail panel\n");
        return 1;
    }
    RepaintWatch watch(*table, *connection, model);
    bool connected = false;
    for (int i = 0; i < events; ++i) {
        connected = !connected;
        watch.expect(id, connected);
        QElapsedTimer timer;
        timer.start();
        bool replied = false;
        session.client().request("POST",
                                 connected ? u"/_sandbox/instances/%1/pair"_s.arg(id)
                                           : u"/instances/%1/session/disconnect"_s.arg(id),
                                 QJsonDocument(QJsonObject()), {}, nullptr,
                                 [&replied](const Result<RawReply> &) { replied = true; });
        if (!waitUntil([&] { return watch.bothPainted(); }, 10000)) {
            std::fprintf(stderr, "bench_live_probe: event %d was not shown\n", i);
            return 1;
        }
        std::printf("%.2f\n", timer.nsecsElapsed() / 1e6);
        waitUntil([&] { return replied; }, 10000);
    }

    // What a poll costs on top of waiting for it: one list request, as the timer sends it.
    std::vector<double> refreshMs;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        bool loaded = false;
        const auto pageLoaded =
            QObject::connect(&window.controller(), &InstanceListController::pageLoaded,
                             [&loaded] { loaded = true; });
        window.controller().refresh();
        const bool ok = waitUntil([&] { return loaded; }, 10000);
        QObject::disconnect(pageLoaded);
        if (!ok) {
            std::fprintf(stderr, "bench_live_probe: a refresh did not load\n");
            return 1;
        }
        refreshMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(refreshMs.begin(), refreshMs.end());
    std::printf("refresh %.2f\n", refreshMs[refreshMs.size() / 2]);
    return 0;
}

int measureResidentSet(desk::DeskSession &session, int watched)
{
    ui::MainWindow &window = *session.window();
    InstanceTableModel &model = *window.controller().model();
    if (model.rowCount() < watched) {
        std::fprintf(stderr, "bench_live_probe: fewer rows than instances to watch\n");
        return 1;
    }
    for (int row = 0; row < watched; ++row)
        window.watchList().pin(model.instanceAt(row).id);
    if (!waitUntil([&] { return window.liveUpdates().summary().live == watched; }, 60000)) {
        std::fprintf(stderr, "bench_live_probe: %d of %d watched instances became live\n",
                     window.liveUpdates().summary().live, watched);
        return 1;
    }
    // Settled: every socket past its handshake and first replayed events.
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() > 1500; }, 3000);
    std::printf("%ld\n", residentKiB());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"VZapsDeskBench"_s);
    QCoreApplication::setApplicationName(u"vzaps-desk-bench-live"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bench_live_probe latency|rss URL COUNT [tls]\n");
        return 2;
    }
    if (args.value(4) == "tls"_L1 && !QSslSocket::supportsSsl()) {
        std::fprintf(stderr, "bench_live_probe: no TLS backend\n");
        return 1;
    }
    QSettings().clear(); // no watch list or page size from an earlier run
    QSettings().setValue(u"InstanceTable/pageSize"_s, 100);
    ui::DeskStyle::install();

    desk::LaunchOptions options;
    options.baseUrl = QUrl(args.at(2));
    options.clientToken = qEnvironmentVariable("VZAPS_CLIENT_TOKEN");
    options.clientSecret = qEnvironmentVariable("VZAPS_CLIENT_SECRET");
    desk::DeskSession session(options);
    ui::MainWindow &window = *session.window();
    window.resize(1200, 800);
    session.start();
    session.showWhenReady();
    // The first page, then the realtime plugin loaded after it is painted (with the desktop
    // notifications, built in the same step).
    if (!waitUntil([&] { return session.notifications() != nullptr; }, 30000)) {
        std::fprintf(stderr, "bench_live_probe: live updates did not start (plugin missing?)\n");
        return 1;
    }
    const int count = args.at(3).toInt();
    return args.at(1) == "latency"_L1 ? measureLatency(session, count)
                                      : measureResidentSet(session, count);
}
