#include "core/actions/BulkOperations.h"

#include "core/api/InstancesApi.h"

using namespace Qt::StringLiterals;

namespace vzaps {

BulkRun::Operation BulkOperations::restart(ApiClient &client)
{
    return [&client](const Instance &instance, QObject *context, BulkRun::Done done) {
        return InstancesApi(client).restart(
            instance.id, {}, context,
            [instance, done = std::move(done)](const Result<ActionResult> &result) {
                QString text;
                if (result) {
                    const ActionResult &restart = result.value();
                    text = restart.status.isEmpty()
                               ? tr("Restart requested.")
                               : tr("Restart requested. Status: %1.").arg(restart.status);
                    if (!restart.details.isEmpty())
                        text += u'\n' + restart.details;
                }
                done(outcomeOf(InstanceAction::Restart, instance, result, text));
            });
    };
}

BulkRun::Operation BulkOperations::remove(ApiClient &client)
{
    return [&client](const Instance &instance, QObject *context, BulkRun::Done done) {
        return InstancesApi(client).remove(
            instance.id, {}, context,
            [instance, done = std::move(done)](const Result<Done> &result) {
                BulkItemOutcome outcome =
                    outcomeOf(InstanceAction::Delete, instance, result, tr("Deleted."));
                if (!result && result.error().isNotFound()) {
                    // Someone (or an earlier attempt whose reply was lost) deleted it
                    // already; the 404's status and request id stay in the record.
                    outcome.record.outcome = ActionOutcome::Succeeded;
                    outcome.record.message = tr("Already deleted.");
                    outcome.summary.clear();
                }
                outcome.instanceGone = outcome.record.outcome == ActionOutcome::Succeeded;
                done(outcome);
            });
    };
}

BulkRun::Operation BulkOperations::cancelSubscription(ApiClient &client)
{
    return [&client](const Instance &instance, QObject *context, BulkRun::Done done) {
        return InstancesApi(client).cancel(
            instance.id, {}, context,
            [instance, done = std::move(done)](const Result<CancelResult> &result) {
                QString text;
                if (result)
                    text = result.value().message.isEmpty() ? tr("Cancellation accepted.")
                                                            : result.value().message;
                done(outcomeOf(InstanceAction::CancelSubscription, instance, result, text));
            });
    };
}

BulkRun::Operation BulkOperations::forAction(ApiClient &client, InstanceAction action)
{
    switch (action) {
    case InstanceAction::Restart:
        return restart(client);
    case InstanceAction::Delete:
        return remove(client);
    case InstanceAction::CancelSubscription:
        return cancelSubscription(client);
    default:
        return {};
    }
}

QString BulkOperations::failureSummary(const ApiError &error)
{
    const QString said = error.message.trimmed();
    switch (error.kind) {
    case ErrorKind::Network:
        return tr("The server could not be reached (%1).").arg(said);
    case ErrorKind::Timeout:
        return tr("No answer in time.");
    case ErrorKind::Decode:
    case ErrorKind::TooLarge:
        return tr("The reply could not be read (%1).").arg(said);
    case ErrorKind::Redirect:
        return error.describe();
    case ErrorKind::RateLimited:
        if (error.retryAfterSeconds >= 0)
            return tr("%1 Try again in %2 s.").arg(said).arg(error.retryAfterSeconds);
        break;
    case ErrorKind::InvalidInput:
    case ErrorKind::Auth:
    case ErrorKind::Http:
        break;
    }
    return said.isEmpty() ? error.describe() : said;
}

QString BulkOperations::actionName(InstanceAction action)
{
    switch (action) {
    case InstanceAction::Restart:
        return tr("Restart");
    case InstanceAction::Delete:
        return tr("Delete");
    case InstanceAction::CancelSubscription:
        return tr("Cancel subscription");
    default:
        return {};
    }
}

} // namespace vzaps
