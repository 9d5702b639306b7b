// A damaged, locked or unreachable action log file is reported in a sentence and the
// app keeps working: records stay in memory (and in the model), nothing blocks for
// long, the user's file is never changed, and a lock that goes away loses nothing.
#include "core/actionlog/ActionLog.h"
#include "core/actionlog/ActionLogModel.h"
#include "tests/support/ActionLogTestSupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps::test {

namespace {
// Well under a second even on a busy machine; the log waits about 100 ms for a lock.
constexpr qint64 kMaxStallMs = 2000;
} // namespace

class TestActionLogFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    void writeFile(const QByteArray &bytes)
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    void createLogWith(const QList<ActionRecord> &records)
    {
        ActionLog log(m_path);
        QVERIFY2(log.isAvailable(), qPrintable(log.errorString()));
        for (const ActionRecord &record : records)
            log.append(record);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"actions.sqlite"_s);
    }

    void damagedFileIsReportedAndLeftUntouched()
    {
        QByteArray garbage;
        for (int i = 0; i < 512; ++i)
            garbage += "this is not a database " + QByteArray::number(i) + '\n';
        writeFile(garbage);
        {
            ActionLog log(m_path);
            QVERIFY(!log.isAvailable());
            QVERIFY2(log.errorString().contains(u"damaged"_s), qPrintable(log.errorString()));
            QVERIFY(log.errorString().contains(QDir::toNativeSeparators(m_path)));
            QVERIFY(log.errorString().contains(u"in memory"_s));

            auto *model = new ActionLogModel(log, &log);
            new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
            QSignalSpy appended(&log, &ActionLog::appended);
            for (const ActionRecord &record : sampleRecords())
                log.append(record);
            QCOMPARE(appended.size(), 3);
            QCOMPARE(actionsOf(log.records()),
                     (QStringList{u"Subscribe"_s, u"Delete"_s, u"Restart"_s}));
            QCOMPARE(model->rowCount(), 3);
            QVERIFY(!log.isAvailable());
            QCOMPARE(fileBytes(m_path), garbage);
        }
        QCOMPARE(fileBytes(m_path), garbage); // not even on the way out
    }

    void someoneElsesDatabaseIsLeftUntouched_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("reason");
        QTest::newRow("foreign") << QStringList{u"CREATE TABLE notes (text TEXT)"_s}
                                 << u"is not an action log"_s;
        QTest::newRow("newer") << QStringList{u"CREATE TABLE actions (id INTEGER)"_s,
                                              u"PRAGMA user_version = 7"_s}
                               << u"newer version"_s;
    }

    void someoneElsesDatabaseIsLeftUntouched()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, reason);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            for (const QString &statement : statements)
                QVERIFY(QSqlQuery(db).exec(statement));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = fileBytes(m_path);
        ActionLog log(m_path);
        QVERIFY(!log.isAvailable());
        QVERIFY2(log.errorString().contains(reason), qPrintable(log.errorString()));
        log.append(sampleRecords().at(0));
        QCOMPARE(log.records().size(), 1);
        QCOMPARE(fileBytes(m_path), before);
    }

    void unwritableFolderIsReported()
    {
        // A regular file where the folder should be: no folder can be made, even as root.
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ActionLog log(m_dir->filePath(u"blocker/data/actions.sqlite"_s));
        QVERIFY(!log.isAvailable());
        QVERIFY2(log.errorString().contains(u"folder"_s), qPrintable(log.errorString()));
        log.append(sampleRecords().at(0));
        QCOMPARE(actionsOf(log.records()), QStringList{u"Restart"_s});
    }

    void lockedFileAtAppendKeepsTheRecordAndCatchesUpLater()
    {
        createLogWith({sampleRecords().at(0)});
        ActionLog log(m_path);
        QVERIFY(log.isAvailable());
        QSignalSpy problem(&log, &ActionLog::problem);
        QSignalSpy cleared(&log, &ActionLog::problemCleared);
        {
            FileLocker locker(m_path);
            QVERIFY(locker.locked);
            QElapsedTimer stall;
            stall.start();
            log.append(sampleRecords().at(1));
            QVERIFY2(stall.elapsed() < kMaxStallMs, qPrintable(QString::number(stall.elapsed())));
            QCOMPARE(problem.size(), 1);
            const QString sentence = problem.at(0).at(0).toString();
            QVERIFY2(sentence.contains(u"locked"_s), qPrintable(sentence));
            QCOMPARE(log.errorString(), sentence);
            QVERIFY(!log.isAvailable());
            QCOMPARE(actionsOf(log.records()), (QStringList{u"Delete"_s, u"Restart"_s}));
        }
        log.append(sampleRecords().at(2)); // the lock is gone: both unsaved records go in
        QCOMPARE(cleared.size(), 1);
        QVERIFY(log.isAvailable());
        QVERIFY(log.errorString().isEmpty());

        ActionLog reopened(m_path);
        QCOMPARE(actionsOf(reopened.records()),
                 (QStringList{u"Subscribe"_s, u"Delete"_s, u"Restart"_s}));
    }

    void lockedFileAtOpenLoadsTheHistoryOnceFree()
    {
        createLogWith({sampleRecords().at(0)});
        auto locker = std::make_unique<FileLocker>(m_path);
        QVERIFY(locker->locked);
        QElapsedTimer stall;
        stall.start();
        ActionLog log(m_path);
        QVERIFY(stall.elapsed() < kMaxStallMs);
        QVERIFY(!log.isAvailable());
        QVERIFY2(log.errorString().contains(u"locked"_s), qPrintable(log.errorString()));
        auto *model = new ActionLogModel(log, &log);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model);
        log.append(sampleRecords().at(1));
        QCOMPARE(model->rowCount(), 1);

        locker.reset();
        QSignalSpy reloaded(&log, &ActionLog::reloaded);
        log.append(sampleRecords().at(2));
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(log.isAvailable());
        // This run's records first, then the saved one that arrived late.
        QCOMPARE(actionsOf(log.records()),
                 (QStringList{u"Subscribe"_s, u"Delete"_s, u"Restart"_s}));
        QCOMPARE(actionsOf(model->records()), actionsOf(log.records()));
    }

    void closingTheLogSavesWhatALockKeptOut()
    {
        createLogWith({});
        auto log = std::make_unique<ActionLog>(m_path);
        {
            FileLocker locker(m_path);
            QVERIFY(locker.locked);
            log->append(sampleRecords().at(0));
            QVERIFY(!log->isAvailable());
        }
        log.reset();
        ActionLog reopened(m_path);
        QCOMPARE(actionsOf(reopened.records()), QStringList{u"Restart"_s});
    }
};

} // namespace vzaps::test

QTEST_GUILESS_MAIN(vzaps::test::TestActionLogFaults)
#include "tst_actionlog_faults.moc"
