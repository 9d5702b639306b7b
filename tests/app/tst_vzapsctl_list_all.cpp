// `vzapsctl instances list --all` against a sandbox of 324 instances: the rows it prints are
// exactly the ones the sandbox holds that match (the sets are compared), as a table, CSV or
// JSON with every field the server sent; and what a status filter needs is checked before
// anything is sent.
#include "tests/app/CtlRunner.h"
#include "tests/support/EveryInstance.h"
#include "tests/support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps {

class TestVzapsctlListAll : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SandboxFixture> m_sandbox;
    QList<Instance> m_all; // every instance, read by the test itself

    test::CtlRun ctl(const QStringList &arguments)
    {
        QProcessEnvironment environment = test::CtlRunner::environment();
        environment.insert(u"VZAPS_CLIENT_TOKEN"_s, m_sandbox->server->clientToken());
        environment.insert(u"VZAPS_CLIENT_SECRET"_s, m_sandbox->server->clientSecret());
        return test::CtlRunner::run(m_sandbox->server->baseUrl(),
                                    QStringList{u"instances"_s, u"list"_s} + arguments, environment,
                                    60000);
    }

    template<typename Match>
    QSet<QString> idsWhere(Match match) const
    {
        QSet<QString> ids;
        for (const Instance &instance : m_all) {
            if (match(instance))
                ids.insert(instance.id);
        }
        return ids;
    }

    // The first column of CSV rows (after the header).
    static QSet<QString> csvIds(const QByteArray &csv)
    {
        QList<QByteArray> lines = csv.split('\n');
        QSet<QString> ids;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).isEmpty())
                ids.insert(QString::fromUtf8(lines.at(i).left(lines.at(i).indexOf(','))));
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QVERIFY(m_sandbox->started);
        QVERIFY(m_sandbox->control("POST", u"/_sandbox/seed"_s, {{u"count"_s, 300}}).ok());
        m_all = test::everyInstance(*m_sandbox->client);
        QCOMPARE(m_all.size(), 324);
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void disconnectedAsCsvIsExactlyTheDisconnectedOnes()
    {
        const test::CtlRun run = ctl({u"--all"_s, u"--disconnected"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("id,name,connected,status,billing_status,"));
        const QSet<QString> expected =
            idsWhere([](const Instance &i) { return i.connected == false; });
        QVERIFY(expected.size() > 100);
        QCOMPARE(csvIds(run.out), expected);
    }

    void billingStatusesCombineWithConnection()
    {
        const test::CtlRun run = ctl({u"--all"_s, u"--connected"_s, u"--billing"_s,
                                      u"past_due,UNPAID"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        const QSet<QString> expected = idsWhere([](const Instance &i) {
            return i.connected == true &&
                   (i.billingStatus == "PAST_DUE"_L1 || i.billingStatus == "UNPAID"_L1);
        });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(csvIds(run.out), expected);
    }

    void jsonHasEveryObjectAsTheServerSentIt()
    {
        const test::CtlRun run = ctl({u"--all"_s, u"--format"_s, u"json"_s});
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(run.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), m_all.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).toObject(), m_all.at(i).raw); // unknown fields and all
    }

    void aTableForPeopleWithItsCount()
    {
        const test::CtlRun run = ctl({u"--all"_s, u"--search"_s, u"otica"_s});
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.startsWith(u"ID "_s));
        QVERIFY(text.contains(u"Ótica Visão Clara"_s)); // the sandbox's accent-blind search
        QVERIFY(text.contains(u"1 of 1 instances match"_s));
    }

    void statusOptionsAreCheckedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no --all") << QStringList{u"--disconnected"_s} << u"needs --all"_s;
        QTest::newRow("both") << QStringList{u"--all"_s, u"--connected"_s, u"--disconnected"_s}
                              << u"not both"_s;
        QTest::newRow("unknown billing")
            << QStringList{u"--all"_s, u"--billing"_s, u"LATE"_s} << u"unknown billing status"_s;
        QTest::newRow("unknown format")
            << QStringList{u"--all"_s, u"--format"_s, u"xml"_s} << u"table, csv or json"_s;
        QTest::newRow("paging") << QStringList{u"--all"_s, u"--page"_s, u"2"_s}
                                << u"leave out --page"_s;
    }

    void statusOptionsAreCheckedBeforeAnythingIsSent()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const test::CtlRun run = ctl(arguments);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

} // namespace vzaps

QTEST_GUILESS_MAIN(vzaps::TestVzapsctlListAll)
#include "tst_vzapsctl_list_all.moc"
