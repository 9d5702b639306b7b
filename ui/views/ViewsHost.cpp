#include "ui/views/ViewsHost.h"

#include "core/presentation/FilterCounts.h"
#include "core/presentation/InstanceFormat.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/StatusScan.h"
#include "core/presentation/WatchList.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/style/BundledIcon.h"
#include "ui/views/SaveViewDialog.h"
#include "ui/views/ViewExportFlow.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

constexpr int kUnsavedView = -1;

} // namespace

ViewsHost::ViewsHost(InstanceListController &controller, WatchList &watchList, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_watchList(watchList)
    , m_window(window)
    , m_views(new SavedViews(this))
    , m_selector(named(new ViewSelector, u"viewSelector"_s, tr("View")))
    , m_save(named(new QAction(tr("&Save view…"), this), u"saveViewAction"_s, tr("Save view")))
    , m_delete(
          named(new QAction(tr("De&lete view"), this), u"deleteViewAction"_s, tr("Delete view")))
    , m_export(
          named(new QAction(tr("Export &view…"), this), u"exportViewAction"_s, tr("Export view")))
    , m_searchAllFields(named(new QAction(tr("Search &all fields"), this),
                              u"searchAllFieldsAction"_s, tr("Search all fields")))
    , m_exportFlow(new ViewExportFlow(controller, window))
{
    // A steady width: the counts the list shows when opened do not move the search field.
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_selector->setMinimumContentsLength(16);
    m_selector->setFocusPolicy(Qt::StrongFocus);
    m_selector->view()->setObjectName(u"viewSelectorList"_s);
    m_selector->view()->setAccessibleName(tr("Views"));
    m_selector->setToolTip(tr("Views: a search, a status filter and a sort kept under a name"));
    m_selector->beforePopup = [this] { rebuild(true); };
    connect(m_selector, &QComboBox::activated, this, &ViewsHost::chooseIndex);

    m_save->setIcon(themedIcon(u"document-save-as"_s));
    m_save->setToolTip(tr("Keep the search, the status filter, the sort and the columns under "
                          "a name"));
    connect(m_save, &QAction::triggered, this, &ViewsHost::saveCurrent);
    m_delete->setIcon(themedIcon(u"edit-delete"_s));
    connect(m_delete, &QAction::triggered, this, &ViewsHost::deleteCurrent);

    m_export->setIcon(themedIcon(u"document-export"_s));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Save every instance of this view, not only this page, as CSV or "
                            "JSON"));
    connect(m_export, &QAction::triggered, m_exportFlow, &ViewExportFlow::start);
    connect(m_exportFlow, &ViewExportFlow::exported, this, &ViewsHost::message);
    connect(m_exportFlow, &ViewExportFlow::failed, this, &ViewsHost::message);

    m_searchAllFields->setCheckable(true);
    m_searchAllFields->setIcon(themedIcon(u"edit-find"_s));
    m_searchAllFields->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchAllFields->setToolTip(tr("Match the search in every field: phone, push name, "
                                     "webhook, labels and events, over the whole account"));
    m_searchAllFields->setIconVisibleInMenu(false); // a check mark shows instead
    connect(m_searchAllFields, &QAction::toggled, &m_controller,
            &InstanceListController::setSearchAllFields);

    connect(&m_controller, &InstanceListController::queryChanged, this, [this] {
        const QSignalBlocker blocker(m_searchAllFields);
        m_searchAllFields->setChecked(m_controller.searchesAllFields());
        rebuild();
    });
    connect(&m_watchList, &WatchList::changed, this, [this] {
        // A view of the watched instances follows the list while it is shown: only its ids
        // change (a filter with ids is always a watched one).
        StatusFilter filter = m_controller.statusFilter();
        if (filter.ids) {
            filter.ids = QSet<QString>(m_watchList.ids().cbegin(), m_watchList.ids().cend());
            m_controller.setStatusFilter(filter);
        }
        rebuild();
    });
    connect(m_views, &SavedViews::changed, this, [this] { rebuild(); });
    rebuild();
}

void ViewsHost::setAccount(const QUrl &baseUrl, const QString &clientToken)
{
    m_views->setAccount(baseUrl, clientToken);
}

InstanceListController::View ViewsHost::shownAs(const SavedView &view) const
{
    InstanceListController::View shown = view.viewWith(m_watchList.ids());
    if (view.isBuiltIn()) {
        // A built-in view has no sort of its own: it keeps the table's.
        shown.sort = m_controller.query().sort;
        shown.sortDescending = m_controller.query().sortDescending;
    }
    return shown;
}

