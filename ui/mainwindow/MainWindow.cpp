#include "mainwindow/MainWindow.h"

#include "actions/ActionLauncher.h"
#include "actions/InstanceCommands.h"
#include "api/ApiClient.h"
#include "common/BrowserHandOff.h"
#include "common/ToneStyle.h"
#include "common/WidgetHelpers.h"
#include "mainwindow/BadgeDelegate.h"
#include "mainwindow/InstanceActions.h"
#include "mainwindow/InstanceTableView.h"
#include "mainwindow/PagingBar.h"
#include "mainwindow/SetupPage.h"
#include "mainwindow/StatePages.h"
#include "mainwindow/WindowSettings.h"
#include "mainwindow/WindowStatusBar.h"
#include "models/InstanceListController.h"
#include "models/InstanceTableModel.h"
#include "settings/AppSettings.h"

#include "detail/DetailPanel.h"
#include "log/ActionLogHost.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

constexpr int kMessageTimeoutMs = 8000;
// A first load quicker than this fills the empty table in place; a slower one gets the
// loading page, so a fast network never flashes it (nor pays for building it).
constexpr std::chrono::milliseconds kLoadingPageDelay{250};

int columnOfSortField(const QString &field)
{
    if (field.isEmpty())
        return -1;
    for (int column = 0; column < InstanceTableModel::ColumnCount; ++column) {
        if (InstanceTableModel::sortField(column) == field)
            return column;
    }
    return -1;
}

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

    m_centralStack = named(new QStackedWidget, u"centralStack"_s, tr("Main area"));
    m_listPage = buildListArea();
    m_centralStack->addWidget(m_listPage);
    setCentralWidget(m_centralStack);
    buildStatusBar();
    // Search, the table, then the paging controls; the detail panel's own controls follow.
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_paging->pageSizeCombo());
    setTabOrder(m_paging->pageSizeCombo(), m_paging->previousButton());
    setTabOrder(m_paging->previousButton(), m_paging->nextButton());

    connect(m_controller, &InstanceListController::stateChanged, this, &MainWindow::updateState);
    connect(m_controller, &InstanceListController::pageLoaded, this, [this] {
        updateState();
        updateUpdatedLabel();
        selectPendingInstance();
    });
    connect(m_controller, &InstanceListController::queryChanged, this, &MainWindow::updatePaging);
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
    // A refresh may change the shown instance's fields, or take it away.
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_detailId.isEmpty())
            updateDetail();
    });
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

