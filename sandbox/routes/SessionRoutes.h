#pragma once

#include <QString>

namespace vzsandbox {

class Router;
struct SandboxContext;
struct InstanceRecord;

// docs/api-contract.md §3: session status, QR, pairing code, disconnect (all enveloped).
void registerSessionRoutes(Router &router, SandboxContext &context);

// Marks the instance paired with a phone; empty arguments get believable defaults.
void pairInstance(InstanceRecord &record, const QString &phone, const QString &pushName);

// Tells realtime subscribers the instance is now paired (a Connected event).
void publishConnected(SandboxContext &context, const InstanceRecord &record);

// Keeps the digits of a phone number; empty when it is not 8–15 digits long.
QString normalizedPhone(const QString &text);

} // namespace vzsandbox
