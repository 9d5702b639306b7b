#pragma once

#include "core/actions/ActionRecord.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

namespace vzaps {
class ActionLog;
}

namespace vzaps::ui {

// The main window's action log and its dock, both made on first use: the
// first recorded action or the first time the user shows the Log panel. Opening the
// SQLite file at start-up would cost every start for a panel most starts never show.
class ActionLogHost : public QObject
{
    Q_OBJECT
public:
    explicit ActionLogHost(QMainWindow &window);

    // Where the log lives; ActionLog::defaultPath() unless set before first use.
    void setPath(const QString &path) { m_path = path; }

    // Checkable "Action log" action that shows and hides the dock.
    QAction *toggleAction() const { return m_toggle; }
    // File ▸ Export action log…: shows the log and asks where to save it as CSV.
    QAction *exportAction() const { return m_export; }

    ActionLog &log();
    QDockWidget *dock() const; // null until first shown

public Q_SLOTS:
    void record(const vzaps::ActionRecord &record);

Q_SIGNALS:
    // The log's own trouble (a damaged or locked file), for the status bar.
    void problem(const QString &sentence);

private:
    QDockWidget *ensureDock();

    QMainWindow &m_window;
    QAction *m_toggle;
    QAction *m_export;
    QString m_path;
    ActionLog *m_log = nullptr;
    QPointer<QDockWidget> m_dock;
};

} // namespace vzaps::ui
