#include "core/presentation/StatusFilter.h"

using namespace Qt::StringLiterals;

namespace vzaps {

bool StatusFilter::matches(const Instance &instance, const QDateTime &now) const
{
    if (connected && instance.connected != *connected)
        return false;
    if (!billing.isEmpty() && !billing.contains(instance.billingStatus.toUpper()))
        return false;
    if (cancelsSoon) {
        const QDateTime at = instance.cancelAt;
        if (!at.isValid() || at < now || at > now.addDays(kCancelsSoonDays))
            return false;
    }
    return true;
}

const QStringList &StatusFilter::billingStatuses()
{
    static const QStringList statuses{
        u"TRIALING"_s, u"ACTIVE"_s,     u"PAST_DUE"_s,           u"UNPAID"_s,
        u"CANCELED"_s, u"INCOMPLETE"_s, u"INCOMPLETE_EXPIRED"_s, u"PAUSED"_s};
    return statuses;
}

} // namespace vzaps
