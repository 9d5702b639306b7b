// Reading the whole account, as the status filters and exports do: every instance once, in
// page order, two requests at most in flight, the rate limit waited out, and cancel stops it.
#include "core/presentation/AccountScan.h"
#include "tests/support/EveryInstance.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps {

class TestAccountScan : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_sandbox;

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QVERIFY(m_sandbox->started);
        QVERIFY(m_sandbox->control("POST", u"/_sandbox/seed"_s, {{u"count"_s, 426}}).ok());
    }
    void cleanup() { m_sandbox.reset(); }

    void readsEveryInstanceOnceInPageOrder()
    {
        const QList<Instance> expected = test::everyInstance(*m_sandbox->client);
        QCOMPARE(expected.size(), 450);

        AccountScan scan(*m_sandbox->client, {});
        QList<Instance> seen;
        int mostInFlight = 0;
        connect(&scan, &AccountScan::instancesArrived, this,
                [&](const QList<Instance> &instances) { seen += instances; });
        connect(&scan, &AccountScan::progressed, this,
                [&] { mostInFlight = qMax(mostInFlight, m_sandbox->client->callsInFlight()); });
        QSignalSpy finished(&scan, &AccountScan::finished);
        scan.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(scan.total(), 450);
        QCOMPARE(scan.scanned(), 450);
        QVERIFY(!scan.isRunning());
        QVERIFY(scan.isFinished());
        QCOMPARE(seen.size(), expected.size());
        for (qsizetype i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i).id, expected.at(i).id); // the server's order, page after page
        QVERIFY(mostInFlight <= AccountScan::kMaxInFlight);
        QVERIFY(mostInFlight >= 1);
    }

    void aSearchNarrowsWhatIsRead()
    {
        AccountScan scan(*m_sandbox->client, {1, 20, u"otica"_s, {}, false, {}, {}});
        QList<Instance> seen;
        connect(&scan, &AccountScan::instancesArrived, this,
                [&](const QList<Instance> &instances) { seen += instances; });
        QSignalSpy finished(&scan, &AccountScan::finished);
        scan.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(qint64(seen.size()), scan.total());
        for (const Instance &instance : std::as_const(seen))
            QVERIFY2(instance.name.contains(u"tica"_s), qPrintable(instance.name));
    }

    void anEmptyResultFinishesAtOnce()
    {
        AccountScan scan(*m_sandbox->client, {1, 20, u"no such name at all"_s, {}, false, {}, {}});
        QSignalSpy arrived(&scan, &AccountScan::instancesArrived);
        QSignalSpy finished(&scan, &AccountScan::finished);
        scan.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(arrived.count(), 0);
        QCOMPARE(scan.total(), 0);
    }

    void theRateLimitIsWaitedOutAndSaidSo()
    {
        // The list is refused with 429 and Retry-After: 1, more often than one call retries.
        QVERIFY(m_sandbox
                    ->control("POST", u"/_sandbox/fail-next"_s,
                              {{u"status"_s, 429},
                               {u"count"_s, 6},
                               {u"retry_after"_s, 1},
                               {u"path_prefix"_s, u"/instances/list"_s}})
                    .ok());
        m_sandbox->client->setTimeout(std::chrono::milliseconds(1500)); // a call gives up soon
        AccountScan scan(*m_sandbox->client, {});
        QSignalSpy waiting(&scan, &AccountScan::waitingForRateLimit);
        QSignalSpy failed(&scan, &AccountScan::failed);
        QSignalSpy finished(&scan, &AccountScan::finished);
        qint64 seen = 0;
        connect(&scan, &AccountScan::instancesArrived, this,
                [&seen](const QList<Instance> &instances) { seen += instances.size(); });
        scan.start();
        QVERIFY(finished.wait(30000)); // waited out, then read to the end
        QVERIFY(failed.isEmpty());
        QVERIFY(!waiting.isEmpty());
        QCOMPARE(waiting.first().first().toInt(), 1);
        QCOMPARE(seen, 450);
    }

    void cancelStopsReading()
    {
        m_sandbox->control("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 200}});
        AccountScan scan(*m_sandbox->client, {});
        QSignalSpy arrived(&scan, &AccountScan::instancesArrived);
        QSignalSpy finished(&scan, &AccountScan::finished);
        scan.start();
        QVERIFY(arrived.wait(10000));
        scan.cancel();
        QVERIFY(!scan.isRunning());
        const int before = int(arrived.count());
        // What was in flight was dropped: a later page would come within two latencies.
        QVERIFY(!arrived.wait(600));
        QCOMPARE(arrived.count(), before);
        QVERIFY(finished.isEmpty());
        QVERIFY(scan.scanned() < 450);
    }

    void aFailureStopsTheScanWithTheError()
    {
        QVERIFY(m_sandbox
                    ->control("POST", u"/_sandbox/fail-next"_s,
                              {{u"status"_s, 500},
                               {u"count"_s, 20},
                               {u"path_prefix"_s, u"/instances/list"_s}})
                    .ok());
        AccountScan scan(*m_sandbox->client, {});
        QSignalSpy failed(&scan, &AccountScan::failed);
        QSignalSpy finished(&scan, &AccountScan::finished);
        scan.start();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 500);
        QVERIFY(finished.isEmpty());
        QVERIFY(!scan.isRunning());
    }
};

} // namespace vzaps

QTEST_GUILESS_MAIN(vzaps::TestAccountScan)
#include "tst_accountscan.moc"
