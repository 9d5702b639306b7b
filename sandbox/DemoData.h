#pragma once

#include "sandbox/state/InstanceRecord.h"

#include <QList>

namespace vzsandbox {

// The 24 instances a fresh sandbox starts with: varied names, every billing state of
// docs/api-contract.md §5, some connected, some with webhooks, one ACTIVE with a pending cancel.
QList<InstanceRecord> demoInstances(qint64 nowMs);

// `count` generated instances for load tests (--seed, POST /_sandbox/seed).
QList<InstanceRecord> generatedInstances(int count, qint64 nowMs);

} // namespace vzsandbox
