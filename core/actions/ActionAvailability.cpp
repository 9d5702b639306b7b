#include "core/actions/ActionAvailability.h"

#include "core/presentation/InstanceFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

// The context lupdate gives tr() in the free functions of namespace vzaps.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vzaps", text, disambiguation, n);
}

Availability yes()
{
    return {true, {}};
}

Availability no(const QString &reason)
{
    return {false, reason};
}

bool hasPendingCancel(const Instance &instance, const QDateTime &now)
{
    return instance.cancelAt.isValid() && instance.cancelAt > now;
}

// Billing states the sandbox (and Stripe) will not cancel again (docs/api-contract.md §6).
bool isCanceled(const Instance &instance)
{
    return instance.billingStatus == "CANCELED"_L1 ||
           instance.billingStatus == "INCOMPLETE_EXPIRED"_L1;
}

bool isActive(const Instance &instance)
{
    return instance.billingStatus == "ACTIVE"_L1;
}

// Why one instance cannot have its subscription canceled; empty when it can.
QString whyNotCancelable(const Instance &instance, const QDateTime &now)
{
    if (isCanceled(instance))
        return tr("“%1” is already canceled.").arg(instance.name);
    if (hasPendingCancel(instance, now))
        return tr("“%1” is already set to cancel on %2.")
            .arg(instance.name, format::exactTime(instance.cancelAt));
    return {};
}

Availability forOne(InstanceAction action, const Instance &instance, const QDateTime &now)
{
    switch (action) {
    case InstanceAction::Subscribe:
    case InstanceAction::OpenCheckout:
    case InstanceAction::CopyCheckoutLink:
        if (isActive(instance))
            return no(hasPendingCancel(instance, now)
                          ? tr("“%1” is subscribed until its cancellation; resume it instead.")
                                .arg(instance.name)
                          : tr("“%1” already has an active subscription.").arg(instance.name));
        return yes();
    case InstanceAction::ResumeSubscription:
        if (!hasPendingCancel(instance, now))
            return no(tr("“%1” has no scheduled cancellation to undo.").arg(instance.name));
        return yes();
    case InstanceAction::PairSession:
        if (instance.connected == true)
            return no(tr("“%1” is connected to WhatsApp already.").arg(instance.name));
        if (!canBePaired(instance))
            return no(
                tr("“%1” is canceled or expired, so it cannot be paired.").arg(instance.name));
        return yes();
    case InstanceAction::DisconnectSession:
        if (instance.connected != true)
            return no(tr("“%1” is not connected to WhatsApp.").arg(instance.name));
        return yes();
    case InstanceAction::CancelSubscription: {
        const QString reason = whyNotCancelable(instance, now);
        return reason.isEmpty() ? yes() : no(reason);
    }
    case InstanceAction::Create:
    case InstanceAction::Edit:
    case InstanceAction::Restart:
    case InstanceAction::Delete:
        return yes();
    }
    return yes();
}

} // namespace

bool worksOnSeveral(InstanceAction action)
{
    return action == InstanceAction::Restart || action == InstanceAction::Delete ||
           action == InstanceAction::CancelSubscription;
}

BatchPlan planBatch(InstanceAction action, const QList<Instance> &selection, const QDateTime &now)
{
    BatchPlan plan;
    for (const Instance &instance : selection) {
        const Availability one = forOne(action, instance, now);
        if (one.enabled)
            plan.included.append(instance);
        else
            plan.skipped.append({instance, one.reason});
    }
    return plan;
}

Availability availability(InstanceAction action, const QList<Instance> &selection,
                          const QDateTime &now)
{
    if (action == InstanceAction::Create)
        return yes();
    if (selection.isEmpty())
        return no(tr("Select an instance first."));
    if (selection.size() > 1 && !worksOnSeveral(action))
        return no(tr("Works on one instance at a time; %n are selected.", nullptr,
                     int(selection.size())));
    if (selection.size() == 1)
        return forOne(action, selection.first(), now);

    const BatchPlan plan = planBatch(action, selection, now);
    if (plan.included.isEmpty()) {
        const QString first = plan.skipped.first().reason;
        return no(tr("None of the %1 selected instances can take this action. %2")
                      .arg(QString::number(selection.size()), first));
    }
    return yes();
}

bool canBePaired(const Instance &instance)
{
    return !isCanceled(instance);
}

} // namespace vzaps
