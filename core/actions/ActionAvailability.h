#pragma once

#include "core/types/Instance.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vzaps {

// The actions a user can take on instances from the window.
enum class InstanceAction {
    Create,
    Edit,
    Restart,
    Delete,
    Subscribe,
    OpenCheckout,
    CopyCheckoutLink,
    ResumeSubscription,
    CancelSubscription,
    PairSession, // shows the detail panel's pairing view; sends nothing by itself
    DisconnectSession,
};

// Whether an action makes sense for a selection, and if not, the sentence saying why
// (shown as the disabled action's tooltip).
struct Availability {
    bool enabled = false;
    QString reason;
};

// Restart, Delete and Cancel subscription also work on several instances at once.
bool worksOnSeveral(InstanceAction action);

// One instance a batch leaves out, and the sentence saying why (the single-instance rule).
struct SkippedInstance {
    Instance instance;
    QString reason;
};

// How a batch of `action` splits a selection: the instances it applies to, in the
// selection's order, and the ones it leaves out. A mixed selection runs on the first and
// lists the second; a batch never sends a request that is bound to fail.
struct BatchPlan {
    QList<Instance> included;
    QList<SkippedInstance> skipped;
};
BatchPlan planBatch(InstanceAction action, const QList<Instance> &selection,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

// Pure: decides from the selected instances' fields alone (billing_status, cancel_at,
// connected), so the rules are tested without a window. `now` decides whether a
// cancel_at is still pending. A bulk action is available while its batch includes at
// least one of the selected instances (planBatch()).
Availability availability(InstanceAction action, const QList<Instance> &selection,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

// Whether WhatsApp can be paired to `instance` at all: not when its subscription is canceled,
// or never started and expired (it has no number to pair). Pair WhatsApp also needs it not
// connected already.
bool canBePaired(const Instance &instance);

} // namespace vzaps
