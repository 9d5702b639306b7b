// The Log panel, offscreen: the filter hides rows that do not match, Export CSV writes
// what is shown (through its own non-modal dialog too) and says so, a failed export and
// a problem of the log's file show up as sentences in the status line.
#include "core/actionlog/ActionLog.h"
#include "core/actionlog/ActionLogCsv.h"
#include "core/actionlog/ActionLogModel.h"
#include "tests/support/AccessibilityAudit.h"
#include "tests/support/ActionLogTestSupport.h"
#include "tests/support/IsolatedSettings.h"
#include "ui/common/SaveFileDialog.h"
#include "ui/log/LogPanel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

using namespace vzaps::test;

class TestLogPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ActionLog> m_log;
    std::unique_ptr<LogPanel> m_panel;

    template<typename W>
    W *child(const QString &name) const
    {
        return m_panel->findChild<W *>(name);
    }
    QAbstractItemModel *tableModel() const { return child<QTableView>(u"logTable"_s)->model(); }
    QLabel *status() const { return child<QLabel>(u"logStatus"_s); }

private Q_SLOTS:
    void initTestCase() { testing::isolateSettings(u"tst_logpanel"_s); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_log = std::make_unique<ActionLog>(m_dir->filePath(u"actions.sqlite"_s));
        for (const ActionRecord &record : sampleRecords())
            m_log->append(record);
        m_panel = std::make_unique<LogPanel>(*m_log);
        m_panel->resize(900, 400);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_log.reset();
    }

    void everyControlIsNamed()
    {
        for (const QString &name :
             {u"logFilter"_s, u"logTable"_s, u"exportCsvButton"_s, u"logStatus"_s}) {
            auto *widget = child<QWidget>(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!vzaps::testing::spokenName(widget).isEmpty(), qPrintable(name));
        }
        QVERIFY(status()->isHidden()); // nothing to say yet
        QCOMPARE(tableModel()->rowCount(), 3);
    }

    void filterHidesRowsThatDoNotMatch()
    {
        auto *filter = child<QLineEdit>(u"logFilter"_s);
        QTest::keyClicks(filter, u"FAILED"_s);
        QCOMPARE(tableModel()->rowCount(), 2);
        QCOMPARE(tableModel()->index(0, ActionLogModel::ActionColumn).data().toString(),
                 u"Subscribe"_s);
        QCOMPARE(tableModel()->index(1, ActionLogModel::ActionColumn).data().toString(),
                 u"Delete"_s);

        m_log->append(logRecord(u"Restart"_s, u"Support"_s, ActionOutcome::Succeeded, 200, {}, 8));
        QCOMPARE(tableModel()->rowCount(), 2); // the new record does not match
        m_log->append(logRecord(u"Edit"_s, u"Support"_s, ActionOutcome::Failed, 422, {}, 9));
        QCOMPARE(tableModel()->rowCount(), 3);
        QCOMPARE(tableModel()->index(0, ActionLogModel::ActionColumn).data().toString(), u"Edit"_s);

        filter->clear();
        QCOMPARE(tableModel()->rowCount(), 5);
    }

    void exportWritesTheRowsShownAndSaysSo()
    {
        child<QLineEdit>(u"logFilter"_s)->setText(u"failed"_s);
        const QString path = m_dir->filePath(u"export.csv"_s);
        QVERIFY(m_panel->exportTo(path));
        QCOMPARE(fileBytes(path), actionLogCsv(m_log->records(u"failed"_s)));
        QVERIFY(status()->isVisible());
        QVERIFY2(status()->text().contains(u"Exported 2 actions"_s), qPrintable(status()->text()));
        QVERIFY(status()->text().contains(QDir::toNativeSeparators(path)));
    }

    void exportButtonAsksForAFileWithoutBlocking()
    {
        m_panel->setSpreadsheetLocale(
            QLocale(QLocale::English, QLocale::UnitedStates)); // RFC 4180 chosen
        QTest::mouseClick(child<QPushButton>(u"exportCsvButton"_s), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<QFileDialog *>(u"exportCsvDialog"_s)) &&
                    dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        const QString path = m_dir->filePath(u"chosen.csv"_s);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        QTRY_VERIFY(QFile::exists(path));
        QCOMPARE(fileBytes(path), actionLogCsv(m_log->records()));
        QVERIFY(status()->text().contains(u"Exported 3 actions"_s));
    }

    void exportOffersExcelOrRfc4180AndChoosesByTheLocale()
    {
        // A Brazilian desktop: Excel with ";" comes chosen; the file opens in its columns.
        m_panel->setSpreadsheetLocale(QLocale(QLocale::Portuguese, QLocale::Brazil));
        QTest::mouseClick(child<QPushButton>(u"exportCsvButton"_s), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<QFileDialog *>(u"exportCsvDialog"_s)) &&
                    dialog->isVisible());
        QCOMPARE(dialog->nameFilters(),
                 QStringList({CsvFileTypes::excel(), CsvFileTypes::rfc4180()}));
        QCOMPARE(dialog->selectedNameFilter(), CsvFileTypes::excel());
        const QString excel = m_dir->filePath(u"excel.csv"_s);
        dialog->selectFile(excel);
        static_cast<QDialog *>(dialog)->accept();
        QTRY_VERIFY(QFile::exists(excel));
        QCOMPARE(fileBytes(excel), actionLogCsv(m_log->records(), CsvDialect::ExcelSemicolon));

        // The other kind, chosen in the dialog.
        m_panel->setSpreadsheetLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QTest::mouseClick(child<QPushButton>(u"exportCsvButton"_s), Qt::LeftButton);
        QTRY_VERIFY((dialog = m_panel->findChild<QFileDialog *>(u"exportCsvDialog"_s)) &&
                    dialog->isVisible());
        QCOMPARE(dialog->selectedNameFilter(), CsvFileTypes::rfc4180());
        dialog->selectNameFilter(CsvFileTypes::excel());
        // The file name typed where the focus is, as a person does, and Enter.
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
        const QString chosen = m_dir->filePath(u"chosen-excel.csv"_s);
        auto *nameField = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(nameField && dialog->isAncestorOf(nameField));
        nameField->selectAll();
        QTest::keyClicks(nameField, chosen);
        QTest::keyClick(nameField, Qt::Key_Return);
        QTRY_VERIFY(QFile::exists(chosen));
        QVERIFY(fileBytes(chosen).startsWith("\xEF\xBB\xBFtime;account;"));
    }

    void exportStartsInDocumentsThenInTheLastFolderUsed()
    {
        QSettings().remove(u"folders"_s);
        // The working directory is the one place it must never start in.
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir->path()));
        const auto restore = qScopeGuard([&] { QDir::setCurrent(before); });

        QTest::mouseClick(child<QPushButton>(u"exportCsvButton"_s), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<QFileDialog *>(u"exportCsvDialog"_s)));
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString first = dialog->directory().absolutePath();
        QCOMPARE(first, QFileInfo(documents).isDir() ? documents : QDir::homePath());
        QVERIFY(first != m_dir->path());

        QVERIFY(QDir(m_dir->path()).mkdir(u"tickets"_s));
        const QString path = m_dir->filePath(u"tickets/chosen.csv"_s);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
        QTRY_VERIFY(QFile::exists(path));

        QTest::mouseClick(child<QPushButton>(u"exportCsvButton"_s), Qt::LeftButton);
        QTRY_VERIFY((dialog = m_panel->findChild<QFileDialog *>(u"exportCsvDialog"_s)) &&
                    dialog->isVisible());
        QCOMPARE(dialog->directory().absolutePath(), m_dir->filePath(u"tickets"_s));
        delete dialog;

        // A remembered folder that is gone: back to Documents (or home), not an error.
        QVERIFY(QDir(m_dir->filePath(u"tickets"_s)).removeRecursively());
        QTest::mouseClick(child<QPushButton>(u"exportCsvButton"_s), Qt::LeftButton);
        QTRY_VERIFY((dialog = m_panel->findChild<QFileDialog *>(u"exportCsvDialog"_s)) &&
                    dialog->isVisible());
        QCOMPARE(dialog->directory().absolutePath(), first);
        delete dialog;
    }

    void failedExportIsReported()
    {
        QFile blocker(m_dir->filePath(u"blocker"_s)); // a file where a folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = m_dir->filePath(u"blocker/export.csv"_s);
        QVERIFY(!m_panel->exportTo(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(status()->isVisible());
        QVERIFY2(status()->text().startsWith(u"Could not export the action log to "_s),
                 qPrintable(status()->text()));
        QVERIFY(status()->text().contains(QDir::toNativeSeparators(path)));
    }

    void problemsOfTheLogFileShowInTheStatusLine()
    {
        {
            FileLocker locker(m_log->path());
            QVERIFY(locker.locked);
            m_log->append(logRecord(u"Edit"_s, u"Support"_s, ActionOutcome::Failed, 422, {}, 9));
            QVERIFY(status()->isVisible());
            QCOMPARE(status()->text(), m_log->errorString());
            QVERIFY(status()->text().contains(u"locked"_s));
            QCOMPARE(tableModel()->rowCount(), 4); // shown all the same
        }
        m_log->append(logRecord(u"Resume"_s, u"Support"_s, ActionOutcome::Succeeded, 200, {}, 10));
        QVERIFY(status()->isHidden()); // saved again: the problem is over
    }

    void panelOnADamagedFileSaysSoFromTheStart()
    {
        const QString path = m_dir->filePath(u"damaged.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, 'x'));
        file.close();
        ActionLog log(path);
        LogPanel panel(log);
        auto *label = panel.findChild<QLabel *>(u"logStatus"_s);
        QVERIFY(!label->isHidden());
        QCOMPARE(label->text(), log.errorString());
        QVERIFY(label->text().contains(u"damaged"_s));
    }

    void dockHoldsThePanel()
    {
        QWidget window;
        QDockWidget *dock = createLogDock(*m_log, &window);
        QCOMPARE(dock->objectName(), u"logDock"_s);
        QCOMPARE(dock->parentWidget(), &window);
        QCOMPARE(dock->windowTitle(), u"Action log"_s);
        QVERIFY(qobject_cast<LogPanel *>(dock->widget()));
        QVERIFY(dock->findChild<QTableView *>(u"logTable"_s));
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestLogPanel)
#include "tst_logpanel.moc"
