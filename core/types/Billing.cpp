#include "core/types/Billing.h"

#include "core/types/JsonFields.h"

namespace vzaps {

using namespace Qt::StringLiterals;

bool BillingSession::isCheckout() const
{
    // A url without a mode still needs a person at the payment page.
    return mode.compare("checkout"_L1, Qt::CaseInsensitive) == 0 ||
           (mode.isEmpty() && !url.isEmpty());
}

BillingSession BillingSession::fromJson(const QJsonObject &object)
{
    BillingSession session;
    session.url = json::string(object, "url"_L1);
    session.sessionId = json::firstString(object, {"session_id"_L1, "sessionId"_L1});
    session.mode = json::string(object, "mode"_L1);
    session.subscriptionId = json::firstString(object, {"subscription_id"_L1, "subscriptionId"_L1});
    session.raw = object;
    return session;
}

CancelResult CancelResult::fromJson(const QJsonObject &object)
{
    return {json::string(object, "message"_L1), object};
}

ActionResult ActionResult::fromJson(const QJsonObject &object)
{
    ActionResult result;
    result.instanceId = json::firstString(object, {"instance_id"_L1, "instanceId"_L1});
    result.status = json::string(object, "status"_L1);
    result.details = json::toText(object.value("details"_L1));
    result.raw = object;
    return result;
}

} // namespace vzaps
