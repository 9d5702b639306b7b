#pragma once

#include "core/actions/ActionAvailability.h"
#include "core/actions/BulkRun.h"

#include <QCoreApplication>

namespace vzaps {

class ApiClient;

// The ready-made operations of the bulk actions, for BulkRun. Each sends one
// request through InstancesApi and reports it as the single-instance dialogs do (same
// action names and messages in the action log). `client` must outlive the run.
class BulkOperations
{
    Q_DECLARE_TR_FUNCTIONS(BulkOperations)
public:
    // "Restart requested. Status: RESTARTING." plus the server's details.
    static BulkRun::Operation restart(ApiClient &client);
    // A 404 means someone deleted it already: a success, "Already deleted.", and gone.
    static BulkRun::Operation remove(ApiClient &client);
    // The server's message ("Subscription canceled.", or when it will be).
    static BulkRun::Operation cancelSubscription(ApiClient &client);

    // The operation for an action that works on several instances (worksOnSeveral());
    // empty for any other.
    static BulkRun::Operation forAction(ApiClient &client, InstanceAction action);
    // The action's name in the action log: "Restart", "Delete", "Cancel subscription".
    static QString actionName(InstanceAction action);

    // A failure in a few words for a results row, which shows the instance and the HTTP
    // status beside it: the server's own message where there is one.
    static QString failureSummary(const ApiError &error);

private:
    // The outcome of `result`: its record, and on failure the short summary.
    template<typename T>
    static BulkItemOutcome outcomeOf(InstanceAction action, const Instance &instance,
                                     const Result<T> &result, const QString &successMessage = {})
    {
        return {ActionRecord::of(actionName(action), instance, result, successMessage), false,
                result ? QString() : failureSummary(result.error())};
    }
};

} // namespace vzaps
