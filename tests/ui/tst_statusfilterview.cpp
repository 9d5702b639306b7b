// The status filter as a person uses it: Status ▸ Disconnected fills the table with the
// disconnected instances of the whole account (324 here, more than a page), the bar above it
// says how the reading goes and what it found; the detail panel works on a match; a second
// check narrows; Show all gives the page back.
#include "tests/ui/WindowActionsFixture.h"

#include "core/api/InstancesApi.h"
#include "core/presentation/StatusScan.h"
#include "ui/mainwindow/StatusFilterButton.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

class TestStatusFilterView : public QObject
{
    Q_OBJECT

    testing::WindowActionsFixture m_fixture;
    QList<Instance> m_all;

    StatusFilterButton *button() const
    {
        return m_fixture.window->findChild<StatusFilterButton *>(u"statusFilterButton"_s);
    }
    QString scanText() const
    {
        return m_fixture.window->findChild<QLabel *>(u"scanText"_s)->text();
    }

private Q_SLOTS:
    void initTestCase() { testing::isolateSettings(u"tst_statusfilterview"_s); }
    void init()
    {
        QVERIFY(m_fixture.start());
        m_all = m_fixture.seed(300);
        QCOMPARE(m_all.size(), 324);
    }
    void cleanup() { m_fixture.stop(); }

    void disconnectedShowsThemAllFromTheWholeAccount()
    {
        QVERIFY(button()->text().contains(u"all"_s));
        QVERIFY(!m_fixture.window->findChild<QWidget *>(u"scanBar"_s)->isVisible());
        button()->actionFor(u"filterDisconnected"_s)->trigger();
        QVERIFY(m_fixture.window->findChild<QWidget *>(u"scanBar"_s)->isVisible());
        QVERIFY(button()->text().contains(u"Disconnected"_s));

        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.window->controller().statusScan().isComplete(), 30000);
        QStringList expected;
        for (const Instance &instance : std::as_const(m_all)) {
            if (instance.connected == false)
                expected.append(instance.id);
        }
        QVERIFY(expected.size() > 50); // more than the page of 50 the table had
        QCOMPARE(m_fixture.model()->ids(), expected);
        QVERIFY2(scanText().startsWith(u"%1 of 324 match"_s.arg(expected.size())),
                 qPrintable(scanText()));
        QVERIFY(m_fixture.window->findChild<QPushButton *>(u"scanAgainButton"_s)->isVisible());

        // A match works as any row: selected, it is in the detail panel.
        m_fixture.selectRows({60});
        QTRY_COMPARE(m_fixture.window->currentInstance()->id, expected.at(60));

        // Past due as well: both must hold, and nothing is read again.
        const QDateTime readAt = m_fixture.window->controller().statusScan().completedAt();
        button()->actionFor(u"filterBilling_past_due"_s)->trigger();
        QCOMPARE(m_fixture.window->controller().statusScan().completedAt(), readAt);
        QVERIFY(!m_fixture.model()->ids().isEmpty());
        QVERIFY(m_fixture.model()->rowCount() < expected.size());
        for (const QString &id : m_fixture.model()->ids()) {
            const Instance *instance = m_fixture.window->controller().store().find(id);
            QCOMPARE(instance->connected, std::optional<bool>(false));
            QCOMPARE(instance->billingStatus, u"PAST_DUE"_s);
        }

        button()->actionFor(u"filterShowAll"_s)->trigger();
        QVERIFY(button()->text().contains(u"all"_s));
        QTRY_COMPARE(m_fixture.model()->rowCount(), 50); // the page again
        QVERIFY(!m_fixture.window->findChild<QWidget *>(u"scanBar"_s)->isVisible());
    }
};

} // namespace vzaps::ui

QTEST_MAIN(vzaps::ui::TestStatusFilterView)
#include "tst_statusfilterview.moc"