void MainWindow::buildActions()
{
    m_refreshAction = named(new QAction(tr("&Refresh"), this), u"refreshAction"_s, tr("Refresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh); // F5
    m_refreshAction->setToolTip(tr("Load the instances again (F5)"));
    m_refreshAction->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    connect(m_refreshAction, &QAction::triggered, this, [this] { m_controller->refresh(); });
    addAction(m_refreshAction);

    m_settingsAction =
        named(new QAction(tr("Se&ttings…"), this), u"settingsAction"_s, tr("Settings"));
    m_settingsAction->setShortcut(Qt::CTRL | Qt::Key_Comma);
    m_settingsAction->setIcon(QIcon::fromTheme(u"preferences-system"_s));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    addAction(m_settingsAction);

    m_findAction = named(new QAction(tr("&Find"), this), u"findAction"_s, tr("Find"));
    m_findAction->setShortcut(QKeySequence::Find); // Ctrl+F
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);
    addAction(m_findAction);

    m_rowActions = new InstanceActions([this] { return selectedInstances(); }, *m_handOff, this);
    connect(m_rowActions, &InstanceActions::message, this, &MainWindow::showMessage);

    m_commands = new InstanceCommands(this);
    m_launcher = new ActionLauncher(m_client, this);
    connect(m_commands, &InstanceCommands::requested, this,
            [this](InstanceAction action) { m_launcher->launch(action, selectedInstances()); });
    connect(m_launcher, &ActionLauncher::message, this, &MainWindow::showMessage);
    connect(m_launcher, &ActionLauncher::instanceCreated, this, &MainWindow::onInstanceCreated);
    connect(m_launcher, &ActionLauncher::instanceChanged, m_controller,
            &InstanceListController::refresh);
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

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_search = named(new QLineEdit, u"searchField"_s, tr("Search instances"));
    m_search->setPlaceholderText(tr("Search by name, id, webhook… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_search->setMaximumWidth(480);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_controller->setSearch(text); });
    toolBar->addWidget(m_search);
    addToolBar(Qt::TopToolBarArea, toolBar);
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
    m_summary->setWordWrap(true); // never widens the list past the splitter
    m_summary->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(m_summary);

    m_banner = new StaleBanner;
    connect(m_banner, &StaleBanner::retryRequested, m_controller, &InstanceListController::refresh);
    m_banner->hide();
    layout->addWidget(m_banner);

    layout->addWidget(buildStatePages(), 1);
    m_paging = new PagingBar(*m_controller);
    layout->addWidget(m_paging);
    m_splitter->addWidget(listArea);

    auto *panel = new DetailPanel(m_client);
    connect(panel, &DetailPanel::message, this, &MainWindow::showMessage);
    m_detail = panel;
    if (m_detail->objectName().isEmpty())
        m_detail->setObjectName(u"detailPanel"_s);
    if (m_detail->accessibleName().isEmpty())
        m_detail->setAccessibleName(tr("Instance details"));
    m_detail->setMinimumWidth(280);
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
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showRowMenu);
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

    if (m_table->badgeDelegate()->isStale() != stale) {
        m_table->badgeDelegate()->setStale(stale);
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
        if (!m_controller->hasLoaded()) {
            errorPage()->setError(m_controller->lastError());
            page = m_errorPage;
        } else {
            page = hasRows ? static_cast<QWidget *>(m_table) : emptyPage();
        }
        break;
    }
    if (page && page == m_emptyPage)
        m_emptyPage->setSearch(m_controller->shownSearch());
    m_listStack->setCurrentWidget(page);

    if (state != State::Loading)
        m_loadingPageDelay->stop();

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
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    updatePaging();
}

void MainWindow::updatePaging()
{
    m_paging->refresh();
}

void MainWindow::updateUpdatedLabel()
{
    m_status->setUpdated(isShowingSetupPage() ? QDateTime() : m_controller->lastUpdated(),
                         int(m_controller->autoRefreshInterval().count()));
}

QList<Instance> MainWindow::selectedInstances() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Instance> instances;
    for (const QModelIndex &index : std::as_const(rows))
        instances.append(m_controller->model()->instanceAt(index.row()));
    return instances;
}

std::optional<Instance> MainWindow::currentInstance() const
{
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && selection->isRowSelected(current.row(), {}))
        return m_controller->model()->instanceAt(current.row());
    const QModelIndexList rows = selection->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_controller->model()->instanceAt(rows.first().row());
}

void MainWindow::updateSelectionActions()
{
    const QList<Instance> selection = selectedInstances();
    m_rowActions->updateForSelection(int(selection.size()));
    m_commands->updateForSelection(selection);
}

