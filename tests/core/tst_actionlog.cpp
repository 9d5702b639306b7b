// The action log keeps every record in its SQLite file: newest first, all fields intact
// across a restart of the data layer, a versioned schema, a filter; and its model is
// well-behaved and puts new records at the top.
#include "core/actionlog/ActionLog.h"
#include "core/actionlog/ActionLogModel.h"
#include "tests/support/ActionLogTestSupport.h"
#include "tests/support/FileModes.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps::test {

class TestActionLog : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    // Appends the sample records, oldest first, to a log on m_path, then closes it.
    void writeSamples()
    {
        ActionLog log(m_path);
        QVERIFY2(log.isAvailable(), qPrintable(log.errorString()));
        for (const ActionRecord &record : sampleRecords())
            log.append(record);
    }

    static QVariant pragma(const QString &path, const QString &statement)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (db.open() && query.exec(statement) && query.next())
                value = query.value(0);
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        return value;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"data/actions.sqlite"_s); // the folder does not exist yet
    }

    void defaultPathIsInTheAppDataFolder()
    {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(ActionLog::defaultPath(), folder + u"/actions.sqlite"_s);
        ActionLog log;
        QCOMPARE(log.path(), ActionLog::defaultPath());
        QVERIFY2(log.isAvailable(), qPrintable(log.errorString()));
        QVERIFY(QFile::exists(ActionLog::defaultPath()));
    }

    void appendKeepsRecordsNewestFirstAndAnnouncesThem()
    {
        ActionLog log(m_path);
        QVERIFY2(log.isAvailable(), qPrintable(log.errorString()));
        QVERIFY(log.errorString().isEmpty());
        QSignalSpy appended(&log, &ActionLog::appended);
        const QList<ActionRecord> samples = sampleRecords();
        for (const ActionRecord &record : samples)
            log.append(record);
        QCOMPARE(appended.size(), 3);
        QVERIFY(sameRecord(appended.at(1).at(0).value<ActionRecord>(), samples.at(1)));
        QCOMPARE(actionsOf(log.records()),
                 (QStringList{u"Subscribe"_s, u"Delete"_s, u"Restart"_s}));
        QVERIFY(log.isAvailable());
        QVERIFY(QFile::exists(m_path));
        // Customer names and messages: the file and the folder it made are the user's alone.
        QVERIFY(vzaps::testing::isPrivate(m_path));
        QVERIFY(vzaps::testing::isPrivate(QFileInfo(m_path).absolutePath()));
    }

    void recordsPersistAcrossARestart()
    {
        writeSamples();
        const QList<ActionRecord> samples = sampleRecords();
        {
            ActionLog reopened(m_path);
            QVERIFY2(reopened.isAvailable(), qPrintable(reopened.errorString()));
            const QList<ActionRecord> records = reopened.records();
            QCOMPARE(records.size(), 3);
            for (int i = 0; i < 3; ++i) // every field, newest first
                QVERIFY2(sameRecord(records.at(i), samples.at(2 - i)),
                         qPrintable(QString::number(i)));
            QCOMPARE(records.at(0).time.timeSpec(), Qt::UTC);
            reopened.append(logRecord(u"Resume"_s, u"Vendas"_s, ActionOutcome::Succeeded, 200,
                                      u"Resumed."_s, 4));
        }
        ActionLog third(m_path);
        QCOMPARE(actionsOf(third.records()),
                 (QStringList{u"Resume"_s, u"Subscribe"_s, u"Delete"_s, u"Restart"_s}));
    }

    void schemaIsVersioned()
    {
        writeSamples();
        QCOMPARE(pragma(m_path, u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(pragma(m_path, u"SELECT count(*) FROM actions"_s).toInt(), 3);
    }

    void severalLogsCanBeOpenAtOnce()
    {
        ActionLog first(m_path);
        ActionLog second(m_dir->filePath(u"other.sqlite"_s));
        QVERIFY(first.isAvailable());
        QVERIFY(second.isAvailable());
        first.append(sampleRecords().at(0));
        second.append(sampleRecords().at(1));
        QCOMPARE(actionsOf(first.records()), QStringList{u"Restart"_s});
        QCOMPARE(actionsOf(second.records()), QStringList{u"Delete"_s});
    }

    void filterIgnoresCaseAndLimitCaps()
    {
        ActionLog log(m_path);
        for (const ActionRecord &record : sampleRecords())
            log.append(record);
        QCOMPARE(actionsOf(log.records(u"FAILED"_s)), (QStringList{u"Subscribe"_s, u"Delete"_s}));
        QCOMPARE(actionsOf(log.records(u"são paulo"_s)), QStringList{u"Delete"_s});
        QCOMPARE(actionsOf(log.records(u"404"_s)), QStringList{u"Delete"_s});
        QCOMPARE(actionsOf(log.records(u"vz8k2m"_s)).size(), 3); // the instance id
        QCOMPARE(actionsOf(log.records(u"2026-11-26T12:01"_s)), QStringList{u"Restart"_s});
        QVERIFY(log.records(u"nothing like this"_s).isEmpty());
        QCOMPARE(actionsOf(log.records({}, 2)), (QStringList{u"Subscribe"_s, u"Delete"_s}));
        QCOMPARE(actionsOf(log.records(u"failed"_s, 1)), QStringList{u"Subscribe"_s});
    }

    void modelShowsRecordsAndInsertsNewOnesAtTheTop()
    {
        writeSamples();
        ActionLog log(m_path);
        auto *model = new ActionLogModel(log, this);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model);
        QCOMPARE(model->columnCount(), 8);
        QStringList headers;
        for (int column = 0; column < model->columnCount(); ++column)
            headers.append(model->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers, (QStringList{u"Time"_s, u"Account"_s, u"Instance"_s, u"Action"_s,
                                       u"Outcome"_s, u"HTTP"_s, u"Request id"_s, u"Message"_s}));
        QCOMPARE(model->rowCount(), 3);

        const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
            return model->data(model->index(row, column), role);
        };
        const ActionRecord failure = sampleRecords().at(1);
        QCOMPARE(cell(1, ActionLogModel::InstanceColumn).toString(), failure.instanceName);
        QVERIFY(cell(1, ActionLogModel::InstanceColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(failure.instanceId));
        QCOMPARE(cell(1, ActionLogModel::OutcomeColumn).toString(), u"Failed"_s);
        QCOMPARE(cell(1, ActionLogModel::HttpStatusColumn).toString(), u"404"_s);
        QCOMPARE(cell(0, ActionLogModel::HttpStatusColumn).toString(), QString()); // no reply
        QCOMPARE(cell(1, ActionLogModel::TimeColumn).toString(),
                 failure.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" ("_s +
                     failure.time.toLocalTime().timeZoneAbbreviation() + u')');
        QCOMPARE(cell(1, ActionLogModel::TimeColumn, Qt::ToolTipRole).toString(),
                 u"2026-11-26T12:02:05.123Z"_s);
        QCOMPARE(cell(1, ActionLogModel::TimeColumn, ActionLogModel::SortRole).toDateTime(),
                 failure.time);
        QVERIFY(!cell(1, ActionLogModel::MessageColumn).toString().contains(u'\n')); // one line
        QCOMPARE(cell(1, ActionLogModel::MessageColumn, Qt::ToolTipRole).toString(),
                 failure.message);

        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        log.append(logRecord(u"Cancel"_s, u"Support"_s, ActionOutcome::Succeeded, 200, {}, 9));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(cell(0, ActionLogModel::ActionColumn).toString(), u"Cancel"_s);
        QCOMPARE(model->rowCount(), 4);
    }

    void modelFilterHidesRowsThatDoNotMatch()
    {
        writeSamples();
        ActionLog log(m_path);
        auto *model = new ActionLogModel(log, this);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model);
        model->setFilter(u"failed"_s);
        QCOMPARE(actionsOf(model->records()), (QStringList{u"Subscribe"_s, u"Delete"_s}));
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        log.append(logRecord(u"Restart"_s, u"Support"_s, ActionOutcome::Succeeded, 200, {}, 8));
        QCOMPARE(inserted.size(), 0); // does not match: stays hidden
        log.append(logRecord(u"Edit"_s, u"Support"_s, ActionOutcome::Failed, 422, {}, 9));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(actionsOf(model->records()),
                 (QStringList{u"Edit"_s, u"Subscribe"_s, u"Delete"_s}));
        model->setFilter({});
        QCOMPARE(model->rowCount(), 5);
    }
};

} // namespace vzaps::test

QTEST_GUILESS_MAIN(vzaps::test::TestActionLog)
#include "tst_actionlog.moc"
