// Which instances a status view keeps: connection, billing status, a cancel within 7 days,
// each part that is set must hold, and an instance whose connection is unknown is neither
// connected nor disconnected.
#include "core/presentation/InstanceFormat.h"
#include "core/presentation/StatusFilter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

const QDateTime kNow(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

Instance instance(std::optional<bool> connected, const QString &billing,
                  const QDateTime &cancelAt = {})
{
    Instance result;
    result.id = u"VZ1"_s;
    result.connected = connected;
    result.billingStatus = billing;
    result.cancelAt = cancelAt;
    return result;
}

} // namespace

class TestStatusFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEmptyFilterKeepsEverything()
    {
        const StatusFilter all;
        QVERIFY(all.isEmpty());
        QVERIFY(all.matches(instance(std::nullopt, {}), kNow));
        QVERIFY(all.matches(instance(true, u"CANCELED"_s), kNow));
    }

    void connection()
    {
        StatusFilter disconnected;
        disconnected.connected = false;
        QVERIFY(!disconnected.isEmpty());
        QVERIFY(disconnected.matches(instance(false, u"ACTIVE"_s), kNow));
        QVERIFY(!disconnected.matches(instance(true, u"ACTIVE"_s), kNow));
        QVERIFY(!disconnected.matches(instance(std::nullopt, u"ACTIVE"_s), kNow));
    }

    void billingStatusesInAnyCaseAndTogetherWithConnection()
    {
        StatusFilter late;
        late.billing = {u"PAST_DUE"_s, u"UNPAID"_s};
        QVERIFY(late.matches(instance(true, u"past_due"_s), kNow));
        QVERIFY(late.matches(instance(false, u"UNPAID"_s), kNow));
        QVERIFY(!late.matches(instance(false, u"ACTIVE"_s), kNow));
        late.connected = false;
        QVERIFY(!late.matches(instance(true, u"PAST_DUE"_s), kNow));
        QVERIFY(late.matches(instance(false, u"PAST_DUE"_s), kNow));
    }

    void everyBillingStatusOfferedHasItsWords()
    {
        // The statuses a filter offers are the ones the app has a label and a tone for.
        QCOMPARE(StatusFilter::billingStatuses().size(), 8);
        for (const QString &status : StatusFilter::billingStatuses()) {
            QVERIFY2(format::billingTone(status) != format::Tone::Neutral, qPrintable(status));
            QVERIFY(format::billingLabel(status) != status);
        }
    }

    void cancelsSoonIsACancelFromNowToSevenDaysAhead()
    {
        StatusFilter soon;
        soon.cancelsSoon = true;
        QVERIFY(soon.matches(instance(true, u"ACTIVE"_s, kNow.addDays(3)), kNow));
        QVERIFY(soon.matches(instance(true, u"ACTIVE"_s, kNow.addDays(7)), kNow));
        QVERIFY(!soon.matches(instance(true, u"ACTIVE"_s, kNow.addDays(7).addSecs(1)), kNow));
        QVERIFY(!soon.matches(instance(true, u"ACTIVE"_s, kNow.addSecs(-1)), kNow)); // passed
        QVERIFY(!soon.matches(instance(true, u"ACTIVE"_s), kNow));                   // none
    }
};

} // namespace vzaps

QTEST_GUILESS_MAIN(vzaps::TestStatusFilter)
#include "tst_statusfilter.moc"
