// The main window's widgets: the toolbar and its actions, the list area with its state
// pages, the detail panel and the status bar (MainWindow.cpp has what they do).
#include "ui/mainwindow/MainWindow.h"

#include "core/presentation/InstanceListController.h"
#include "core/presentation/LiveUpdates.h"
#include "core/presentation/WatchList.h"
#include "ui/actions/ActionLauncher.h"
#include "ui/actions/InstanceCommands.h"
#include "ui/common/BrowserHandOff.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/detail/DetailPanel.h"
#include "ui/log/ActionLogHost.h"
#include "ui/mainwindow/BusySign.h"
#include "ui/mainwindow/InstanceActions.h"
#include "ui/mainwindow/InstanceTableView.h"
#include "ui/mainwindow/PagingBar.h"
#include "ui/mainwindow/ScanBar.h"
#include "ui/mainwindow/SearchField.h"
#include "ui/mainwindow/StatePages.h"
#include "ui/mainwindow/StatusFilterButton.h"
#include "ui/mainwindow/WindowStatusBar.h"
#include "ui/style/BundledIcon.h"
#include "ui/views/ViewsHost.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {
// A first load quicker than this fills the empty table in place; a slower one gets the
// loading page, so a fast network never flashes it (nor pays for building it).
constexpr std::chrono::milliseconds kLoadingPageDelay{250};
} // namespace

void MainWindow::buildActions()
{
    m_refreshAction = named(new QAction(tr("&Refresh"), this), u"refreshAction"_s, tr("Refresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh); // F5
    m_refreshAction->setToolTip(tr("Load the instances again (F5)"));
    m_refreshAction->setIcon(themedIcon(u"view-refresh"_s));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        // Asking again during the server's rate limit would only be refused again.
        if (m_controller->isWaitingForRateLimit())
            return showMessage(tr("Waiting for the server's rate limit; the list is asked for "
                                  "again in %1 s.")
                                   .arg(secondsOfWaitLeft()));
        m_controller->refresh();
    });
    addAction(m_refreshAction);

    m_settingsAction =
        named(new QAction(tr("Se&ttings…"), this), u"settingsAction"_s, tr("Settings"));
    m_settingsAction->setShortcut(Qt::CTRL | Qt::Key_Comma);
    m_settingsAction->setIcon(themedIcon(u"preferences-system"_s));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    addAction(m_settingsAction);

    m_quitAction = named(new QAction(tr("&Quit"), this), u"quitAction"_s, tr("Quit"));
    // Ctrl+Q whatever the desktop's key theme says (some give Quit no key at all).
    m_quitAction->setShortcut(Qt::CTRL | Qt::Key_Q);
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setIcon(themedIcon(u"application-exit"_s));
    // Closing every window saves their layout on the way out, and the last one closed
    // ends the application.
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows,
            Qt::QueuedConnection);
    addAction(m_quitAction);

    m_findAction = named(new QAction(tr("&Find"), this), u"findAction"_s, tr("Find"));
    m_findAction->setShortcut(QKeySequence::Find); // Ctrl+F
    m_findAction->setIcon(themedIcon(u"edit-find"_s));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);
    addAction(m_findAction);

    m_watchList = new WatchList(this);
    m_rowActions =
        new InstanceActions([this] { return selectedInstances(); }, *m_handOff, *m_watchList, this);
    connect(m_rowActions, &InstanceActions::message, this, &MainWindow::showMessage);

    m_commands = new InstanceCommands(this);
    m_launcher = new ActionLauncher(m_client, this);
    m_launcher->setStore(&m_controller->store());
    connect(m_commands, &InstanceCommands::requested, this,
            [this](InstanceAction action) { m_launcher->launch(action, selectedInstances()); });
    connect(m_launcher, &ActionLauncher::message, this, &MainWindow::showMessage);
    connect(m_launcher, &ActionLauncher::instanceCreated, this, &MainWindow::onInstanceCreated);
    // What an action's answer says goes into the store at once (every view follows it);
    // then the instance and the list are asked for again.
    connect(m_launcher, &ActionLauncher::instanceLearned, &m_controller->store(),
            &InstanceStore::learn);
    connect(m_launcher, &ActionLauncher::instanceChanged, m_controller,
            &InstanceListController::reloadAfterChange);
    connect(m_launcher, &ActionLauncher::instanceRemoved, this, &MainWindow::onInstanceRemoved);
    connect(m_launcher, &ActionLauncher::actionRecorded, this, [this](ActionRecord record) {
        record.account = m_connection.account.isEmpty()
                             ? m_client.baseUrl().toDisplayString(QUrl::RemoveUserInfo)
                             : m_connection.account;
        Q_EMIT actionRecorded(record);
    });
    m_actionLog = new ActionLogHost(*this);
    connect(this, &MainWindow::actionRecorded, m_actionLog, &ActionLogHost::record);
    connect(m_actionLog, &ActionLogHost::problem, this, &MainWindow::showMessage);
    addAction(m_actionLog->toggleAction());                // Ctrl+L
    addAction(m_commands->action(InstanceAction::Create)); // Ctrl+N from anywhere

    auto *toolBar = named(new QToolBar(tr("Main toolbar")), u"mainToolBar"_s, tr("Main toolbar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_commands->addToToolBar(toolBar);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_rowActions->openInWebApp());
    toolBar->addAction(m_actionLog->toggleAction());
    toolBar->addAction(m_settingsAction);
    m_toolBar = toolBar;

    // The account button goes last, at the right edge.
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    addToolBar(Qt::TopToolBarArea, toolBar);
    // The » button a narrow window shows for the actions that do not fit: Qt leaves it unnamed.
    if (auto *more = toolBar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s))
        more->setAccessibleName(tr("More toolbar actions"));
}

