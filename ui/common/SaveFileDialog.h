#pragma once

#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>

#include <functional>

class QFileDialog;
class QWidget;

namespace vzaps::ui {

// What a "Save as" dialog is for, and where it starts.
struct SaveFileRequest {
    QString purpose;    // names the remembered folder: "actionLogExport", "pairingQr"
    QString objectName; // of the dialog, e.g. "exportCsvDialog"
    QString title;
    QString fileName;       // suggested, without a folder
    QString filter;         // "CSV files (*.csv);;All files (*)"
    QString selectedFilter; // one of `filter`'s, chosen at first; empty: the first
    QString defaultSuffix;
    // Where the first save for `purpose` starts; a folder that does not exist falls back
    // to Documents, then the home folder.
    QStandardPaths::StandardLocation firstFolder = QStandardPaths::DocumentsLocation;
};

// Opens a window-modal save dialog over `parent` in the folder last used for the request's
// purpose (remembered in QSettings, as a folder only), else in its first folder, never in
// the process's working directory. When a file is chosen, the folder is remembered and
// `chosen` runs with the path and the file type (name filter) chosen with it. Non-blocking;
// the dialog deletes itself when closed.
using SaveFileChosen = std::function<void(const QString &path, const QString &filter)>;
QFileDialog *openSaveFileDialog(QWidget *parent, const SaveFileRequest &request,
                                const SaveFileChosen &chosen);

// The file types a CSV export offers, the same words wherever the app exports: for Excel
// where the decimal mark is a comma (";" and a byte order mark), and RFC 4180 (",").
class CsvFileTypes
{
    Q_DECLARE_TR_FUNCTIONS(vzaps::ui::CsvFileTypes)
public:
    static QString excel();
    static QString rfc4180();
};

// The folder the next dialog for `purpose` starts in (see above).
QString
saveFolderFor(const QString &purpose,
              QStandardPaths::StandardLocation firstFolder = QStandardPaths::DocumentsLocation);

} // namespace vzaps::ui
