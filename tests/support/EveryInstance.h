#pragma once

// Every instance of an account, read by a test itself with plain list calls one page after
// the other: what a status view or a scan is compared against, so a fault in the scan
// cannot hide in its own expectation.
#include "core/api/ApiClient.h"
#include "core/api/InstancesApi.h"

#include <QList>
#include <QTest>

#include <optional>

namespace vzaps::test {

// Empty when a page did not come within `pageTimeoutMs` or failed.
inline QList<Instance> everyInstance(ApiClient &client, int pageTimeoutMs = 20000)
{
    QList<Instance> all;
    for (int page = 1;; ++page) {
        std::optional<Result<InstancePage>> result;
        QObject context;
        InstancesApi(client).list({page, 100, {}, {}, false, {}, {}}, &context,
                                  [&result](const Result<InstancePage> &reply) { result = reply; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, pageTimeoutMs) ||
            !result->ok())
            return {};
        all += result->value().content;
        if (page >= result->value().totalPages)
            return all;
    }
}

} // namespace vzaps::test
