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

// Pure: decides from the selected instances' fields alone (billing_status, cancel_at,
// connected), so the rules are tested without a window. `now` decides whether a
// cancel_at is still pending.
Availability availability(InstanceAction action, const QList<Instance> &selection,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace vzaps
