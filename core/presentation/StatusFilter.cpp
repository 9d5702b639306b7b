#include "core/presentation/StatusFilter.h"

using namespace Qt::StringLiterals;

namespace vzaps {

bool StatusFilter::matches(const Instance &instance, const QDateTime &now) const
{
    if (ids && !ids->contains(instance.id))
        return false;
    // The states first, the text (every field folded) only for what they keep.
    if (!matchesStates(instance, now))
        return false;
    return text.matches(instance);
}

bool StatusFilter::matchesStates(const Instance &instance, const QDateTime &now) const
{
    if (hasNoState())
        return true;
    // Each state part that is set, in turn: all must hold, or with anyState one.
    const auto cancelsWithinDays = [&] {
        const QDateTime at = instance.cancelAt;
        return at.isValid() && at >= now && at <= now.addDays(kCancelsSoonDays);
    };
    bool anyHeld = false;
    const auto part = [&](bool held) {
        anyHeld = anyHeld || held;
        return held || anyState;
    };
    if (connected && !part(instance.connected == *connected))
        return false;
    if (!billing.isEmpty() && !part(billing.contains(instance.billingStatus.toUpper())))
        return false;
    if (cancelsSoon && !part(cancelsWithinDays()))
        return false;
    return anyHeld;
}

const QStringList &StatusFilter::billingStatuses()
{
    static const QStringList statuses{
        u"TRIALING"_s, u"ACTIVE"_s,     u"PAST_DUE"_s,           u"UNPAID"_s,
        u"CANCELED"_s, u"INCOMPLETE"_s, u"INCOMPLETE_EXPIRED"_s, u"PAUSED"_s};
    return statuses;
}

} // namespace vzaps
