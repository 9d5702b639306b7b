#include "ui/views/ViewExportFlow.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceExport.h"
#include "core/presentation/InstanceFormat.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/ViewReader.h"
#include "ui/common/SaveFileDialog.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

ViewExportFlow::ViewExportFlow(InstanceListController &controller, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
{}

// A reading under way goes with it (its child).
ViewExportFlow::~ViewExportFlow() = default;

QString ViewExportFlow::jsonFilter()
{
    return tr("JSON, the instances as the server sends them (*.json)");
}

void ViewExportFlow::start()
{
    if (isRunning()) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    SaveFileRequest request;
    request.purpose = u"viewExport"_s;
    request.objectName = u"exportViewDialog"_s;
    request.title = tr("Export view");
    request.fileName = u"vzaps-instances-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    request.filter =
        CsvFileTypes::excel() + u";;"_s + CsvFileTypes::rfc4180() + u";;"_s + jsonFilter();
    request.selectedFilter = csvDialectFor(m_spreadsheetLocale) == CsvDialect::ExcelSemicolon
                                 ? CsvFileTypes::excel()
                                 : CsvFileTypes::rfc4180();
    request.defaultSuffix = u"csv"_s;
    QFileDialog *dialog =
        openSaveFileDialog(m_window, request, [this](const QString &path, const QString &filter) {
            exportTo(path, filter == jsonFilter()            ? Format::Json
                           : filter == CsvFileTypes::excel() ? Format::ExcelCsv
                                                             : Format::Rfc4180Csv);
        });
    // The type chosen changes the suffix and the name in the dialog, which then asks before
    // replacing a file of that name.
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        const bool json = filter == jsonFilter();
        dialog->setDefaultSuffix(json ? u"json"_s : u"csv"_s);
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        if (!name)
            return;
        const QString text = name->text();
        const QString from = json ? u".csv"_s : u".json"_s;
        if (text.endsWith(from, Qt::CaseInsensitive))
            name->setText(text.chopped(from.size()) + (json ? u".json"_s : u".csv"_s));
    });
}

void ViewExportFlow::exportTo(const QString &path, Format format)
{
    if (m_reader) {
        m_reader->cancel();
        m_reader->deleteLater();
    }
    endProgress();
    auto *reader = new ViewReader(m_controller, this);
    m_reader = reader;
    // Shown only when reading takes a while (a view already read is written at once).
    m_progress =
        new QProgressDialog(tr("Reading the instances of the view…"), tr("Stop"), 0, 0, m_window);
    m_progress->setObjectName(u"exportViewProgress"_s);
    m_progress->setWindowTitle(tr("Export view"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this, reader] {
        reader->cancel();
        reader->deleteLater();
        endProgress();
        Q_EMIT failed(tr("Export stopped; nothing was written."));
    });
    connect(reader, &ViewReader::progressed, this, [this](qint64 read, qint64 total) {
        if (!m_progress)
            return;
        if (total > 0) {
            m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(int(qMin(read, total)));
            m_progress->setLabelText(tr("Reading the instances of the view: %1 of %2…")
                                         .arg(format::count(read), format::count(total)));
        }
    });
    connect(reader, &ViewReader::waitingForRateLimit, this, [this](int seconds) {
        if (m_progress)
            m_progress->setLabelText(
                tr("Rate limited by the server; reading on in %n s…", nullptr, seconds));
    });
    connect(reader, &ViewReader::finished, this,
            [this, reader, path, format](const QList<Instance> &instances) {
                reader->deleteLater();
                endProgress();
                write(path, format, instances);
            });
    connect(reader, &ViewReader::failed, this, [this, reader](const ApiError &error) {
        reader->deleteLater();
        endProgress();
        const QString message = tr("Could not read the whole view, so nothing was written: %1")
                                    .arg(display::cut(error.describe(), 500));
        Q_EMIT failed(message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export view"), message,
                                    QMessageBox::Ok, m_window);
        box->setObjectName(u"exportViewFailed"_s);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    reader->start();
}

void ViewExportFlow::endProgress()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
        m_progress->deleteLater();
    }
}

void ViewExportFlow::write(const QString &path, Format format, const QList<Instance> &instances)
{
    const QByteArray bytes =
        format == Format::Json
            ? exporting::json(instances)
            : exporting::csv(instances, format == Format::ExcelCsv ? CsvDialect::ExcelSemicolon
                                                                   : CsvDialect::Rfc4180);
    const QString file = QDir::toNativeSeparators(path);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit()) {
        return Q_EMIT failed(
            tr("Could not export the view to %1: %2. Choose another folder or file name.")
                .arg(file, out.errorString()));
    }
    Q_EMIT exported(
        instances.size() == 1
            ? tr("Exported 1 instance to %1.").arg(file)
            : tr("Exported %1 instances to %2.").arg(format::count(instances.size()), file));
}

} // namespace vzaps::ui
