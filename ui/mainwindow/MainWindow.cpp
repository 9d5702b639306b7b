#include "ui/mainwindow/MainWindow.h"

#include "core/api/ApiClient.h"
#include "core/presentation/Diagnostics.h"
#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/InstanceTableModel.h"
#include "core/presentation/LiveUpdates.h"
#include "core/presentation/WatchList.h"
#include "core/settings/AppSettings.h"
#include "ui/actions/ActionLauncher.h"
#include "ui/actions/InstanceCommands.h"
#include "ui/common/BrowserHandOff.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/mainwindow/BadgeDelegate.h"
#include "ui/mainwindow/BusySign.h"
#include "ui/mainwindow/InstanceActions.h"
#include "ui/mainwindow/InstanceTableView.h"
#include "ui/mainwindow/PagingBar.h"
#include "ui/mainwindow/SearchField.h"
#include "ui/mainwindow/SetupPage.h"
#include "ui/mainwindow/StatePages.h"
#include "ui/mainwindow/StatusFilterButton.h"
#include "ui/mainwindow/WindowSettings.h"
#include "ui/mainwindow/WindowStatusBar.h"
#include "ui/views/ViewsHost.h"

#include "ui/detail/DetailPanel.h"
#include "ui/log/ActionLogHost.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

constexpr int kMessageTimeoutMs = 8000;

} // namespace

MainWindow::MainWindow(ApiClient &client, QWidget *parent)
    : MainWindow(client, nullptr, parent)
{}

MainWindow::MainWindow(ApiClient &client, InstanceListController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_controller(controller ? controller : new InstanceListController(client))
    , m_handOff(new BrowserHandOff(this))
    , m_settings(std::make_unique<WindowSettings>())
{
    m_controller->setParent(this);
    m_firstPageUnderWay = m_controller->isBusy();
    setObjectName(u"mainWindow"_s);
    setAccessibleName(tr("VZaps Desk"));
    resize(1280, 780);

    buildActions();

    m_recentErrors = new RecentErrors(this);
    m_recentErrors->follow(m_client);

    m_centralStack = named(new QStackedWidget, u"centralStack"_s, tr("Main area"));
    m_listPage = buildListArea();
    m_centralStack->addWidget(m_listPage);
    setCentralWidget(m_centralStack);
    buildStatusBar();
    buildMenuBar();
    // Search, its status filter, the table, then the paging controls; the detail panel's own
    // controls follow.
    setTabOrder(m_views->selector(), m_search);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_table);
    QWidget *previous = m_table;
    for (QWidget *control : m_paging->focusChain()) {
        setTabOrder(previous, control);
        previous = control;
    }

    connect(m_controller, &InstanceListController::stateChanged, this, &MainWindow::updateState);
    connect(m_controller, &InstanceListController::pageLoaded, this, [this] {
        updateState();
        updateUpdatedLabel();
        selectPendingInstance();
        if (std::exchange(m_openFirstWhenShown, false))
            openFirstResult();
    });
    connect(m_controller, &InstanceListController::queryChanged, this, &MainWindow::updatePaging);
    connect(m_controller, &InstanceListController::waitingChanged, this,
            &MainWindow::updateWaiting);
    connect(m_handOff, &BrowserHandOff::refused, this, &MainWindow::showMessage);
    connect(m_handOff, &BrowserHandOff::opened, this, [this](const QUrl &url) {
        showMessage(tr("Opened %1 in the web browser.").arg(url.toDisplayString()));
    });

    auto *model = m_controller->model();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateSelectionActions();
        updateDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateDetail);
    // What the store learns about the shown instances (a refresh, an action's result, the
    // session) changes what the actions allow at once; the detail panel follows the store
    // itself.
    connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateSelectionActions);
    connect(m_controller, &InstanceListController::summaryChanged, this,
            &MainWindow::updateSummary);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateDetail);

    setConnectionInfo({});
    restoreSettings();
    if (m_firstPageUnderWay)
        m_loadingPageDelay->start(); // that first load counts from now
    updateState();
    updateSelectionActions();
    // Not visible yet: nothing to refresh for until the window shows.
    m_controller->setAutoRefreshPaused(true);
}

