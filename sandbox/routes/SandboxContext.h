#pragma once

#include "sandbox/routes/Auth.h"
#include "sandbox/routes/FaultInjector.h"
#include "sandbox/state/StateStore.h"

#include <QString>

namespace vzsandbox {

// What the route handlers share: the state, the account, the injected faults and the
// sandbox-only knobs of the control surface.
class EventHub;

struct SandboxContext {
    SandboxContext()
        : auth(store)
    {}

    StateStore store;
    Auth auth;
    FaultInjector faults;
    QString baseUrl;        // e.g. http://127.0.0.1:8731, for checkout page links
    int pairAfterPolls = 3; // QR polls until an instance pairs by itself (0: never)
    // filter.connected and filter.billing_status are honoured; off: ignored, as
    // api.vzaps.com does today.
    bool statusFilterKeys = true;
    int restartMs = 1500;       // how long RESTARTING lasts
    EventHub *events = nullptr; // realtime subscribers (§3); set while the server runs

    bool cardOnFile() const { return store.meta(QStringLiteral("card_on_file")) == u'1'; }
    bool setCardOnFile(bool on)
    {
        return store.setMeta(QStringLiteral("card_on_file"),
                             on ? QStringLiteral("1") : QStringLiteral("0"));
    }
};

} // namespace vzsandbox
