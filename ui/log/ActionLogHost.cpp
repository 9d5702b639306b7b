#include "ui/log/ActionLogHost.h"

#include "core/actionlog/ActionLog.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/log/LogPanel.h"
#include "ui/style/BundledIcon.h"

#include <QAction>
#include <QDockWidget>
#include <QIcon>
#include <QMainWindow>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

ActionLogHost::ActionLogHost(QMainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_toggle(named(new QAction(tr("Action &log"), this), u"actionLogAction"_s, tr("Action log")))
    , m_export(named(new QAction(tr("&Export action log…"), this), u"exportLogAction"_s,
                     tr("Export action log")))
{
    m_export->setIcon(themedIcon(u"document-export"_s));
    m_export->setToolTip(tr("Save the action log as a CSV file for a spreadsheet"));
    connect(m_export, &QAction::triggered, this, [this] {
        m_toggle->setChecked(true); // the dock the export reports in
        if (auto *panel = qobject_cast<LogPanel *>(ensureDock()->widget()))
            panel->chooseExportFile();
    });
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(Qt::CTRL | Qt::Key_L);
    m_toggle->setIcon(themedIcon(u"view-history"_s));
    m_toggle->setToolTip(tr("Show or hide the log of actions taken (Ctrl+L)"));
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        if (on || m_dock)
            ensureDock()->setVisible(on);
    });
}

ActionLog &ActionLogHost::log()
{
    if (!m_log) {
        m_log = m_path.isEmpty() ? new ActionLog(this) : new ActionLog(m_path, this);
        connect(m_log, &ActionLog::problem, this, &ActionLogHost::problem);
        if (!m_log->isAvailable())
            Q_EMIT problem(m_log->errorString());
    }
    return *m_log;
}

QDockWidget *ActionLogHost::dock() const
{
    return m_dock;
}

void ActionLogHost::record(const ActionRecord &record)
{
    log().append(record);
}

QDockWidget *ActionLogHost::ensureDock()
{
    if (!m_dock) {
        m_dock = createLogDock(log(), &m_window);
        m_window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
        // Closing the dock with its own button unchecks the action.
        connect(m_dock, &QDockWidget::visibilityChanged, this, [this] {
            const QSignalBlocker blocker(m_toggle);
            m_toggle->setChecked(!m_dock->isHidden());
        });
    }
    return m_dock;
}

} // namespace vzaps::ui
