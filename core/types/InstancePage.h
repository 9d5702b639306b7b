#pragma once

#include "core/types/Instance.h"

#include <QList>

namespace vzaps {

// One counter of a list page's `summary` (docs/api-contract.md §4.2: undocumented, scalars shown
// as-is).
struct SummaryCounter {
    QString key;
    QString value;
};

// One page of `POST /instances/list` (docs/api-contract.md §4.2).
struct InstancePage {
    int page = 1;
    int size = 0;
    qint64 total = 0;
    int totalPages = 0; // derived from total and size when the server omits it
    QList<Instance> content;
    QList<SummaryCounter> summary; // scalar members of `summary`, nested ones flattened as a.b
    QJsonObject raw;

    static InstancePage fromJson(const QJsonObject &object);
};

} // namespace vzaps
