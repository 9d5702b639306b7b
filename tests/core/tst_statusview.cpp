// The table under a status filter on an account of 10,024 instances: "Disconnected" shows
// exactly the instances the sandbox holds as disconnected (the sets are compared), in the
// server's order; another filter on the same search reuses what was read; what the store
// learns moves an instance out at once; a new search reads again; no filter is pages again.
#include "core/presentation/InstanceFormat.h"
#include "core/presentation/InstanceListController.h"
#include "core/presentation/StatusScan.h"
#include "tests/support/EveryInstance.h"
#include "tests/support/SandboxFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps {

class TestStatusView : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    QList<Instance> m_all; // every instance, read page by page by the test itself
    std::unique_ptr<InstanceListController> m_controller;

    template<typename Match>
    QStringList idsWhere(Match match) const
    {
        QStringList ids;
        for (const Instance &instance : m_all) {
            if (match(instance))
                ids.append(instance.id);
        }
        return ids;
    }

    bool waitForCompleteReading()
    {
        return QTest::qWaitFor([this] { return m_controller->statusScan().isComplete(); }, 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QVERIFY(m_sandbox->started);
        m_sandbox->client->setTimeout(std::chrono::seconds(60));
        QVERIFY(m_sandbox->control("POST", u"/_sandbox/seed"_s, {{u"count"_s, 10000}}).ok());
        m_all = test::everyInstance(*m_sandbox->client);
        QCOMPARE(m_all.size(), 10024);
        m_controller = std::make_unique<InstanceListController>(*m_sandbox->client);
        m_controller->setAutoRefreshInterval(std::chrono::seconds(0));
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->refresh();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_controller->model()->rowCount(), 20);
    }
    void cleanupTestCase()
    {
        m_controller.reset();
        m_sandbox.reset();
    }

    void disconnectedIsExactlyTheDisconnectedOnesOfTheWholeAccount()
    {
        StatusFilter disconnected;
        disconnected.connected = false;
        m_controller->setStatusFilter(disconnected);
        QVERIFY(m_controller->filtersByStatus());
        // Matches show while the reading goes on, before it has read everything.
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->model()->rowCount() > 0, 20000);
        QVERIFY(waitForCompleteReading());
        const QStringList expected =
            idsWhere([](const Instance &i) { return i.connected == false; });
        QVERIFY(expected.size() > 3000);
        QCOMPARE(m_controller->model()->ids(), expected); // the same set, in the server's order
        QCOMPARE(m_controller->statusScan().scanned(), 10024);
        QCOMPARE(m_controller->state(), InstanceListController::State::Ready);
        QCOMPARE(m_controller->rangeText(), u"%1 matching"_s.arg(format::count(expected.size())));
    }

    void anotherFilterOnTheSameSearchReusesTheReading()
    {
        const QDateTime readAt = m_controller->statusScan().completedAt();
        StatusFilter late;
        late.billing = {u"PAST_DUE"_s, u"UNPAID"_s};
        late.connected = true;
        m_controller->setStatusFilter(late);
        QVERIFY(!m_controller->statusScan().isScanning()); // nothing read again
        QCOMPARE(m_controller->statusScan().completedAt(), readAt);
        const QStringList expected = idsWhere([](const Instance &i) {
            return i.connected == true &&
                   (i.billingStatus == "PAST_DUE"_L1 || i.billingStatus == "UNPAID"_L1);
        });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(m_controller->model()->ids(), expected);
    }

    void whatTheStoreLearnsMovesAnInstanceOutAtOnce()
    {
        const QString first = m_controller->model()->idAt(0);
        const int before = m_controller->model()->rowCount();
        // It was paid meanwhile (a checkout watcher, a realtime event, an action's answer).
        m_controller->store().learn(first, {{u"billing_status"_s, u"ACTIVE"_s}});
        QTRY_COMPARE(m_controller->model()->rowCount(), before - 1);
        QCOMPARE(m_controller->model()->rowOf(first), -1);
    }

    void aNewSearchReadsAgain()
    {
        StatusFilter disconnected;
        disconnected.connected = false;
        m_controller->setStatusFilter(disconnected);
        m_controller->setSearch(u"Loja"_s);
        m_controller->searchNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->statusScan().isComplete(), 60000);
        const QStringList rows = m_controller->model()->ids();
        QVERIFY(!rows.isEmpty());
        for (const QString &id : rows) {
            const Instance *instance = m_controller->store().find(id);
            QVERIFY(instance);
            QVERIFY(instance->name.contains(u"Loja"_s));
            QCOMPARE(instance->connected, std::optional<bool>(false));
        }
        QVERIFY(m_controller->statusScan().scanned() < 10024);
    }

    void refreshReadsAgainWithoutEmptyingTheTable()
    {
        const QStringList before = m_controller->model()->ids();
        QVERIFY(!before.isEmpty());
        m_controller->refresh();
        QVERIFY(m_controller->statusScan().isScanning());
        QCOMPARE(m_controller->model()->ids(), before); // still there while it reads
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->statusScan().isComplete(), 60000);
        QCOMPARE(m_controller->model()->ids(), before); // nothing changed on the server
    }

    void noFilterIsPagesAgain()
    {
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->setStatusFilter({});
        QVERIFY(!m_controller->filtersByStatus());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_controller->model()->rowCount(), 20);
        QVERIFY(!m_controller->statusScan().isScanning());
    }

    void anotherAccountStartsWithoutAFilter()
    {
        StatusFilter disconnected;
        disconnected.connected = false;
        m_controller->setStatusFilter(disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->statusScan().isComplete(), 60000);
        QVERIFY(m_controller->model()->rowCount() > 0);
        m_controller->clear();
        QVERIFY(!m_controller->filtersByStatus());
        QCOMPARE(m_controller->model()->rowCount(), 0);
        QCOMPARE(m_controller->statusScan().scanned(), 0);
        QVERIFY(!m_controller->statusScan().isScanning());
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->refresh();
        QVERIFY(loaded.wait(20000));
        QVERIFY(m_controller->model()->rowCount() > 0);
    }
};

} // namespace vzaps

QTEST_GUILESS_MAIN(vzaps::TestStatusView)
#include "tst_statusview.moc"
