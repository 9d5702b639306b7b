// summary::move: the summary strip's counters follow one instance that changed or left.
#include "core/presentation/SummaryCounts.h"

#include <QJsonObject>
#include <QTest>

using namespace vzaps;
using namespace Qt::StringLiterals;

namespace {

Instance instance(bool connected, const QString &billing)
{
    return Instance::fromJson(QJsonObject{
        {u"id"_s, u"VZ1"_s}, {u"connected"_s, connected}, {u"billing_status"_s, billing}});
}

QString valueOf(const QList<SummaryCounter> &counters, const QString &key)
{
    for (const SummaryCounter &counter : counters) {
        if (counter.key == key)
            return counter.value;
    }
    return {};
}

QList<SummaryCounter> counters()
{
    return {{u"total"_s, u"10"_s},           {u"connected"_s, u"4"_s},
            {u"disconnected"_s, u"6"_s},     {u"billing.active"_s, u"7"_s},
            {u"billing.past_due"_s, u"3"_s}, {u"note"_s, u"beta"_s}};
}

} // namespace

class TestSummaryCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPairedInstanceMovesFromDisconnectedToConnected()
    {
        QList<SummaryCounter> summary = counters();
        qint64 total = 10;
        const Instance before = instance(false, u"ACTIVE"_s);
        const Instance after = instance(true, u"ACTIVE"_s);
        summary::move(summary, total, before, &after);
        QCOMPARE(valueOf(summary, u"connected"_s), u"5"_s);
        QCOMPARE(valueOf(summary, u"disconnected"_s), u"5"_s);
        QCOMPARE(valueOf(summary, u"billing.active"_s), u"7"_s);
        QCOMPARE(total, 10);
    }

    void aPaymentMovesTheBillingCounters()
    {
        QList<SummaryCounter> summary = counters();
        qint64 total = 10;
        const Instance before = instance(true, u"PAST_DUE"_s);
        const Instance after = instance(true, u"ACTIVE"_s);
        summary::move(summary, total, before, &after);
        QCOMPARE(valueOf(summary, u"billing.past_due"_s), u"2"_s);
        QCOMPARE(valueOf(summary, u"billing.active"_s), u"8"_s);
        QCOMPARE(valueOf(summary, u"connected"_s), u"4"_s);
    }

    void aDeletedInstanceLeavesEveryCounterItWasIn()
    {
        QList<SummaryCounter> summary = counters();
        qint64 total = 10;
        summary::move(summary, total, instance(true, u"PAST_DUE"_s), nullptr);
        QCOMPARE(total, 9);
        QCOMPARE(valueOf(summary, u"total"_s), u"9"_s);
        QCOMPARE(valueOf(summary, u"connected"_s), u"3"_s);
        QCOMPARE(valueOf(summary, u"billing.past_due"_s), u"2"_s);
        QCOMPARE(valueOf(summary, u"note"_s), u"beta"_s); // not a number: left alone
    }

    void countersNeverGoBelowZeroNorAppearFromNothing()
    {
        QList<SummaryCounter> summary{{u"connected"_s, u"0"_s}};
        qint64 total = 0;
        const Instance after = instance(false, u"UNPAID"_s);
        summary::move(summary, total, instance(true, u"ACTIVE"_s), &after);
        QCOMPARE(valueOf(summary, u"connected"_s), u"0"_s);
        QCOMPARE(summary.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSummaryCounts)
#include "tst_summarycounts.moc"
