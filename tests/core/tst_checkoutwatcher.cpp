// CheckoutWatcher against a real in-process sandbox: a billing_status change is noticed
// and ends the watch; failed polls are reported and polling goes on; a deleted instance
// ends the watch with its own signal; stop() cancels the call in flight; polls never
// overlap.
#include "core/presentation/CheckoutWatcher.h"
#include "tests/support/SandboxFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vzaps {

class TestCheckoutWatcher : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    Instance m_instance;

    std::unique_ptr<CheckoutWatcher> makeWatcher(const QString &startStatus)
    {
        auto watcher =
            std::make_unique<CheckoutWatcher>(*m_sandbox->client, m_instance.id, startStatus);
        watcher->setInterval(std::chrono::milliseconds(50));
        return watcher;
    }

    bool setBilling(const QString &status)
    {
        return m_sandbox
            ->control("POST", u"/_sandbox/instances/%1/billing"_s.arg(m_instance.id),
                      {{u"billing_status"_s, status}})
            .ok();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QVERIFY(m_sandbox->started);
        for (const Instance &instance : m_sandbox->instances()) {
            if (instance.billingStatus == "TRIALING"_L1)
                m_instance = instance;
        }
        QVERIFY(!m_instance.id.isEmpty());
    }

    void cleanup() { m_sandbox.reset(); }

    void reportsTheChangeAndStops()
    {
        auto watcher = makeWatcher(u"TRIALING"_s);
        QSignalSpy unchanged(watcher.get(), &CheckoutWatcher::unchanged);
        QSignalSpy changed(watcher.get(), &CheckoutWatcher::billingStatusChanged);
        watcher->start();
        QVERIFY(watcher->isWatching());
        QTRY_VERIFY(unchanged.size() >= 2); // polls again while nothing changes
        QCOMPARE(changed.size(), 0);

        QVERIFY(setBilling(u"ACTIVE"_s));
        QVERIFY(changed.wait(5000));
        const auto instance = changed.first().first().value<Instance>();
        QCOMPARE(instance.id, m_instance.id);
        QCOMPARE(instance.billingStatus, u"ACTIVE"_s);
        QVERIFY(!watcher->isWatching());

        const qsizetype polls = unchanged.size();
        QVERIFY(!unchanged.wait(300)); // no more polls after the change
        QCOMPARE(unchanged.size(), polls);
        QCOMPARE(changed.size(), 1);
    }

    void emptyStartStatusIsLearnedFromTheFirstPoll()
    {
        auto watcher = makeWatcher({});
        QSignalSpy unchanged(watcher.get(), &CheckoutWatcher::unchanged);
        QSignalSpy changed(watcher.get(), &CheckoutWatcher::billingStatusChanged);
        watcher->start();
        QVERIFY(unchanged.wait(5000));
        QCOMPARE(watcher->startStatus(), u"TRIALING"_s);
        QVERIFY(setBilling(u"PAST_DUE"_s));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().first().value<Instance>().billingStatus, u"PAST_DUE"_s);
    }

    void failedPollsAreReportedAndPollingGoesOn()
    {
        QVERIFY(m_sandbox
                    ->control("POST", u"/_sandbox/fail-next"_s,
                              {{u"status"_s, 500},
                               {u"count"_s, 2},
                               {u"path_prefix"_s, u"/instances/get"_s},
                               {u"message"_s, u"Billing database offline"_s}})
                    .ok());
        auto watcher = makeWatcher(u"TRIALING"_s);
        QSignalSpy failed(watcher.get(), &CheckoutWatcher::pollFailed);
        QSignalSpy unchanged(watcher.get(), &CheckoutWatcher::unchanged);
        QSignalSpy changed(watcher.get(), &CheckoutWatcher::billingStatusChanged);
        watcher->start();
        QTRY_COMPARE(failed.size(), 2);
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.httpStatus, 500);
        QCOMPARE(error.message, u"Billing database offline"_s);
        QVERIFY(!error.requestId.isEmpty());

        QTRY_VERIFY(unchanged.size() >= 1); // still polling after the failures
        QVERIFY(watcher->isWatching());
        QVERIFY(setBilling(u"ACTIVE"_s));
        QVERIFY(changed.wait(5000));
        QCOMPARE(failed.size(), 2);
    }

    void deletedInstanceEndsTheWatch()
    {
        QVERIFY(m_sandbox->deleteInstance(m_instance.id));

        auto watcher = makeWatcher(u"TRIALING"_s);
        QSignalSpy gone(watcher.get(), &CheckoutWatcher::instanceGone);
        QSignalSpy failed(watcher.get(), &CheckoutWatcher::pollFailed);
        watcher->start();
        QVERIFY(gone.wait(5000));
        QCOMPARE(gone.first().first().value<ApiError>().httpStatus, 404);
        QVERIFY(!watcher->isWatching());
        QCOMPARE(failed.size(), 0);
        QVERIFY(!gone.wait(300)); // and it does not ask again
    }

    void stopCancelsTheCallInFlight()
    {
        QVERIFY(m_sandbox->setLatency(2000));
        auto watcher = makeWatcher(u"TRIALING"_s);
        QSignalSpy unchanged(watcher.get(), &CheckoutWatcher::unchanged);
        QSignalSpy failed(watcher.get(), &CheckoutWatcher::pollFailed);
        watcher->start();
        QTRY_VERIFY(watcher->isCallInFlight());
        QCOMPARE(m_sandbox->client->callsInFlight(), 1);

        watcher->stop();
        QVERIFY(!watcher->isWatching());
        QVERIFY(!watcher->isCallInFlight());
        QTRY_COMPARE(m_sandbox->client->callsInFlight(), 0);
        QCOMPARE(unchanged.size(), 0);
        QCOMPARE(failed.size(), 0);
    }

    void pollsNeverOverlap()
    {
        // Slow answers and a short interval: a poller that did not wait would pile up calls.
        QVERIFY(m_sandbox->setLatency(200));
        auto watcher = makeWatcher(u"TRIALING"_s);
        watcher->setInterval(std::chrono::milliseconds(5));
        int mostInFlight = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this,
                [&] { mostInFlight = std::max(mostInFlight, m_sandbox->client->callsInFlight()); });
        sampler.start(2);
        QSignalSpy unchanged(watcher.get(), &CheckoutWatcher::unchanged);
        watcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(unchanged.size() >= 3, 10000);
        QCOMPARE(mostInFlight, 1);
    }
};

} // namespace vzaps

QTEST_GUILESS_MAIN(vzaps::TestCheckoutWatcher)
#include "tst_checkoutwatcher.moc"