std::optional<SavedView> ViewsHost::currentView() const
{
    const InstanceListController::View now = m_controller.view();
    const QList<SavedView> views = m_views->views();
    // The one chosen last while the table still shows it (two views may differ only in their
    // columns), else the first that shows the same.
    for (const SavedView &view : views) {
        if (view.title() == m_chosenTitle && shownAs(view) == now)
            return view;
    }
    for (const SavedView &view : views) {
        if (shownAs(view) == now)
            return view;
    }
    return std::nullopt;
}

void ViewsHost::rebuild(bool withCounts)
{
    if (m_rebuilding)
        return;
    m_rebuilding = true;
    const QList<SavedView> views = m_views->views();
    const std::optional<SavedView> currentlyShown = currentView();
    int current = kUnsavedView;
    const QSignalBlocker blocker(m_selector);
    m_selector->clear();
    for (int i = 0; i < views.size(); ++i) {
        const SavedView &view = views.at(i);
        const InstanceListController::View shown = shownAs(view);
        QString text = view.title();
        if (withCounts) {
            if (const std::optional<qint64> count = viewCount(m_controller, shown))
                text = tr("%1 (%2)").arg(text, format::count(*count));
        }
        m_selector->addItem(text, i);
        if (current == kUnsavedView && currentlyShown && currentlyShown->title() == view.title())
            current = i;
        if (i == SavedViews::builtIns().size() - 1 && views.size() > i + 1)
            m_selector->insertSeparator(m_selector->count());
    }
    if (current == kUnsavedView) {
        m_selector->insertItem(0, tr("Unsaved view"), kUnsavedView);
        m_selector->setCurrentIndex(0);
    } else {
        m_selector->setCurrentIndex(m_selector->findData(current));
    }
    m_selector->setAccessibleName(tr("View: %1").arg(m_selector->currentText()));
    const std::optional<SavedView> shownView =
        current == kUnsavedView ? std::nullopt : std::optional<SavedView>(views.at(current));
    const bool own = shownView && !shownView->isBuiltIn();
    m_delete->setEnabled(own);
    m_delete->setText(own ? tr("De&lete view “%1”").arg(shownView->name) : tr("De&lete view"));
    const QString why = own ? QString() : tr("Only a view you saved can be deleted");
    m_delete->setToolTip(why.isEmpty() ? tr("Delete this saved view; no instance is touched")
                                       : why);
    m_save->setEnabled(m_views->hasAccount());
    m_rebuilding = false;
}

void ViewsHost::chooseIndex(int index)
{
    const int view = m_selector->itemData(index).toInt();
    const QList<SavedView> views = m_views->views();
    if (view < 0 || view >= views.size() || !showView)
        return rebuild();
    show(views.at(view));
}

void ViewsHost::show(const SavedView &view)
{
    m_chosenTitle = view.title();
    showView(view);
}

bool ViewsHost::showViewTitled(const QString &title)
{
    for (const SavedView &view : m_views->views()) {
        if (view.title() == title && showView) {
            show(view);
            return true;
        }
    }
    return false;
}

void ViewsHost::saveCurrent()
{
    const std::optional<SavedView> shown = currentView();
    auto *dialog = new SaveViewDialog(
        *m_views, shown && !shown->isBuiltIn() ? shown->name : QString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        SavedView view;
        view.name = dialog->name();
        view.view = m_controller.view();
        view.watchedOnly = view.view.filter.ids.has_value();
        view.hasColumns = bool(hiddenColumns);
        if (hiddenColumns)
            view.hiddenColumns = hiddenColumns();
        if (m_views->save(view)) {
            m_chosenTitle = view.name;
            rebuild();
            Q_EMIT message(tr("Saved the view “%1”.").arg(view.name));
        } else
            Q_EMIT message(tr("Could not save the view “%1”: at most %2 views can be saved; "
                              "delete one first.")
                               .arg(view.name)
                               .arg(SavedViews::kMaximum));
    });
    dialog->open();
}

void ViewsHost::deleteCurrent()
{
    const std::optional<SavedView> shown = currentView();
    if (!shown || shown->isBuiltIn())
        return;
    const QString name = shown->name;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Delete view"),
                        tr("Delete the view “%1”? Its instances are not touched.").arg(name),
                        QMessageBox::NoButton, m_window);
    box->setObjectName(u"deleteViewQuestion"_s);
    box->setTextFormat(Qt::PlainText);
    QPushButton *remove = box->addButton(tr("Delete view"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, name, remove](QAbstractButton *button) {
        if (button != remove)
            return;
        m_views->remove(name);
        Q_EMIT message(tr("Deleted the view “%1”.").arg(name));
    });
    box->open();
}

} // namespace vzaps::ui