MainWindow::~MainWindow()
{
    saveSettings();
}

void MainWindow::setConnectionInfo(const ConnectionInfo &info)
{
    m_connection = info;
    setWindowTitle(info.sandbox ? tr("VZaps Desk — Sandbox") : tr("VZaps Desk"));
    m_status->setAccount(info.account, m_client.baseUrl().toDisplayString(QUrl::RemoveUserInfo),
                         info.sandbox);
}

void MainWindow::start()
{
    if (!m_client.hasCredentials()) {
        showSetupPage();
        return;
    }
    m_centralStack->setCurrentWidget(m_listPage);
    // Another account, or the same one signed in again: its own watch list, new sockets.
    m_watchList->setAccount(m_client.baseUrl(), m_client.clientToken());
    m_views->setAccount(m_client.baseUrl(), m_client.clientToken());
    m_live->restart();
    m_search->setEnabled(true);
    m_refreshAction->setEnabled(true);
    m_commands->setSignedIn(true);
    setConnectionInfo(m_connection);
    // The remembered page size and sort, sent as one first request.
    ListQuery query;
    query.size = m_paging->pageSize();
    query.search = m_search->text();
    if (m_sortSection >= 0) {
        query.sort = InstanceTableModel::sortField(m_sortSection);
        query.sortDescending =
            m_table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    }
    m_loadingPageDelay->start();
    // The first page may be on its way already (asked for before the window was built).
    const bool takeOver =
        std::exchange(m_firstPageUnderWay, false) && m_controller->isFetching(query);
    if (!takeOver) {
        m_controller->clear();
        m_controller->setQuery(query);
        m_controller->refresh();
    }
    m_table->setFocus();
    updateState();
}

void MainWindow::showSetupPage(const QString &problem)
{
    if (!m_setupPage) {
        m_setupPage = new SetupPage;
        connect(m_setupPage, &SetupPage::sandboxRequested, this, &MainWindow::sandboxRequested);
        connect(m_setupPage, &SetupPage::signInRequested, this, &MainWindow::signInRequested);
        m_centralStack->addWidget(m_setupPage);
    }
    m_setupPage->setProblem(problem);
    m_centralStack->setCurrentWidget(m_setupPage);
    m_search->setEnabled(false);
    m_refreshAction->setEnabled(false);
    m_commands->setSignedIn(false);
    updateUpdatedLabel();
}

bool MainWindow::isShowingSetupPage() const
{
    return m_setupPage && m_centralStack->currentWidget() == m_setupPage;
}

void MainWindow::updateState()
{
    using State = InstanceListController::State;
    const State state = m_controller->state();
    const bool stale = m_controller->isStale();
    const bool hasRows = m_controller->model()->rowCount() > 0;
    // Greyed: rows the last reply could not renew, or an earlier search's while a slow one
    // is under way.
    const bool greyed = stale || m_busy->rowsAreOutdated();

    if (m_table->badgeDelegate()->isStale() != greyed) {
        m_table->badgeDelegate()->setStale(greyed);
        m_table->viewport()->update();
    }
    m_banner->setVisible(stale);
    if (stale)
        m_banner->setError(m_controller->lastError());

    QWidget *page = m_table;
    switch (state) {
    case State::Idle:
    case State::Loading:
        // A quick first load fills the empty table in place (the summary strip says it is
        // loading); a slow one gets the loading page.
        if (!m_loadingPageDelay->isActive() && state == State::Loading)
            page = loadingPage();
        break;
    case State::Ready:
        page = hasRows ? static_cast<QWidget *>(m_table) : emptyPage();
        break;
    case State::Error:
        m_openFirstWhenShown = false; // the error page or banner says why nothing opened
        if (!m_controller->hasLoaded()) {
            errorPage()->setError(m_controller->lastError());
            page = m_errorPage;
        } else {
            page = hasRows ? static_cast<QWidget *>(m_table) : emptyPage();
        }
        break;
    }
    if (page && page == m_emptyPage)
        m_emptyPage->setSearch(m_controller->shownSearch(), m_controller->searchesAllFields(),
                               !m_controller->statusFilter().isEmpty());
    m_listStack->setCurrentWidget(page);

    if (state != State::Loading)
        m_loadingPageDelay->stop();

    updateSummary();
}

