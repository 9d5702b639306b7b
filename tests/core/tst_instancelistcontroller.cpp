// InstanceListController against a real in-process sandbox: the first load, search,
// server-side sort, paging, the summary line, errors that keep the last rows, and
// replies that arrive out of order.
#include "core/presentation/InstanceListController.h"
#include "core/presentation/StatusScan.h"
#include "tests/support/EveryInstance.h"
#include "tests/support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace vzaps;
using namespace vzaps::test;
using namespace Qt::StringLiterals;

class TestInstanceListController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<InstanceListController> m_controller;

    QStringList column(int column) const
    {
        QStringList values;
        const InstanceTableModel *model = m_controller->model();
        for (int row = 0; row < model->rowCount(); ++row)
            values.append(model->index(row, column).data().toString());
        return values;
    }

    void loadFirstPage()
    {
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->refresh();
        QVERIFY(loaded.wait(10000));
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->started, qPrintable(m_sandbox->server->errorString()));
        m_controller = std::make_unique<InstanceListController>(*m_sandbox->client);
        m_controller->setDebounce(std::chrono::milliseconds(20));
        new QAbstractItemModelTester(m_controller->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_controller.get());
    }

    void cleanup()
    {
        m_controller.reset();
        m_sandbox.reset();
    }

    void aServerThatFiltersByStatusReadsOnlyThoseInstances()
    {
        QVERIFY(m_sandbox->control("POST", u"/_sandbox/seed"_s, {{u"count"_s, 276}}).ok());
        const QList<Instance> all = test::everyInstance(*m_sandbox->client);
        QCOMPARE(all.size(), 300);
        QStringList expected;
        for (const Instance &instance : all) {
            if (instance.connected == false && instance.billingStatus == "PAST_DUE"_L1)
                expected.append(instance.id);
        }
        QVERIFY(!expected.isEmpty());
        StatusFilter filter;
        filter.connected = false;
        filter.billing = {u"PAST_DUE"_s};

        // The server is asked for the states: it answers only the matches.
        m_controller->setServerFiltersByStatus(true);
        m_controller->setStatusFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->statusScan().isComplete(), 20000);
        QCOMPARE(m_controller->model()->ids(), expected);
        QCOMPARE(m_controller->statusScan().total(), expected.size());
        QVERIFY(m_controller->statusScan().readQuery().filtersOnServerByStatus());

        // A server that ignores the keys: the same rows, from reading everything.
        QVERIFY(
            m_sandbox->control("POST", u"/_sandbox/config"_s, {{u"status_filter_keys"_s, false}})
                .ok());
        m_controller->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->statusScan().isScanning() &&
                                     m_controller->statusScan().isComplete(),
                                 20000);
        QCOMPARE(m_controller->model()->ids(), expected);
        QCOMPARE(m_controller->statusScan().total(), all.size());

        // "Any of" across kinds, and "cancels soon", are the app's to match: not sent.
        filter.anyState = true;
        m_controller->setStatusFilter(filter);
        QVERIFY(!m_controller->scanQuery().filtersOnServerByStatus());
    }

    void firstLoadFillsTheTable()
    {
        QCOMPARE(m_controller->state(), InstanceListController::State::Idle);
        QSignalSpy states(m_controller.get(), &InstanceListController::stateChanged);
        loadFirstPage();
        QCOMPARE(states.first().first().value<InstanceListController::State>(),
                 InstanceListController::State::Loading);
        QCOMPARE(m_controller->state(), InstanceListController::State::Ready);
        QCOMPARE(m_controller->total(), 24); // the sandbox's demo data
        QCOMPARE(m_controller->model()->rowCount(), 20);
        QCOMPARE(m_controller->rangeText(), u"1–20 of 24"_s);
        // "24 instances · 10 connected · 14 disconnected · 8 active · …": connection first.
        const QStringList parts = m_controller->summaryText().split(u" · "_s);
        QCOMPARE(parts.value(0), u"24 instances"_s);
        QVERIFY2(parts.value(1).endsWith(" connected"_L1), qPrintable(parts.value(1)));
        QVERIFY2(parts.value(2).endsWith(" disconnected"_L1), qPrintable(parts.value(2)));
        QVERIFY2(parts.value(3).endsWith(" active"_L1), qPrintable(parts.value(3)));
        QVERIFY(!m_controller->summaryText().contains("total"_L1));
        QVERIFY(m_controller->lastUpdated().isValid());
    }

    void searchSendsFilterQueryAndShowsMatches()
    {
        loadFirstPage();
        const QString name = m_controller->model()->instanceAt(3).name;
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->setSearch(u"  "_s + name.toUpper() + u" "_s);
        QVERIFY(loaded.wait(10000));
        QVERIFY(m_controller->model()->rowCount() >= 1);
        for (const QString &shown : column(InstanceTableModel::NameColumn))
            QVERIFY2(shown.contains(name, Qt::CaseInsensitive), qPrintable(shown));
        QCOMPARE(m_controller->shownSearch(), name.toUpper());

        m_controller->setSearch(u"no such instance anywhere"_s);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_controller->model()->rowCount(), 0);
        QCOMPARE(m_controller->total(), 0);
        QCOMPARE(m_controller->state(), InstanceListController::State::Ready);
    }

    void typingQuicklySendsOneSearch()
    {
        loadFirstPage();
        m_controller->setDebounce(std::chrono::milliseconds(150));
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        for (const QString &prefix : {u"s"_s, u"su"_s, u"sup"_s, u"supp"_s})
            m_controller->setSearch(prefix);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loaded.wait(400)); // nothing else arrives: the earlier prefixes were never sent
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(m_controller->shownSearch(), u"supp"_s);
    }

    void sortIsDoneByTheServer()
    {
        loadFirstPage();
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->setPageSize(50);
        QVERIFY(loaded.wait(10000));
        m_controller->setSort(InstanceTableModel::sortField(InstanceTableModel::NameColumn), false);
        QVERIFY(loaded.wait(10000));
        QStringList names = column(InstanceTableModel::NameColumn);
        // In the sandbox's order: Portuguese, accents and case aside ("Ótica" among the O's).
        QStringList sorted = names;
        QCollator portuguese(QLocale(QLocale::Portuguese, QLocale::Brazil));
        portuguese.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(sorted.begin(), sorted.end(), portuguese);
        QCOMPARE(names, sorted);

        m_controller->setSort(InstanceTableModel::sortField(InstanceTableModel::NameColumn), true);
        QVERIFY(loaded.wait(10000));
        std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(column(InstanceTableModel::NameColumn), sorted);
    }

    void pagingWalksThePages()
    {
        loadFirstPage();
        QVERIFY(m_controller->hasNextPage());
        QVERIFY(!m_controller->hasPreviousPage());
        const QStringList firstPage = column(InstanceTableModel::IdColumn);
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->nextPage();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_controller->rangeText(), u"21–24 of 24"_s);
        QVERIFY(!m_controller->hasNextPage());
        for (const QString &id : column(InstanceTableModel::IdColumn))
            QVERIFY(!firstPage.contains(id));
        m_controller->nextPage(); // past the end: stays
        QCOMPARE(m_controller->query().page, 2);
        m_controller->previousPage();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(column(InstanceTableModel::IdColumn), firstPage);
    }

    void serverErrorKeepsTheRowsAndSaysWhy()
    {
        loadFirstPage();
        const QStringList shown = column(InstanceTableModel::IdColumn);
        QVERIFY(m_sandbox
                    ->control("POST", u"/_sandbox/fail-next"_s,
                              {{u"status"_s, 500},
                               {u"count"_s, 1},
                               {u"path_prefix"_s, u"/instances/list"_s},
                               {u"message"_s, u"database on fire"_s}})
                    .ok());
        QSignalSpy states(m_controller.get(), &InstanceListController::stateChanged);
        m_controller->refresh();
        QVERIFY(states.wait(10000));
        QCOMPARE(m_controller->state(), InstanceListController::State::Error);
        QVERIFY(m_controller->isStale());
        QCOMPARE(m_controller->lastError().httpStatus, 500);
        QVERIFY(m_controller->lastError().describe().contains("database on fire"_L1));
        QCOMPARE(column(InstanceTableModel::IdColumn), shown);

        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->refresh(); // the fault is used up: recovers
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_controller->state(), InstanceListController::State::Ready);
        QVERIFY(!m_controller->isStale());
    }

    void aSlowOldReplyNeverOverwritesANewerOne()
    {
        loadFirstPage();
        // The first search is slow (latency), the second is not: only the second may show.
        QVERIFY(m_sandbox->control("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 600}}).ok());
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->setSearch(u"zzz-nothing"_s);
        QTRY_VERIFY(m_controller->isBusy());
        QVERIFY(m_sandbox->control("POST", u"/_sandbox/config"_s, {{u"latency_ms"_s, 0}}).ok());
        m_controller->setSearch(QString());
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loaded.wait(1000)); // the slow one never lands
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(m_controller->total(), 24);
        QVERIFY(m_controller->shownSearch().isEmpty());
    }

    void autoRefreshPausesWhileHidden()
    {
        loadFirstPage();
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->setAutoRefreshInterval(std::chrono::seconds(1));
        QVERIFY(loaded.wait(3000));
        m_controller->setAutoRefreshPaused(true);
        loaded.clear();
        QVERIFY(!loaded.wait(2500));
        m_controller->setAutoRefreshPaused(false);
        QVERIFY(loaded.wait(3000));
    }

    // vzaps-desk's start fetches its first page on a worker thread: the controller shows it
    // as under way, then as if it had asked for it itself, without asking again.
    void anExpectedPageIsShownWithoutAsking()
    {
        ListQuery query;
        query.size = 50;
        query.sort = u"name"_s;
        QSignalSpy busy(m_controller.get(), &InstanceListController::busyChanged);
        const quint64 ticket = m_controller->expectPage(query);
        QVERIFY(m_controller->isBusy());
        QVERIFY(m_controller->isFetching(query));
        QCOMPARE(m_controller->state(), InstanceListController::State::Loading);
        QCOMPARE(m_sandbox->client->callsInFlight(), 0);

        QVERIFY(m_controller->adoptPage(ticket, pageOf({u"Alpha"_s, u"Beta"_s})));
        QCOMPARE(m_controller->state(), InstanceListController::State::Ready);
        QCOMPARE(column(InstanceTableModel::NameColumn), (QStringList{u"Alpha"_s, u"Beta"_s}));
        QCOMPARE(m_controller->total(), 2);
        QCOMPARE(m_controller->query().sort, u"name"_s);
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.last().first().toBool(), false);
        QCOMPARE(m_sandbox->client->callsInFlight(), 0);
    }

    void anExpectedPageOvertakenByANewerRequestIsDropped()
    {
        const quint64 ticket = m_controller->expectPage(ListQuery());
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->refresh();
        QVERIFY(!m_controller->adoptPage(ticket, pageOf({u"Stale"_s})));
        QCOMPARE(m_controller->model()->rowCount(), 0);
        QVERIFY(m_controller->isBusy());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(m_controller->total(), 24);
        QVERIFY(!column(InstanceTableModel::NameColumn).contains(u"Stale"_s));
    }

    void anExpectedPageThatFailedShowsItsError()
    {
        const quint64 ticket = m_controller->expectPage(ListQuery());
        ApiError error;
        error.kind = ErrorKind::Network;
        error.message = u"Connection refused"_s;
        QSignalSpy busy(m_controller.get(), &InstanceListController::busyChanged);
        QVERIFY(m_controller->adoptPage(ticket, Result<InstancePage>(error)));
        QCOMPARE(m_controller->state(), InstanceListController::State::Error);
        QCOMPARE(m_controller->lastError().message, u"Connection refused"_s);
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(busy.size(), 1);
        QCOMPARE(m_sandbox->client->callsInFlight(), 0); // not asked twice
        // Retry (the window's button) asks the server.
        QSignalSpy loaded(m_controller.get(), &InstanceListController::pageLoaded);
        m_controller->refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_controller->total(), 24);
    }

private:
    static InstancePage pageOf(const QStringList &names)
    {
        InstancePage page;
        page.size = 50;
        page.total = names.size();
        page.totalPages = 1;
        for (const QString &name : names)
            page.content.append(Instance::fromJson(
                QJsonObject{{u"id"_s, u"VZ"_s + name.toUpper()}, {u"name"_s, name}}));
        return page;
    }
};

QTEST_GUILESS_MAIN(TestInstanceListController)
#include "tst_instancelistcontroller.moc"
