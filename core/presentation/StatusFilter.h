#pragma once

#include "core/types/Instance.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace vzaps {

// Which instances a status view keeps: by WhatsApp connection, by billing status, and those
// whose subscription is set to cancel soon. Each part that is set must hold; none set keeps
// every instance. Decided from the instance's own fields, so the same filter gives the
// same answer on a page, a scan and an export.
struct StatusFilter {
    static constexpr int kCancelsSoonDays = 7;

    std::optional<bool> connected;
    QSet<QString> billing;    // billing_status values, upper case; empty: any
    bool cancelsSoon = false; // a cancel_at from now to kCancelsSoonDays ahead

    bool isEmpty() const { return !connected && billing.isEmpty() && !cancelsSoon; }
    bool matches(const Instance &instance,
                 const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The billing statuses the API names (docs/api-contract.md §6), upper case.
    static const QStringList &billingStatuses();
};

} // namespace vzaps
