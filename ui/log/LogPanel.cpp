#include "ui/log/LogPanel.h"

#include "core/actionlog/ActionLog.h"
#include "core/actionlog/ActionLogCsv.h"
#include "core/actionlog/ActionLogModel.h"
#include "ui/common/SaveFileDialog.h"
#include "ui/common/WidgetHelpers.h"

#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

LogPanel::LogPanel(ActionLog &log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new ActionLogModel(log, this))
    , m_filter(named(new QLineEdit, u"logFilter"_s, tr("Filter the action log")))
    , m_table(named(new QTableView, u"logTable"_s, tr("Action log")))
    , m_export(named(new QPushButton(tr("Export CSV…")), u"exportCsvButton"_s, tr("Export CSV")))
    , m_status(named(new QLabel, u"logStatus"_s, tr("Action log status")))
{
    named(this, u"logPanel"_s, tr("Action log"));

    m_filter->setPlaceholderText(tr("Filter by instance, action, outcome, message…"));
    enableClearButton(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_model, &ActionLogModel::setFilter);
    connect(m_export, &QPushButton::clicked, this, &LogPanel::chooseExportFile);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true); // the message gets the rest
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Fixed first guesses: sizing to contents would read every row of a long log.
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(ActionLogModel::TimeColumn,
                            metrics.horizontalAdvance(u"2026-11-26 14:03:05"_s) + 24);
    m_table->setColumnWidth(ActionLogModel::HttpStatusColumn,
                            metrics.horizontalAdvance(u"HTTP 000"_s) + 16);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // paths and database texts are never markup
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->hide();
    // A problem of the log's file is worth seeing even when the panel opens later.
    if (!log.errorString().isEmpty())
        showProblem(log.errorString());
    connect(&log, &ActionLog::problem, this, &LogPanel::showProblem);
    connect(&log, &ActionLog::problemCleared, this, &LogPanel::clearProblem);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

void LogPanel::chooseExportFile()
{
    SaveFileRequest request;
    request.purpose = u"actionLogExport"_s;
    request.objectName = u"exportCsvDialog"_s;
    request.title = tr("Export action log");
    request.fileName = u"vzaps-actions-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    request.filter = CsvFileTypes::excel() + u";;"_s + CsvFileTypes::rfc4180();
    request.selectedFilter = csvDialectFor(m_spreadsheetLocale) == CsvDialect::ExcelSemicolon
                                 ? CsvFileTypes::excel()
                                 : CsvFileTypes::rfc4180();
    request.defaultSuffix = u"csv"_s;
    openSaveFileDialog(this, request, [this](const QString &path, const QString &filter) {
        exportTo(path, filter == CsvFileTypes::excel() ? CsvDialect::ExcelSemicolon
                                                       : CsvDialect::Rfc4180);
    });
}

bool LogPanel::exportTo(const QString &path, CsvDialect dialect)
{
    const QList<ActionRecord> &records = m_model->records();
    const QString file = QDir::toNativeSeparators(path);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(actionLogCsv(records, dialect)) < 0 ||
        !out.commit()) {
        showStatus(tr("Could not export the action log to %1: %2. Choose another folder or "
                      "file name.")
                       .arg(file, out.errorString()),
                   true);
        return false;
    }
    showStatus(records.size() == 1
                   ? tr("Exported 1 action to %1.").arg(file)
                   : tr("Exported %1 actions to %2.").arg(QString::number(records.size()), file),
               false);
    return true;
}

void LogPanel::showStatus(const QString &text, bool failure)
{
    m_statusShowsProblem = false;
    m_status->setText(text);
    m_status->setStyleSheet(failure ? u"color: #b3261e;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

void LogPanel::showProblem(const QString &sentence)
{
    showStatus(sentence, true);
    m_statusShowsProblem = true;
}

void LogPanel::clearProblem()
{
    if (m_statusShowsProblem)
        showStatus({}, false);
}

QDockWidget *createLogDock(ActionLog &log, QWidget *parent)
{
    auto *dock = named(new QDockWidget(LogPanel::tr("Action log"), parent), u"logDock"_s,
                       LogPanel::tr("Action log"));
    dock->setWidget(new LogPanel(log, dock));
    return dock;
}

} // namespace vzaps::ui
