#include "core/presentation/SummaryCounts.h"

namespace vzaps::summary {

using namespace Qt::StringLiterals;

namespace {

QString connectionKey(const Instance &instance)
{
    if (!instance.connected.has_value())
        return {};
    return *instance.connected ? u"connected"_s : u"disconnected"_s;
}

void add(QList<SummaryCounter> &counters, const QString &key, qint64 delta)
{
    if (key.isEmpty())
        return;
    for (SummaryCounter &counter : counters) {
        if (counter.key.section(u'.', -1).compare(key, Qt::CaseInsensitive) != 0)
            continue;
        bool isNumber = false;
        const qint64 value = counter.value.toLongLong(&isNumber);
        if (isNumber)
            counter.value = QString::number(qMax<qint64>(0, value + delta));
        return;
    }
}

void moveBetween(QList<SummaryCounter> &counters, const QString &from, const QString &to)
{
    if (from.compare(to, Qt::CaseInsensitive) == 0)
        return;
    add(counters, from, -1);
    add(counters, to, +1);
}

} // namespace

void move(QList<SummaryCounter> &counters, qint64 &total, const Instance &before,
          const Instance *after)
{
    if (!after) {
        add(counters, connectionKey(before), -1);
        add(counters, before.billingStatus, -1);
        add(counters, u"total"_s, -1);
        total = qMax<qint64>(0, total - 1);
        return;
    }
    moveBetween(counters, connectionKey(before), connectionKey(*after));
    moveBetween(counters, before.billingStatus, after->billingStatus);
}

} // namespace vzaps::summary
