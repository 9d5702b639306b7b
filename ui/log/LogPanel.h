#pragma once

#include "core/actionlog/ActionLogCsv.h"

#include <QLocale>
#include <QWidget>

class QDockWidget;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vzaps {
class ActionLog;
class ActionLogModel;
} // namespace vzaps

namespace vzaps::ui {

// The Log panel: the action log as a table, newest first, with a filter,
// Export CSV… and a status line for export results and for the log's own problems
// (a damaged or locked file). Meant to live in a dock: see createLogDock().
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    // Shows `log`, which must outlive the panel.
    explicit LogPanel(ActionLog &log, QWidget *parent = nullptr);

    ActionLogModel *model() const { return m_model; }

    // Writes the rows the filter shows, as CSV, to `path` (replacing the file atomically)
    // and says how it went in the status line. The button calls it after its dialog.
    bool exportTo(const QString &path, CsvDialect dialect = CsvDialect::Rfc4180);

    // Where spreadsheets open the export: the system's regional settings (not the app's
    // language), which decide Excel's separator. Tests set another.
    void setSpreadsheetLocale(const QLocale &locale) { m_spreadsheetLocale = locale; }

    // The dialog's two file types; the one for the locale's spreadsheets comes chosen.

public Q_SLOTS:
    // Asks for a file and its kind (Excel with ";" or RFC 4180 with ",") with a non-modal save
    // dialog (objectName "exportCsvDialog"), then exports.
    void chooseExportFile();

private:
    void showStatus(const QString &text, bool failure);
    void showProblem(const QString &sentence);
    void clearProblem();

    ActionLog &m_log;
    ActionLogModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_export;
    QLabel *m_status;
    bool m_statusShowsProblem = false;
    QLocale m_spreadsheetLocale = QLocale::system();
};

// A dock (objectName "logDock", title "Action log") holding a LogPanel on `log`, for the
// main window to add with addDockWidget(); its toggleViewAction() shows and hides it.
QDockWidget *createLogDock(ActionLog &log, QWidget *parent);

} // namespace vzaps::ui