void MainWindow::updateSummary()
{
    using State = InstanceListController::State;
    const State state = m_controller->state();
    const QWidget *page = m_listStack->currentWidget();
    // Each counter stays on one line when the strip wraps.
    QStringList parts =
        m_controller->hasLoaded() ? m_controller->summaryText().split(u" · "_s) : QStringList();
    for (QString &part : parts)
        part.replace(u' ', QChar::Nbsp);
    QString summary = parts.join(u" · "_s);
    // Also before the first request (Idle: e.g. while the keychain hands over the secret),
    // and until the loading page takes over.
    if (page == m_table && (state == State::Idle || state == State::Loading))
        summary = tr("Loading instances…");
    if (m_busy->rowsAreOutdated())
        summary = m_busy->text(); // "Searching for “pet”…": these rows are not its result
    m_summary->setText(display::cut(summary));
    m_summary->setVisible(!summary.isEmpty());
    updatePaging();
}

void MainWindow::updatePaging()
{
    m_paging->refresh();
}

int MainWindow::secondsOfWaitLeft() const
{
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_controller->waitingUntil());
    return int(qMax<qint64>(1, (ms + 999) / 1000));
}

void MainWindow::updateWaiting()
{
    m_status->setWaiting(
        m_controller->isWaitingForRateLimit()
            ? tr("Rate limited by the server; retrying in %1 s").arg(secondsOfWaitLeft())
            : QString());
}

void MainWindow::updateUpdatedLabel()
{
    m_status->setUpdated(isShowingSetupPage() ? QDateTime() : m_controller->lastUpdated(),
                         int(m_controller->autoRefreshInterval().count()));
}

void MainWindow::updateAutoRefreshPause(bool hidden)
{
    const bool paused = hidden || isMinimized();
    m_controller->setAutoRefreshPaused(paused);
    if (!paused)
        updateUpdatedLabel();
    m_status->setTicking(!paused);
}

void MainWindow::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (section < 0)
        return;
    if (section != m_sortSection) {
        // A new column starts ascending, dates newest first, whatever the style's habit.
        const Qt::SortOrder first = InstanceTableView::firstSortOrder(section);
        if (order != first) {
            const QSignalBlocker blocker(header);
            header->setSortIndicator(section, first);
            order = first;
        }
    }
    m_sortSection = section;
    m_controller->setSort(InstanceTableModel::sortField(section), order == Qt::DescendingOrder);
}

void MainWindow::showMessage(const QString &text)
{
    // Every status-bar message passes here; many carry names or texts from the server.
    statusBar()->showMessage(display::cut(text, 300), kMessageTimeoutMs);
}

void MainWindow::showNotice(const QString &text)
{
    m_status->showNotice(text);
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_controller->setAutoRefreshInterval(preferences.autoRefreshInterval());
    m_controller->setServerFiltersByStatus(preferences.serverFiltersByStatus);
    m_launcher->setTypeToConfirm(preferences.typeToConfirm);
    // The default page size applies when none was chosen yet, and when it changes.
    const bool defaultChanged =
        m_defaultPageSize != 0 && m_defaultPageSize != preferences.defaultPageSize;
    m_defaultPageSize = preferences.defaultPageSize;
    if (defaultChanged)
        m_paging->setPageSize(preferences.defaultPageSize, true); // reloads with the new size
    else if (!m_settings->pageSize.isSet())
        m_paging->setPageSize(preferences.defaultPageSize, false); // start() sends the request
    updateUpdatedLabel();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A dialog with typed input asks first; until it is answered the window stays.
    if (!m_launcher->closeAsking())
        return event->ignore();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateAutoRefreshPause(!isVisible());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateAutoRefreshPause(false);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateAutoRefreshPause(true);
}

} // namespace vzaps::ui
