// The main window's instance list against a real in-process sandbox:
// first load, loading page, badges, search, sort, paging, errors, auto-refresh.
// Acting on rows and columns (copy, links, menus, keyboard) is tst_mainwindow_rows.
#include "tests/ui/MainWindowFixture.h"

#include "core/presentation/SessionWatcher.h"
#include "tests/support/Keyboard.h"
#include "ui/mainwindow/BadgeDelegate.h"
#include "ui/mainwindow/BusySign.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using vzaps::InstanceTableModel;
using vzaps::ui::MainWindow;

class TestMainWindow : public QObject, private vzaps::testing::MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startSandbox(u"tst_mainwindow"_s); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void firstLoadFillsTheTable();
    void slowFirstLoadShowsTheLoadingPage();
    void badgesCarryText();
    void searchShowsOnlyMatches();
    void searchWithoutMatchesSaysSo();
    void headerClickSortsOnTheServer();
    void pagingWithPageSize20();
    void injectedErrorKeepsOldRowsMarkedStale();
    void errorOnFirstLoadShowsErrorPageWithRetry();
    void autoRefreshPausesWhileHidden();
    void rateLimitShowsACountdownAndF5SaysItWaits();
    void slowSearchSaysItIsBusyAndGreysTheEarlierRows();
    void quickRequestsShowNoBusySign();
    void screenshotForReview();
};

void TestMainWindow::firstLoadFillsTheTable()
{
    QVERIFY(waitForLoad(24)); // the demo data fits in the default page of 50
    auto *stack = find<QStackedWidget>(u"listStack"_s);
    QCOMPARE(stack->currentWidget(), table());
    QVERIFY(column(InstanceTableModel::NameColumn).contains(u"Padaria Pão Quente — Pedidos"_s));
    QCOMPARE(find<QLabel>(u"rangeLabel"_s)->text(), u"1–24 of 24"_s);
    QString summary = find<QLabel>(u"summaryStrip"_s)->text();
    summary.replace(QChar::Nbsp, u' '); // each counter is kept on one line
    QVERIFY2(summary.startsWith(u"24 instances · "_s), qPrintable(summary));
    QVERIFY(!find<QFrame>(u"errorBanner"_s)->isVisible());
    QVERIFY(!find<QToolButton>(u"previousPageButton"_s)->isEnabled());
    QVERIFY(!find<QToolButton>(u"nextPageButton"_s)->isEnabled());
    QVERIFY(m_window->windowTitle().contains(u"Sandbox"_s));
    QVERIFY(find<QLabel>(u"sandboxLabel"_s)->isVisible());
    QVERIFY(find<QLabel>(u"accountLabel"_s)->text().contains(m_client->baseUrl().host()));
    QTRY_VERIFY(find<QLabel>(u"updatedLabel"_s)->text().startsWith(u"Updated "_s));
}

void TestMainWindow::slowFirstLoadShowsTheLoadingPage()
{
    QVERIFY(waitForLoad(24));
    QVERIFY(vzaps::testing::Sandbox::control(*m_client, u"/_sandbox/config"_s,
                                             {{u"latency_ms"_s, 1500}}));
    const auto noLatency = qScopeGuard([this] {
        vzaps::testing::Sandbox::control(*m_client, u"/_sandbox/config"_s, {{u"latency_ms"_s, 0}});
    });
    m_window = std::make_unique<MainWindow>(*m_client);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    auto *stack = find<QStackedWidget>(u"listStack"_s);
    // At first the empty table, with the summary strip saying what is going on...
    QCOMPARE(stack->currentWidget(), table());
    QCOMPARE(find<QLabel>(u"summaryStrip"_s)->text(), u"Loading instances…"_s);
    // ...then, as the wait goes on, the loading page...
    QTRY_COMPARE(stack->currentWidget()->objectName(), u"loadingPage"_s);
    QVERIFY(model()->rowCount() == 0);
    // ...until the rows arrive and replace it.
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 24, 10000);
    QCOMPARE(stack->currentWidget(), table());
    QVERIFY(find<QLabel>(u"summaryStrip"_s)->text().startsWith(u"24"_s));
}

