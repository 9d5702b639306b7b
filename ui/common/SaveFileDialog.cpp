#include "ui/common/SaveFileDialog.h"

#include "ui/common/WidgetHelpers.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {

QString settingsKey(const QString &purpose)
{
    return u"folders/"_s + purpose;
}

bool isFolder(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

} // namespace

QString saveFolderFor(const QString &purpose, QStandardPaths::StandardLocation firstFolder)
{
    const QString last = QSettings().value(settingsKey(purpose)).toString();
    if (isFolder(last))
        return last;
    for (const QString &candidate :
         {QStandardPaths::writableLocation(firstFolder),
          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (isFolder(candidate))
            return candidate;
    }
    return QDir::homePath();
}

QFileDialog *openSaveFileDialog(QWidget *parent, const SaveFileRequest &request,
                                const SaveFileChosen &chosen)
{
    const QString folder = saveFolderFor(request.purpose, request.firstFolder);
    auto *dialog = new QFileDialog(parent, request.title, QDir(folder).filePath(request.fileName),
                                   request.filter);
    named(dialog, request.objectName, request.title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(request.defaultSuffix);
    if (!request.selectedFilter.isEmpty())
        dialog->selectNameFilter(request.selectedFilter);
    const QString purpose = request.purpose;
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [dialog, purpose, chosen](const QString &path) {
                         QSettings().setValue(settingsKey(purpose), QFileInfo(path).absolutePath());
                         chosen(path, dialog->selectedNameFilter());
                     });
    dialog->open(); // window-modal at most; the event loop keeps running
    return dialog;
}

QString CsvFileTypes::excel()
{
    return tr("CSV for Excel, separated by semicolons (*.csv)");
}

QString CsvFileTypes::rfc4180()
{
    return tr("CSV, RFC 4180, separated by commas (*.csv)");
}

} // namespace vzaps::ui
