#pragma once

#include "core/types/CsvText.h"
#include "core/types/Instance.h"

#include <QLocale>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace vzaps {
class InstanceListController;
class ViewReader;
} // namespace vzaps

namespace vzaps::ui {

// File ▸ Export view…: every instance of the view (not only the page on screen), as CSV for
// Excel (";"), CSV by RFC 4180 (",") or JSON. The file is chosen first; then the view is read
// to its end when it is not yet (ViewReader), with a progress dialog that can stop it, and
// only a complete view is written, in the table's order. What happened is said at the end:
// how many were written where, or why nothing was.
class ViewExportFlow : public QObject
{
    Q_OBJECT
public:
    enum class Format { ExcelCsv, Rfc4180Csv, Json };

    ViewExportFlow(InstanceListController &controller, QWidget *window);
    ~ViewExportFlow() override;

    // Asks for the file, then exports to it.
    void start();
    // Exports to `path` without asking (what the file dialog leads to).
    void exportTo(const QString &path, Format format);
    bool isRunning() const { return !m_reader.isNull(); }

    void setSpreadsheetLocale(const QLocale &locale) { m_spreadsheetLocale = locale; }

    static QString jsonFilter();

Q_SIGNALS:
    // Written, or why not: for the window's status bar.
    void exported(const QString &message);
    void failed(const QString &message);

private:
    void write(const QString &path, Format format, const QList<Instance> &instances);
    void endProgress();

    InstanceListController &m_controller;
    QWidget *m_window;
    QPointer<ViewReader> m_reader;
    QPointer<QProgressDialog> m_progress;
    QLocale m_spreadsheetLocale = QLocale::system();
};

} // namespace vzaps::ui
