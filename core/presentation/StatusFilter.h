#pragma once

#include "core/presentation/AllFieldsSearch.h"
#include "core/types/Instance.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace vzaps {

// Which instances a view of the whole account keeps: by WhatsApp connection, by billing
// status, those whose subscription is set to cancel soon, only some instances (the watched
// ones), and those with a text in any field ("Search all fields"). Each state part that is
// set must hold, or with `anyState` one of them is enough ("Needs attention": disconnected
// or past due or unpaid); the ids and the text must hold in any case. None set keeps every
// instance. Decided from the instance's own fields, so the same filter gives the same
// answer on a page, a scan and an export.
struct StatusFilter {
    static constexpr int kCancelsSoonDays = 7;

    std::optional<bool> connected;
    QSet<QString> billing;            // billing_status values, upper case; empty: any
    bool cancelsSoon = false;         // a cancel_at from now to kCancelsSoonDays ahead
    bool anyState = false;            // one of the state parts above is enough
    std::optional<QSet<QString>> ids; // only these instances
    AllFieldsSearch text;

    // No part on connection, billing or cancellation.
    bool hasNoState() const { return !connected && billing.isEmpty() && !cancelsSoon; }
    bool isEmpty() const { return hasNoState() && !ids && text.isEmpty(); }
    bool matches(const Instance &instance,
                 const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    friend bool operator==(const StatusFilter &a, const StatusFilter &b)
    {
        return a.connected == b.connected && a.billing == b.billing &&
               a.cancelsSoon == b.cancelsSoon && a.anyState == b.anyState && a.ids == b.ids &&
               a.text == b.text;
    }
    friend bool operator!=(const StatusFilter &a, const StatusFilter &b) { return !(a == b); }

    // The state parts alone (connection, billing, cancellation).
    bool matchesStates(const Instance &instance, const QDateTime &now) const;

    // The billing statuses the API names (docs/api-contract.md §6), upper case.
    static const QStringList &billingStatuses();
};

} // namespace vzaps
