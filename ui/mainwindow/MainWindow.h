#pragma once

#include "core/actions/ActionRecord.h"
#include "core/types/Instance.h"
#include "core/types/InstanceInput.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace vzaps {
struct DiagnosticsFacts;
struct Preferences;
class ApiClient;
class RecentErrors;
class InstanceListController;
class LiveUpdates;
class WatchList;
struct SavedView;
} // namespace vzaps

namespace vzaps::ui {

class ActionLauncher;
class ActionLogHost;
class HelpActions;
class BadgeDelegate;
class BusySign;
class InstanceActions;
class InstanceCommands;
class InstanceTableView;
class PagingBar;
class ScanBar;
class StatusFilterButton;
class ViewsHost;
class SearchField;
class LoadingPage;
class EmptyPage;
class ErrorPage;
class SetupPage;
class StaleBanner;
class DetailPanel;
class BrowserHandOff;
class WindowSettings;
class WindowStatusBar;

// Where the window talks to, for its title and status bar.
struct ConnectionInfo {
    bool sandbox = false;
    QString account; // a short, non-secret label for the account; may be empty
};

// The main window of vzaps-desk (docs/architecture.md §4): toolbar with Refresh and the
// search field, a summary strip, the instance table with its paging bar, the detail
// panel beside it in a splitter, and a status bar. Shows what is going on (loading,
// empty, error with the last rows kept and greyed) and, with no credentials, a page
// that says how to get some. Layout and list preferences persist in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ApiClient &client, QWidget *parent = nullptr);
    // With a list controller that may already be loading the first page (DeskSession asks
    // for it before the window is built); the window takes it over.
    MainWindow(ApiClient &client, InstanceListController *controller, QWidget *parent = nullptr);

    // The first request start() sends: the remembered page size (else `defaultPageSize`)
    // and sort, no search.
    static ListQuery rememberedQuery(int defaultPageSize);
    ~MainWindow() override;

    InstanceListController &controller() const { return *m_controller; }
    BrowserHandOff &browserHandOff() const { return *m_handOff; }

    // Where the client points now: sets the title and the status bar.
    void setConnectionInfo(const ConnectionInfo &info);
    // Loads the first page with the remembered page size and sort; with no
    // credentials shows the setup page instead.
    void start();
    // Shows the window. When its size does not fit the screen (the default 1280×780 on a
    // small screen, or a size remembered from a bigger one) it opens maximized: nothing
    // falls off the screen's edge.
    void showFittingTheScreen();
    // The "what to do" page (no credentials, or the sandbox did not start).
    void showSetupPage(const QString &problem = {});
    bool isShowingSetupPage() const;

    // Brings the window up (from a desktop notification) showing the instance `id`: its row
    // selected when it is on the page, else in the detail panel alone. Empty: only the window.
    void revealInstance(const QString &id);

    // The selected instances in table order; the current one for single-row actions.
    QList<Instance> selectedInstances() const;
    std::optional<Instance> currentInstance() const;

    void saveSettings() const;

    // Accounts and settings: the account switcher's menu (on the toolbar), news for the status
    // bar that goes away by itself, a notice that stays there (something needs attention), the
    // preferences of the Settings dialog, and the default layout again.
    void setAccountMenu(QMenu *menu);
    void showMessage(const QString &text);
    void showNotice(const QString &text);
    void applyPreferences(const Preferences &preferences);
    void resetLayout();