SearchField *MainWindow::buildSearchField()
{
    // Above the table, not in the toolbar: a narrow window moves toolbar items into the
    // overflow menu, and the search must stay where Ctrl+F and the eye find it.
    m_search = named(new SearchField, u"searchField"_s, tr("Search instances"));
    m_search->setPlaceholderText(tr("Search by name or id… (Ctrl+F)"));
    enableClearButton(m_search);
    m_search->setMaximumWidth(480);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_openFirstWhenShown = false; // Enter applies to the text it was pressed on
        m_controller->setSearch(text);
    });
    connect(m_search, &SearchField::resultsRequested, this, &MainWindow::enterResults);
    connect(m_search, &SearchField::firstResultRequested, this, &MainWindow::openFirstResult);
    connect(m_search, &SearchField::leaveRequested, this, [this] {
        if (m_listStack->currentWidget() == m_table)
            m_table->setFocus(Qt::OtherFocusReason);
    });
    return m_search;
}

QWidget *MainWindow::buildListArea()
{
    m_splitter =
        named(new QSplitter(Qt::Horizontal), u"mainSplitter"_s, tr("Instances and details"));
    m_splitter->setChildrenCollapsible(false);

    auto *listArea = named(new QWidget, u"listArea"_s, tr("Instance list"));
    auto *layout = new QVBoxLayout(listArea);
    layout->setContentsMargins(8, 6, 4, 4);
    layout->setSpacing(6);

    m_summary = named(new QLabel, u"summaryStrip"_s, tr("Summary"));
    // Not selectable: a selectable label lays out through a text document, which is slow
    // for a line that changes on every refresh.
    m_summary->setWordWrap(true);            // never widens the list past the splitter
    m_summary->setTextFormat(Qt::PlainText); // the counters' names are the server's
    m_summary->setContentsMargins(2, 0, 2, 0);
    // The search and, beside it, the status filter over the whole account.
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(6);
    buildViews();
    searchRow->addWidget(m_views->selector());
    searchRow->addWidget(buildSearchField(), 1);
    m_statusFilter = new StatusFilterButton;
    connect(m_statusFilter, &StatusFilterButton::filterChanged, m_controller,
            &InstanceListController::setStatusFilter);
    // The button says what the controller filters by (another account starts with none).
    const auto showFilter = [this] { m_statusFilter->setFilter(m_controller->statusFilter()); };
    connect(m_controller, &InstanceListController::queryChanged, m_statusFilter, showFilter);
    connect(m_controller, &InstanceListController::stateChanged, m_statusFilter, showFilter);
    searchRow->addWidget(m_statusFilter);
    searchRow->addStretch();
    connectViews();
    layout->addLayout(searchRow);
    layout->addWidget(m_summary);
    m_scanBar = new ScanBar(*m_controller);
    layout->addWidget(m_scanBar);

    m_banner = new StaleBanner;
    connect(m_banner, &StaleBanner::retryRequested, m_controller, &InstanceListController::refresh);
    m_banner->hide();
    layout->addWidget(m_banner);

    // A slow request shows itself; rows of an earlier search are greyed meanwhile.
    m_busy = new BusySign(*m_controller, this);
    connect(m_busy, &BusySign::changed, this, [this] {
        m_status->setBusy(m_busy->text());
        updateState();
    });
    layout->addWidget(m_busy->line());

    layout->addWidget(buildStatePages(), 1);
    m_paging = new PagingBar(*m_controller);
    layout->addWidget(m_paging);
    m_splitter->addWidget(listArea);

    auto *panel = new DetailPanel(m_client);
    panel->setStore(&m_controller->store());
    panel->setWatchList(m_watchList);
    connect(panel, &DetailPanel::message, this, &MainWindow::showMessage);
    m_detail = panel;
    if (m_detail->objectName().isEmpty())
        m_detail->setObjectName(u"detailPanel"_s);
    if (m_detail->accessibleName().isEmpty())
        m_detail->setAccessibleName(tr("Instance details"));
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 380});
    return m_splitter;
}