void MainWindow::updateDetail()
{
    const auto instance = currentInstance();
    const QString id = instance ? instance->id : QString();
    const QJsonObject raw = instance ? instance->raw : QJsonObject();
    // Selection and current-row changes come in pairs, and refreshes repeat unchanged rows.
    if (m_detailShown && id == m_detailId && raw == m_detailRaw)
        return;
    m_detailShown = true;
    m_detailId = id;
    m_detailRaw = raw;
    m_detail->showInstance(instance);
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

void MainWindow::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    auto *menu = new QMenu(this);
    menu->setObjectName(u"rowMenu"_s);
    menu->setAccessibleName(tr("Instance actions"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_commands->addToRowMenu(menu);
    menu->addSeparator();
    m_rowActions->addTo(menu);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::onInstanceCreated(const Instance &instance)
{
    // Newest first is the default order, so a refresh usually brings it onto the page.
    m_selectWhenLoaded = instance.id;
    m_controller->refresh();
}

void MainWindow::onInstanceRemoved(const QString &id)
{
    // Gone at once; the refresh then fixes the counts and fills the page up again.
    m_controller->model()->removeInstance(id);
    m_controller->refresh();
}

void MainWindow::selectPendingInstance()
{
    if (m_selectWhenLoaded.isEmpty())
        return;
    const QString id = std::exchange(m_selectWhenLoaded, QString());
    const int row = m_controller->model()->rowOf(id);
    if (row < 0)
        return showMessage(tr("The new instance is not on this page; search for it to see it."));
    const QModelIndex index = m_controller->model()->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::focusDetail(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    // Make sure the panel is wide enough to read before sending the focus there.
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes.at(1) < m_detail->minimumWidth()) {
        const int total = sizes.at(0) + sizes.at(1);
        m_splitter->setSizes({total - 380, 380});
    }
    updateDetail();
    QWidget *target = m_detail;
    for (QWidget *w = m_detail->nextInFocusChain(); w && w != m_detail; w = w->nextInFocusChain()) {
        if (!m_detail->isAncestorOf(w))
            break;
        if (w->isVisibleTo(m_detail) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            target = w;
            break;
        }
    }
    target->setFocus(Qt::OtherFocusReason);
}

void MainWindow::focusSearch()
{
    if (!m_search->isEnabled())
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, kMessageTimeoutMs);
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings->geometry.get();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->windowState.get();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = m_settings->splitterState.get();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    restoreTableLayout();

    const int pageSize = WindowSettings::validPageSize(m_settings->pageSize.get());
    m_paging->setPageSize(pageSize, false);
}

ListQuery MainWindow::rememberedQuery(int defaultPageSize)
{
    // The same choices restoreSettings() and applyPreferences() make for the widgets.
    const WindowSettings settings;
    ListQuery query;
    query.size = settings.pageSize.isSet() ? WindowSettings::validPageSize(settings.pageSize.get())
                                           : defaultPageSize;
    const int column = columnOfSortField(settings.sortField.get());
    if (column >= 0) {
        query.sort = InstanceTableModel::sortField(column);
        query.sortDescending = settings.sortDescending.get();
    }
    return query;
}

void MainWindow::restoreTableLayout()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = m_settings->headerState.get();
    {
        const QSignalBlocker blocker(header);
        if (!state.isEmpty() && !header->restoreState(state))
            m_table->applyDefaultColumnLayout();
        // The sort the server was last asked for wins over the header's own memory.
        const int column = columnOfSortField(m_settings->sortField.get());
        header->setSortIndicator(column, m_settings->sortDescending.get() ? Qt::DescendingOrder
                                                                          : Qt::AscendingOrder);
        m_sortSection = column;
        if (header->hiddenSectionCount() >= header->count())
            m_table->applyDefaultColumnLayout();
    }
}

void MainWindow::saveSettings() const
{
    m_settings->geometry.set(saveGeometry());
    m_settings->windowState.set(saveState());
    m_settings->splitterState.set(m_splitter->saveState());
    m_settings->headerState.set(m_table->horizontalHeader()->saveState());
    m_settings->sortField.set(m_sortSection >= 0 ? InstanceTableModel::sortField(m_sortSection)
                                                 : QString());
    m_settings->sortDescending.set(m_table->horizontalHeader()->sortIndicatorOrder() ==
                                   Qt::DescendingOrder);
    m_settings->pageSize.set(m_paging->pageSize());
    m_settings->sync();
}

void MainWindow::setAccountMenu(QMenu *menu)
{
    if (!m_accountButton) {
        m_accountButton = named(new QToolButton, u"accountButton"_s, tr("Account"));
        m_accountButton->setPopupMode(QToolButton::InstantPopup);
        m_accountButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_accountButton->setToolTip(tr("Switch, add or edit accounts"));
        // Just left of the search field, which sits last after a spacer.
        const QList<QAction *> actions = m_toolBar->actions();
        m_toolBar->insertWidget(actions.last(), m_accountButton);
    }
    // The menu's title names the account in use.
    m_accountButton->setMenu(menu);
    m_accountButton->setText(menu->title().remove(u'&'));
}

void MainWindow::showNotice(const QString &text)
{
    m_status->showNotice(text);
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_controller->setAutoRefreshInterval(preferences.autoRefreshInterval());
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

void MainWindow::resetLayout()
{
    m_settings->geometry.set({});
    m_settings->windowState.set({});
    m_settings->splitterState.set({});
    m_settings->headerState.set({});
    m_table->applyDefaultColumnLayout();
    m_splitter->setSizes({900, 380});
    if (!isMaximized() && !isFullScreen())
        resize(1280, 780);
    showMessage(tr("The window, the panels and the table's columns are back to their defaults."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
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
