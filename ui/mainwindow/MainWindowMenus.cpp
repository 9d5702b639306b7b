// The main window's menu bar: File, Edit, View, Instance, Billing and Help, over the same
// actions as the toolbar, the row menu and the keys (MainWindowParts.cpp builds those), and
// what Help ▸ Copy diagnostics reports.
#include "ui/mainwindow/MainWindow.h"

#include "core/api/ApiClient.h"
#include "core/presentation/Diagnostics.h"
#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/SavedViews.h"
#include "core/presentation/WatchList.h"
#include "core/settings/AppSettings.h"
#include "core/version.h"
#include "ui/actions/ActionLauncher.h"
#include "ui/actions/InstanceCommands.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/detail/DetailPanel.h"
#include "ui/help/HelpActions.h"
#include "ui/log/ActionLogHost.h"
#include "ui/mainwindow/InstanceActions.h"
#include "ui/mainwindow/InstanceTableView.h"
#include "ui/mainwindow/SearchField.h"
#include "ui/mainwindow/WindowSettings.h"
#include "ui/style/BundledIcon.h"
#include "ui/views/ViewsHost.h"

#include <QAction>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

QMenu *addMenu(QMenuBar *bar, const QString &title, const QString &objectName)
{
    QMenu *menu = bar->addMenu(title);
    menu->setObjectName(objectName);
    menu->setToolTipsVisible(true); // a disabled item says why
    return menu;
}

} // namespace

void MainWindow::buildMenuBar()
{
    using A = InstanceAction;
    QMenuBar *bar = menuBar();
    bar->setObjectName(u"mainMenuBar"_s);

    QMenu *file = addMenu(bar, tr("&File"), u"fileMenu"_s);
    file->addAction(m_commands->action(A::Create));
    file->addAction(m_views->exportAction());
    file->addAction(m_actionLog->exportAction());
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = addMenu(bar, tr("&Edit"), u"editMenu"_s);
    edit->addAction(m_rowActions->copyId());
    edit->addAction(m_rowActions->copyToken());
    edit->addAction(m_rowActions->copyUrl());
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_views->searchAllFieldsAction());

    QMenu *view = addMenu(bar, tr("&View"), u"viewMenu"_s);
    QMenu *columns = view->addMenu(themedIcon(u"view-columns"_s), tr("&Columns"));
    columns->setObjectName(u"viewColumnsMenu"_s);
    // Filled when opened: it shows the columns as the header has them now.
    connect(columns, &QMenu::aboutToShow, this,
            [this, columns] { m_table->fillColumnsMenu(columns); });
    m_detailPanelAction =
        named(new QAction(tr("&Detail panel"), this), u"detailPanelAction"_s, tr("Detail panel"));
    m_detailPanelAction->setCheckable(true);
    m_detailPanelAction->setChecked(true);
    m_detailPanelAction->setIcon(themedIcon(u"view-split-left-right"_s));
    m_detailPanelAction->setToolTip(tr("Show or hide the selected instance's details"));
    connect(m_detailPanelAction, &QAction::toggled, this, &MainWindow::setDetailPanelShown);
    // In menus, the toggles show a check mark: a style draws either that or the icon.
    for (QAction *toggle :
         {m_detailPanelAction, m_actionLog->toggleAction(), m_rowActions->watchLive()})
        toggle->setIconVisibleInMenu(false);
    view->addAction(m_detailPanelAction);
    view->addAction(m_actionLog->toggleAction());
    QMenu *watched = view->addMenu(themedIcon(u"view-pin"_s), tr("&Watched instances"));
    watched->setObjectName(u"watchedMenu"_s);
    connect(watched, &QMenu::aboutToShow, this, [this, watched] { fillWatchedMenu(watched); });
    view->addSeparator();
    QMenu *views = view->addMenu(themedIcon(u"view-filter"_s), tr("S&how view"));
    views->setObjectName(u"showViewMenu"_s);
    connect(views, &QMenu::aboutToShow, this, [this, views] { fillViewsMenu(views); });
    view->addAction(m_views->saveAction());
    view->addAction(m_views->deleteAction());
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *instance = addMenu(bar, tr("&Instance"), u"instanceMenu"_s);
    for (A which : {A::Edit, A::Restart, A::Delete})
        instance->addAction(m_commands->action(which));
    instance->addSeparator();
    instance->addAction(m_commands->action(A::PairSession));
    instance->addAction(m_commands->action(A::DisconnectSession));
    instance->addSeparator();
    instance->addAction(m_rowActions->watchLive());
    instance->addAction(m_rowActions->openInWebApp());

    bar->addMenu(m_commands->billingMenu());

    m_help = new HelpActions(
        *this, *m_handOff, [this] { return diagnosticsFacts(); },
        InstanceTableView::keyHelp() + SearchField::keyHelp());
    connect(m_help, &HelpActions::message, this, &MainWindow::showMessage);
    QMenu *help = addMenu(bar, tr("&Help"), u"helpMenu"_s);
    m_help->addTo(help);

    connect(m_launcher, &ActionLauncher::pairingRequested, this, &MainWindow::startPairing);
    setDetailPanelShown(m_settings->detailPanelShown.get());
}