void TestMainWindow::badgesCarryText()
{
    QVERIFY(waitForLoad(24));
    // Colour never alone: the painted badge cells keep their text on DisplayRole.
    const QModelIndex billing = model()->index(0, InstanceTableModel::BillingColumn);
    QVERIFY(billing.data(InstanceTableModel::ToneRole).isValid());
    QVERIFY(!billing.data().toString().isEmpty());
    const QImage image = table()->viewport()->grab().toImage();
    QVERIFY(!image.isNull());
}

void TestMainWindow::searchShowsOnlyMatches()
{
    QVERIFY(waitForLoad(24));
    auto *search = find<QLineEdit>(u"searchField"_s);
    QTest::keyClicks(search, u"Pet Shop"_s);
    QCOMPARE(m_window->controller().query().search, u"Pet Shop"_s); // sent as filter.query
    QTRY_COMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->index(0, InstanceTableModel::NameColumn).data().toString(),
             u"Pet Shop Amigo Fiel"_s);
    QTRY_COMPARE(find<QLabel>(u"rangeLabel"_s)->text(), u"1–1 of 1"_s);
    QCOMPARE(m_window->controller().shownSearch(), u"Pet Shop"_s);

    search->clear();
    QVERIFY(waitForLoad(24));
}

void TestMainWindow::searchWithoutMatchesSaysSo()
{
    QVERIFY(waitForLoad(24));
    // The sandbox searches names and ids, and its ids are random letters and digits: a
    // search with a hyphen can never match one by chance.
    QTest::keyClicks(find<QLineEdit>(u"searchField"_s), u"xyz-none"_s);
    auto *stack = find<QStackedWidget>(u"listStack"_s);
    QTRY_COMPARE(stack->currentWidget(), find<QWidget>(u"emptyPage"_s));
    QCOMPARE(find<QLabel>(u"emptyTitle"_s)->text(), u"No instances match “xyz-none”"_s);
    auto *clear = find<QPushButton>(u"clearSearchButton"_s);
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(waitForLoad(24));
    QCOMPARE(stack->currentWidget(), table());
}

void TestMainWindow::headerClickSortsOnTheServer()
{
    QVERIFY(waitForLoad(24));
    clickHeader(InstanceTableModel::NameColumn);
    QCOMPARE(m_window->controller().query().sort, u"name"_s);
    QCOMPARE(m_window->controller().query().sortDescending, false); // a new column starts ascending
    QTRY_COMPARE(model()->index(0, InstanceTableModel::NameColumn).data().toString(),
                 u"Academia Corpo em Movimento"_s);
    QVERIFY(waitForLoad(24));
    const QStringList ascending = column(InstanceTableModel::NameColumn);

    clickHeader(InstanceTableModel::NameColumn);
    QCOMPARE(m_window->controller().query().sortDescending, true);
    QTRY_COMPARE(model()->index(0, InstanceTableModel::NameColumn).data().toString(),
                 ascending.last());
    QVERIFY(waitForLoad(24));
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(column(InstanceTableModel::NameColumn), reversed);
    QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(),
             int(InstanceTableModel::NameColumn));
    QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

    // Dates start newest first.
    clickHeader(InstanceTableModel::CreatedColumn);
    QCOMPARE(m_window->controller().query().sort, u"created_at"_s);
    QCOMPARE(m_window->controller().query().sortDescending, true);
}

void TestMainWindow::pagingWithPageSize20()
{
    QVERIFY(waitForLoad(24));
    auto *pageSize = find<QComboBox>(u"pageSizeCombo"_s);
    auto *range = find<QLabel>(u"rangeLabel"_s);
    auto *previous = find<QToolButton>(u"previousPageButton"_s);
    auto *next = find<QToolButton>(u"nextPageButton"_s);
    pageSize->setCurrentIndex(pageSize->findData(20));
    QVERIFY(waitForLoad(20));
    QCOMPARE(range->text(), u"1–20 of 24"_s);
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(waitForLoad(4));
    QCOMPARE(range->text(), u"21–24 of 24"_s);
    QVERIFY(previous->isEnabled());
    QVERIFY(!next->isEnabled());

    QTest::mouseClick(previous, Qt::LeftButton);
    QVERIFY(waitForLoad(20));
    QCOMPARE(range->text(), u"1–20 of 24"_s);
}