    InstanceCommands &commands() const { return *m_commands; }
    ActionLauncher &launcher() const { return *m_launcher; }
    ActionLogHost &actionLog() const { return *m_actionLog; }
    HelpActions &help() const { return *m_help; }
    // The realtime side of the store: live while its feed is there (DeskSession sets it).
    LiveUpdates &liveUpdates() const { return *m_live; }
    // The instances pinned to be watched live, beside the shown one (kept per account).
    WatchList &watchList() const { return *m_watchList; }
    // Saved views, Search all fields and the export of the view.
    ViewsHost &views() const { return *m_views; }

Q_SIGNALS:
    // The setup page's "Start the sandbox" button.
    void sandboxRequested();
    // The setup page's "Sign in…" button.
    void signInRequested();
    // The Settings… action.
    void settingsRequested();
    // An action on an instance finished, for the action log; `account` is filled in.
    void actionRecorded(const vzaps::ActionRecord &record);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildActions();
    void buildMenuBar(); // MainWindowMenus.cpp
    void fillWatchedMenu(QMenu *menu);
    void fillViewsMenu(QMenu *menu);
    void buildViews();   // MainWindowViews.cpp
    void connectViews(); // once the search field and the status filter are there
    void showSavedView(const SavedView &view);
    void setDetailPanelShown(bool shown);
    void startPairing(const Instance &instance);
    DiagnosticsFacts diagnosticsFacts() const;
    QWidget *buildListArea();
    SearchField *buildSearchField();
    QWidget *buildStatePages();
    LoadingPage *loadingPage(); // built on first use
    EmptyPage *emptyPage();     // built on first use
    ErrorPage *errorPage();     // built on first use
    void buildStatusBar();
    void updateLiveLabel();
    void restoreSettings();
    void restoreTableLayout();

    void updateState();
    void updateSummary(); // and the paging bar's range
    void updatePaging();
    void updateUpdatedLabel();
    void updateWaiting(); // the rate-limit countdown in the status bar
    int secondsOfWaitLeft() const;
    void updateSelectionActions();
    void updateDetail();
    void updateAutoRefreshPause(bool hidden); // minimized counts as hidden

    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void showRowMenu(const QPoint &pos);
    void onInstanceCreated(const Instance &instance);
    void onInstanceRemoved(const QString &id);
    void selectPendingInstance();
    void focusDetail(const QModelIndex &index);
    void focusSearch();
    void enterResults();    // from the search field: the first row selected, focus in the table
    void openFirstResult(); // from the search field: the first match's details, once it is shown
    bool selectFirstRow();

    ApiClient &m_client;
    InstanceListController *m_controller;
    BrowserHandOff *m_handOff;
    std::unique_ptr<WindowSettings> m_settings;
    ConnectionInfo m_connection;

    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_detailPanelAction = nullptr;
    HelpActions *m_help = nullptr;
    RecentErrors *m_recentErrors = nullptr; // of m_client, for Copy diagnostics
    QToolBar *m_toolBar = nullptr;
    QToolButton *m_accountButton = nullptr;
    WatchList *m_watchList = nullptr;
    ViewsHost *m_views = nullptr;
    InstanceActions *m_rowActions = nullptr;
    InstanceCommands *m_commands = nullptr;
    ActionLauncher *m_launcher = nullptr;
    ActionLogHost *m_actionLog = nullptr;
    QString m_selectWhenLoaded; // a new instance to select once a refresh shows it

    QStackedWidget *m_centralStack = nullptr;
    QWidget *m_listPage = nullptr;
    SetupPage *m_setupPage = nullptr; // built on first use
    QSplitter *m_splitter = nullptr;

    SearchField *m_search = nullptr;
    bool m_openFirstWhenShown = false; // Enter in the search field before its results came
    QLabel *m_summary = nullptr;
    StatusFilterButton *m_statusFilter = nullptr;
    ScanBar *m_scanBar = nullptr;
    StaleBanner *m_banner = nullptr;
    BusySign *m_busy = nullptr;
    QStackedWidget *m_listStack = nullptr;
    InstanceTableView *m_table = nullptr;
    LoadingPage *m_loadingPage = nullptr;
    QTimer *m_loadingPageDelay = nullptr; // running: a first load still too new for the page
    EmptyPage *m_emptyPage = nullptr;
    ErrorPage *m_errorPage = nullptr;

    PagingBar *m_paging = nullptr;

    DetailPanel *m_detail = nullptr;
    QString m_detailId; // the instance the detail panel shows
    bool m_detailShown = false;

    WindowStatusBar *m_status = nullptr;
    LiveUpdates *m_live = nullptr;

    int m_sortSection = -1;
    bool m_firstPageUnderWay = false; // the controller came loading; the first start() keeps it
    int m_defaultPageSize = 0;        // from the preferences; 0 until applied
};

} // namespace vzaps::ui