void MainWindow::setDetailPanelShown(bool shown)
{
    {
        const QSignalBlocker blocker(m_detailPanelAction);
        m_detailPanelAction->setChecked(shown);
    }
    m_detail->setVisible(shown);
    m_settings->detailPanelShown.set(shown);
}

void MainWindow::startPairing(const Instance &instance)
{
    // The pairing view is in the detail panel: shown, with this instance in it.
    if (!m_detail->isVisible())
        setDetailPanelShown(true);
    if (m_detail->shownInstanceId() != instance.id)
        revealInstance(instance.id);
    m_detail->startPairing(instance.id);
}

void MainWindow::fillWatchedMenu(QMenu *menu)
{
    menu->clear();
    const QStringList ids = m_watchList->ids();
    if (ids.isEmpty()) {
        QAction *none = menu->addAction(tr("No instance is watched. Use Watch live on a row."));
        none->setEnabled(false);
        return;
    }
    for (const QString &id : ids) {
        // The name the store knows; the id alone for one not loaded in this session.
        const Instance *known = m_controller->store().find(id);
        const QString name = known ? known->name : QString();
        // One line, its "&" shown as written (a tab would read as a key in a menu).
        QString shown = display::cut((name.isEmpty() ? id : name).simplified(), 60);
        QAction *entry = menu->addAction(shown.replace(u'&', u"&&"_s));
        entry->setToolTip(display::toolTip(id));
        connect(entry, &QAction::triggered, this, [this, id] { revealInstance(id); });
    }
}

DiagnosticsFacts MainWindow::diagnosticsFacts() const
{
    DiagnosticsFacts facts;
    facts.appVersion = QString::fromLatin1(VZAPS_VERSION);
    facts.buildDate = QString::fromLatin1(VZAPS_BUILD_DATE);
    facts.qtRuntimeVersion = QString::fromLatin1(qVersion());
    facts.qtBuildVersion = QString::fromLatin1(QT_VERSION_STR);
    facts.operatingSystem =
        u"%1, kernel %2"_s.arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion());
    facts.platformPlugin = QGuiApplication::platformName();
    // What the installed translation says its language is; English without one.
    facts.language = tr("English", "the language of the app's texts, named in English");
    facts.locale = QLocale().name();
    facts.baseUrl = m_client.baseUrl();
    facts.sandbox = m_connection.sandbox;
    facts.preferences = AppSettings().preferences();
    facts.errors = m_recentErrors->entries();
    return facts;
}

void MainWindow::fillViewsMenu(QMenu *menu)
{
    menu->clear();
    const std::optional<SavedView> shown = m_views->currentView();
    for (const SavedView &view : m_views->views().views()) {
        QAction *action = menu->addAction(view.title());
        action->setCheckable(true);
        action->setChecked(shown && shown->title() == view.title());
        connect(action, &QAction::triggered, this,
                [this, title = view.title()] { m_views->showViewTitled(title); });
    }
}

} // namespace vzaps::ui
