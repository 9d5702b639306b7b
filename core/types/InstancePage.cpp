#include "core/types/InstancePage.h"

#include "core/types/JsonFields.h"

#include <QJsonArray>

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {

void collectCounters(const QJsonObject &object, const QString &prefix, QList<SummaryCounter> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        const QJsonValue value = it.value();
        if (value.isObject())
            collectCounters(value.toObject(), key, out);
        else if (!value.isArray() && !value.isNull() && !value.isUndefined())
            out.append({key, json::toText(value)});
    }
}

} // namespace

InstancePage InstancePage::fromJson(const QJsonObject &object)
{
    InstancePage page;
    const QJsonArray rows = object.value("content"_L1).toArray();
    page.content.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        if (row.isObject())
            page.content.append(Instance::fromJson(row.toObject()));
    }
    page.page = int(qMax<qint64>(1, json::integer(object, "page"_L1, 1)));
    page.size = int(qMax<qint64>(0, json::integer(object, "size"_L1, page.content.size())));
    page.total = qMax<qint64>(0, json::integer(object, "total"_L1, page.content.size()));
    const auto totalPages = json::optionalInteger(object, "total_pages"_L1);
    if (totalPages && *totalPages >= 0)
        page.totalPages = int(*totalPages);
    else if (page.size > 0)
        page.totalPages = int((page.total + page.size - 1) / page.size);
    collectCounters(json::object(object, "summary"_L1), QString(), page.summary);
    page.raw = object;
    return page;
}

} // namespace vzaps