void TestMainWindow::injectedErrorKeepsOldRowsMarkedStale()
{
    QVERIFY(waitForLoad(24));
    const QStringList before = column(InstanceTableModel::IdColumn);
    QVERIFY(vzaps::testing::Sandbox::control(*m_client, u"/_sandbox/fail-next"_s,
                                             {{u"status"_s, 500},
                                              {u"path_prefix"_s, u"/instances/list"_s},
                                              {u"message"_s, u"The database is on fire"_s}}));
    find<QAction>(u"refreshAction"_s)->trigger();

    auto *banner = find<QFrame>(u"errorBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    const QString text = find<QLabel>(u"errorBannerText"_s)->text();
    QVERIFY2(text.contains(u"The database is on fire"_s), qPrintable(text));
    QVERIFY2(text.contains(u"500"_s), qPrintable(text));
    // The last good rows stay, greyed.
    QCOMPARE(column(InstanceTableModel::IdColumn), before);
    QCOMPARE(find<QStackedWidget>(u"listStack"_s)->currentWidget(), table());
    auto *delegate = qobject_cast<vzaps::ui::BadgeDelegate *>(table()->itemDelegate());
    QVERIFY(delegate && delegate->isStale());

    QTest::mouseClick(find<QPushButton>(u"errorBannerRetry"_s), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(!delegate->isStale());
    QCOMPARE(column(InstanceTableModel::IdColumn), before);
}

void TestMainWindow::errorOnFirstLoadShowsErrorPageWithRetry()
{
    QVERIFY(waitForLoad(24));
    m_window.reset(); // a new window, whose very first load fails
    QVERIFY(vzaps::testing::Sandbox::control(
        *m_client, u"/_sandbox/fail-next"_s,
        {{u"status"_s, 500}, {u"path_prefix"_s, u"/instances/list"_s}, {u"count"_s, 1}}));
    m_window = std::make_unique<MainWindow>(*m_client);
    m_window->show();
    m_window->start();
    auto *stack = find<QStackedWidget>(u"listStack"_s);
    QTRY_COMPARE(stack->currentWidget(), find<QWidget>(u"errorPage"_s));
    QVERIFY(find<QLabel>(u"errorTitle"_s)->text().contains(u"HTTP 500"_s));
    QVERIFY(!find<QLabel>(u"errorText"_s)->text().isEmpty());
    QTest::mouseClick(find<QPushButton>(u"retryButton"_s), Qt::LeftButton);
    QVERIFY(waitForLoad(24));
    QCOMPARE(stack->currentWidget(), table());
}

void TestMainWindow::autoRefreshPausesWhileHidden()
{
    vzaps::InstanceListController &controller = m_window->controller();
    QVERIFY(!controller.isAutoRefreshPaused());
    QVERIFY(controller.isAutoRefreshRunning());
    m_window->hide();
    QVERIFY(controller.isAutoRefreshPaused());
    QVERIFY(!controller.isAutoRefreshRunning());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!controller.isAutoRefreshPaused());
    QVERIFY(controller.isAutoRefreshRunning());
}

void TestMainWindow::rateLimitShowsACountdownAndF5SaysItWaits()
{
    QVERIFY(waitForLoad(24));
    QVERIFY(vzaps::testing::Sandbox::control(
        *m_client, u"/_sandbox/fail-next"_s,
        {{u"status"_s, 429}, {u"path_prefix"_s, u"/instances/list"_s}, {u"retry_after"_s, 2}}));
    auto *refresh = find<QAction>(u"refreshAction"_s);
    refresh->trigger();
    auto *waiting = find<QLabel>(u"waitingLabel"_s);
    QTRY_VERIFY(waiting->isVisible());
    QVERIFY2(waiting->text().startsWith(u"Rate limited by the server; retrying in "_s),
             qPrintable(waiting->text()));

    // F5 during the wait says so, and sends nothing that would be refused again.
    refresh->trigger();
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 u"Waiting for the server's rate limit; the list is asked for again in "_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->controller().isWaitingForRateLimit());

    // The request tries again by itself when the wait is over.
    QTRY_VERIFY_WITH_TIMEOUT(!waiting->isVisible(), 10000);
    QTRY_VERIFY(!m_window->controller().isBusy());
    QCOMPARE(m_window->controller().state(), vzaps::InstanceListController::State::Ready);
    QVERIFY(!find<QFrame>(u"errorBanner"_s)->isVisible());
}