QWidget *MainWindow::buildStatePages()
{
    m_listStack = named(new QStackedWidget, u"listStack"_s, tr("Instances"));

    m_table = new InstanceTableView(m_controller->model());
    m_table->addAction(m_rowActions->copyId()); // Ctrl+C while the table has focus
    // F2 and Del act on the table's selection only while the table has focus.
    m_table->addAction(m_commands->action(InstanceAction::Edit));
    m_table->addAction(m_commands->action(InstanceAction::Delete));
    connect(m_table, &InstanceTableView::rowMenuRequested, this, &MainWindow::showRowMenu);
    connect(m_table, &QAbstractItemView::activated, this, &MainWindow::focusDetail);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &MainWindow::onSortIndicatorChanged);
    m_listStack->addWidget(m_table);

    m_loadingPageDelay = new QTimer(this);
    m_loadingPageDelay->setSingleShot(true);
    m_loadingPageDelay->setInterval(kLoadingPageDelay);
    connect(m_loadingPageDelay, &QTimer::timeout, this, &MainWindow::updateState);

    // The loading, empty and error pages are built when first needed: pages of a stacked
    // widget all take part in the window's layout, and their wrapped texts are costly to
    // lay out.
    return m_listStack;
}

LoadingPage *MainWindow::loadingPage()
{
    if (!m_loadingPage) {
        m_loadingPage = new LoadingPage;
        m_listStack->addWidget(m_loadingPage);
    }
    return m_loadingPage;
}

EmptyPage *MainWindow::emptyPage()
{
    if (!m_emptyPage) {
        m_emptyPage = new EmptyPage;
        connect(m_emptyPage, &EmptyPage::clearSearchRequested, m_search, &QLineEdit::clear);
        m_listStack->addWidget(m_emptyPage);
    }
    return m_emptyPage;
}

ErrorPage *MainWindow::errorPage()
{
    if (!m_errorPage) {
        m_errorPage = new ErrorPage;
        connect(m_errorPage, &ErrorPage::retryRequested, m_controller,
                &InstanceListController::refresh);
        m_listStack->addWidget(m_errorPage);
    }
    return m_errorPage;
}

void MainWindow::buildStatusBar()
{
    m_status = new WindowStatusBar(*statusBar());
    connect(m_status, &WindowStatusBar::tick, this, &MainWindow::updateUpdatedLabel);
    connect(m_status, &WindowStatusBar::tick, this, &MainWindow::updateWaiting);
    connect(m_status, &WindowStatusBar::tick, m_scanBar, &ScanBar::refresh); // its age
    // The instance in the detail panel and those of the watch list are watched live; the
    // status bar says how they stand.
    m_live = new LiveUpdates(m_client, m_controller->store(), this);
    connect(m_watchList, &WatchList::changed, m_live,
            [this] { m_live->setPinned(m_watchList->ids()); });
    connect(m_live, &LiveUpdates::watchedInstanceGone, this, [this](const QString &id) {
        m_watchList->unpin(id);
        showMessage(tr("A watched instance was deleted on the server; it is no longer watched."));
    });
    connect(m_live, &LiveUpdates::summaryChanged, this, &MainWindow::updateLiveLabel);
    connect(m_status, &WindowStatusBar::tick, this, &MainWindow::updateLiveLabel);
}

void MainWindow::updateLiveLabel()
{
    m_status->setLive(isShowingSetupPage()
                          ? QString()
                          : m_live->describe(int(m_controller->autoRefreshInterval().count()),
                                             QDateTime::currentDateTimeUtc()));
}

void MainWindow::setAccountMenu(QMenu *menu)
{
    if (!m_accountButton) {
        m_accountButton = named(new QToolButton, u"accountButton"_s, tr("Account"));
        m_accountButton->setPopupMode(QToolButton::InstantPopup);
        m_accountButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_accountButton->setToolTip(tr("Switch, add or edit accounts"));
        m_toolBar->addWidget(m_accountButton); // last, after the spacer
    }
    // The menu's title names the account in use.
    m_accountButton->setMenu(menu);
    m_accountButton->setText(menu->title().remove(u'&'));
}

} // namespace vzaps::ui
