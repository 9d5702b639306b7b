// BulkRun against a real in-process sandbox: never more than
// maxInFlight() requests at a time, a failure reported with the server's words and
// retried alone, a 404 on delete counted as "already deleted", cancel() that stops
// everything with no late callback.
#include "core/actions/BulkOperations.h"
#include "core/actions/BulkRun.h"
#include "tests/support/SandboxFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vzaps {

class TestBulkRun : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    QList<Instance> m_instances;

    Instance byBilling(const QString &billingStatus) const
    {
        for (const Instance &instance : m_instances) {
            if (instance.billingStatus == billingStatus)
                return instance;
        }
        return {};
    }

    // The first record of `instanceId` (replies may come back in any order).
    static ActionRecord recordOf(const QSignalSpy &spy, const QString &instanceId)
    {
        for (const QList<QVariant> &signal : spy) {
            const auto record = signal.first().value<ActionRecord>();
            if (record.instanceId == instanceId)
                return record;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QVERIFY(m_sandbox->started);
        // Listing also fetches the token, so the runs below only send their own calls.
        m_instances = m_sandbox->instances();
        QVERIFY(m_instances.size() >= 10);
    }

    void cleanup() { m_sandbox.reset(); }

    void neverMoreThanMaxInFlight_data()
    {
        QTest::addColumn<int>("maxInFlight");
        QTest::newRow("default 4") << BulkRun::kDefaultMaxInFlight;
        QTest::newRow("2") << 2;
    }

    void neverMoreThanMaxInFlight()
    {
        QFETCH(int, maxInFlight);
        // The requests overlap: a runner without a limit would send all 10.
        QVERIFY(m_sandbox->setLatency(150));
        BulkRun run(BulkOperations::restart(*m_sandbox->client), m_instances.mid(0, 10));
        run.setMaxInFlight(maxInFlight);
        int mostCalls = 0;
        int mostRunning = 0;
        auto sample = [&] {
            mostCalls = std::max(mostCalls, m_sandbox->client->callsInFlight());
            mostRunning = std::max(mostRunning, run.countIn(BulkItemState::Running));
        };
        connect(&run, &BulkRun::itemStarted, this, sample);
        connect(&run, &BulkRun::itemFinished, this, sample);
        QSignalSpy recorded(&run, &BulkRun::actionRecorded);
        QSignalSpy finished(&run, &BulkRun::finished);

        run.start();
        QVERIFY(run.isRunning());
        QVERIFY(finished.wait(15000));
        QCOMPARE(mostCalls, maxInFlight);
        QCOMPARE(mostRunning, maxInFlight);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(run.countIn(BulkItemState::Succeeded), 10);
        QCOMPARE(run.doneCount(), 10);
        QVERIFY(!run.isRunning());
        QCOMPARE(recorded.size(), 10);
        for (const QList<QVariant> &signal : std::as_const(recorded)) {
            const auto record = signal.first().value<ActionRecord>();
            QCOMPARE(record.action, u"Restart"_s);
            QCOMPARE(record.outcome, ActionOutcome::Succeeded);
            QCOMPARE(record.httpStatus, 200);
            QVERIFY(!record.requestId.isEmpty());
            QVERIFY(record.message.contains(u"RESTARTING"_s));
        }
    }

    void injectedFailureIsReportedAndRetriedAlone()
    {
        const QList<Instance> batch = m_instances.mid(0, 5);
        const Instance &unlucky = batch.at(2);
        QVERIFY(m_sandbox->failNext(500, u"Restart queue unavailable"_s,
                                    u"/instances/%1/restart"_s.arg(unlucky.id), -1, u"POST"_s));
        BulkRun run(BulkOperations::restart(*m_sandbox->client), batch);
        QSignalSpy recorded(&run, &BulkRun::actionRecorded);
        QSignalSpy finished(&run, &BulkRun::finished);
        QSignalSpy started(&run, &BulkRun::itemStarted);
        run.start();
        QVERIFY(finished.wait(10000));

        QCOMPARE(run.countIn(BulkItemState::Succeeded), 4);
        QCOMPARE(run.countIn(BulkItemState::Failed), 1);
        const BulkItem &failed = run.items().at(2);
        QCOMPARE(failed.state, BulkItemState::Failed);
        QVERIFY2(failed.message.contains(u"Restart queue unavailable"_s),
                 qPrintable(failed.message));
        QCOMPARE(failed.summary, u"Restart queue unavailable"_s); // for a results row
        QCOMPARE(failed.httpStatus, 500);
        QVERIFY(!failed.requestId.isEmpty());
        QCOMPARE(recorded.size(), 5);
        const ActionRecord failure = recordOf(recorded, unlucky.id);
        QCOMPARE(failure.instanceId, unlucky.id);
        QCOMPARE(failure.instanceName, unlucky.name);
        QCOMPARE(failure.outcome, ActionOutcome::Failed);
        QCOMPARE(failure.requestId, failed.requestId);

        started.clear();
        run.retryFailed();
        QVERIFY(finished.wait(10000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toInt(), 2);
        QCOMPARE(run.countIn(BulkItemState::Succeeded), 5);
        QCOMPARE(run.items().at(2).attempts, 2);
        QCOMPARE(run.items().at(0).attempts, 1);
        QCOMPARE(recorded.size(), 6);
        QCOMPARE(recorded.last().first().value<ActionRecord>().outcome, ActionOutcome::Succeeded);
    }

    void deleteCountsAlreadyDeletedAsSucceeded()
    {
        const QList<Instance> batch = m_instances.mid(0, 3);
        QVERIFY(m_sandbox->deleteInstance(batch.at(1).id));

        BulkRun run(BulkOperations::remove(*m_sandbox->client), batch);
        QSignalSpy recorded(&run, &BulkRun::actionRecorded);
        QSignalSpy finished(&run, &BulkRun::finished);
        run.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(run.countIn(BulkItemState::Succeeded), 3);
        for (const BulkItem &item : run.items())
            QVERIFY(item.instanceGone);
        const BulkItem &gone = run.items().at(1);
        QCOMPARE(gone.message, u"Already deleted."_s);
        QCOMPARE(gone.httpStatus, 404);
        QCOMPARE(run.items().at(0).message, u"Deleted."_s);
        QCOMPARE(run.items().at(0).httpStatus, 204);
        QCOMPARE(recorded.size(), 3);
        const ActionRecord goneRecord = recordOf(recorded, batch.at(1).id);
        QCOMPARE(goneRecord.outcome, ActionOutcome::Succeeded);
        QCOMPARE(goneRecord.action, u"Delete"_s);
        QCOMPARE(goneRecord.httpStatus, 404);

        const QList<Instance> left = m_sandbox->instances();
        for (const Instance &instance : batch) {
            QVERIFY(std::none_of(left.cbegin(), left.cend(),
                                 [&](const Instance &i) { return i.id == instance.id; }));
        }
    }

    void cancelSubscriptionReportsEachOutcome()
    {
        const Instance trial = byBilling(u"TRIALING"_s);
        const Instance canceled = byBilling(u"CANCELED"_s);
        QVERIFY(!trial.id.isEmpty() && !canceled.id.isEmpty());
        BulkRun run(BulkOperations::cancelSubscription(*m_sandbox->client), {trial, canceled});
        QSignalSpy finished(&run, &BulkRun::finished);
        run.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(run.items().at(0).state, BulkItemState::Succeeded);
        QVERIFY(!run.items().at(0).message.isEmpty());
        QCOMPARE(run.items().at(1).state, BulkItemState::Failed);
        QCOMPARE(run.items().at(1).httpStatus, 409);
        QVERIFY(!run.items().at(1).instanceGone);
    }

    void cancelStopsEverythingAndNoCallbackFollows()
    {
        QVERIFY(m_sandbox->setLatency(500));
        BulkRun run(BulkOperations::restart(*m_sandbox->client), m_instances.mid(0, 8));
        QSignalSpy recorded(&run, &BulkRun::actionRecorded);
        QSignalSpy itemFinished(&run, &BulkRun::itemFinished);
        QSignalSpy finished(&run, &BulkRun::finished);
        run.start();
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 4);

        run.cancel();
        QCOMPARE(m_sandbox->client->callsInFlight(), 0);
        QVERIFY(!run.isRunning());
        QCOMPARE(run.countIn(BulkItemState::Cancelled), 8);

        // A barrier instead of a sleep: this reply comes after the cancelled ones would have.
        std::optional<Result<Instance>> barrier;
        InstancesApi(*m_sandbox->client)
            .get(m_instances.first().id, this, [&](const Result<Instance> &r) { barrier = r; });
        QTRY_VERIFY_WITH_TIMEOUT(barrier.has_value(), 10000);
        QCOMPARE(recorded.size(), 0);
        QCOMPARE(itemFinished.size(), 0);
        QCOMPARE(finished.size(), 0);
        run.retryFailed(); // nothing failed, and a cancelled run stays stopped
        QCOMPARE(m_sandbox->client->callsInFlight(), 0);
    }

    // An operation that reports before it returns must not confuse the counting.
    void immediateReportsAreHandled()
    {
        int sent = 0;
        BulkRun::Operation immediate = [&sent](const Instance &instance, QObject *,
                                               BulkRun::Done done) {
            ++sent;
            done({ActionRecord::of(u"Test"_s, instance, Result<Done>(Done{}), u"ok"_s), false, {}});
            return QPointer<ApiCall>();
        };
        BulkRun run(immediate, m_instances.mid(0, 6));
        QSignalSpy finished(&run, &BulkRun::finished);
        QSignalSpy recorded(&run, &BulkRun::actionRecorded);
        run.start();
        QCOMPARE(sent, 6);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(recorded.size(), 6);
        QCOMPARE(run.countIn(BulkItemState::Succeeded), 6);
    }
};

} // namespace vzaps

QTEST_MAIN(vzaps::TestBulkRun)
#include "tst_bulkrun.moc"