void TestMainWindow::slowSearchSaysItIsBusyAndGreysTheEarlierRows()
{
    QVERIFY(waitForLoad(24));
    QVERIFY(vzaps::testing::Sandbox::control(*m_client, u"/_sandbox/config"_s,
                                             {{u"latency_ms"_s, 3000}}));
    const auto noLatency = qScopeGuard([this] {
        vzaps::testing::Sandbox::control(*m_client, u"/_sandbox/config"_s, {{u"latency_ms"_s, 0}});
    });
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(vzaps::testing::type(u"pet"_s));

    auto *line = find<QProgressBar>(u"busyLine"_s);
    QTRY_VERIFY(line->isVisible());
    // The 24 rows of before are still there, greyed, and nothing claims they are the result.
    QCOMPARE(model()->rowCount(), 24);
    auto *delegate = qobject_cast<vzaps::ui::BadgeDelegate *>(table()->itemDelegate());
    QVERIFY(delegate && delegate->isStale());
    QCOMPARE(find<QLabel>(u"summaryStrip"_s)->text(), u"Searching for “pet”…"_s);
    QCOMPARE(find<QLabel>(u"busyLabel"_s)->text(), u"Searching for “pet”…"_s);
    QVERIFY(find<QProgressBar>(u"busySpinner"_s)->isVisible());
    QVERIFY(!find<QFrame>(u"errorBanner"_s)->isVisible()); // slow is not broken

    QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller().isBusy(), 10000);
    QVERIFY(model()->rowCount() < 24);
    QCOMPARE(m_window->controller().shownSearch(), u"pet"_s);
    QVERIFY(!line->isVisible());
    QVERIFY(!find<QLabel>(u"busyLabel"_s)->isVisible());
    QVERIFY(!delegate->isStale());
    QVERIFY(!find<QLabel>(u"summaryStrip"_s)->text().startsWith(u"Searching"_s));
}

void TestMainWindow::quickRequestsShowNoBusySign()
{
    QVERIFY(waitForLoad(24));
    auto *busy = m_window->findChild<vzaps::ui::BusySign *>();
    QVERIFY(busy);
    busy->setDelay(std::chrono::seconds(5)); // far longer than a local request takes
    QSignalSpy changed(busy, &vzaps::ui::BusySign::changed);
    QSignalSpy loaded(&m_window->controller(), &vzaps::InstanceListController::pageLoaded);
    find<QAction>(u"refreshAction"_s)->trigger();
    QVERIFY(m_window->controller().isBusy());
    QVERIFY(loaded.wait());
    QCOMPARE(changed.size(), 0);
    QVERIFY(!find<QProgressBar>(u"busyLine"_s)->isVisible());
}

void TestMainWindow::screenshotForReview()
{
    const QString dir = vzaps::testing::shotDir();
    if (dir.isEmpty())
        QSKIP("set VZAPS_SHOT_DIR to save screenshots");
    m_window->resize(1400, 860);
    QVERIFY(waitForLoad(24));
    table()->selectRow(2);
    // The picture shows the detail panel with its connection loaded.
    auto *watcher = m_window->findChild<vzaps::SessionWatcher *>();
    QVERIFY(watcher);
    QTRY_VERIFY(watcher->view() == vzaps::SessionWatcher::View::Connected ||
                watcher->view() == vzaps::SessionWatcher::View::Disconnected);
    QVERIFY(m_window->grab().save(dir + u"/main-selected.png"_s));
    QVERIFY(vzaps::testing::Sandbox::control(
        *m_client, u"/_sandbox/fail-next"_s,
        {{u"status"_s, 503}, {u"path_prefix"_s, u"/instances/list"_s}, {u"count"_s, 3}}));
    m_window->controller().refresh();
    QTRY_VERIFY(find<QFrame>(u"errorBanner"_s)->isVisible());
    QVERIFY(m_window->grab().save(dir + u"/main-error.png"_s));
    QTest::keyClicks(find<QLineEdit>(u"searchField"_s), u"xyz-none"_s);
    QTRY_COMPARE(find<QStackedWidget>(u"listStack"_s)->currentWidget(),
                 find<QWidget>(u"emptyPage"_s));
    QVERIFY(m_window->grab().save(dir + u"/main-empty.png"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
