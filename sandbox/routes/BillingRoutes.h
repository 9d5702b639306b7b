#pragma once

namespace vzsandbox {

class Router;
struct SandboxContext;

// docs/api-contract.md §2 subscribe / resume-subscription / cancel and the §6 billing state
// machine, plus the checkout pages under /_sandbox/checkout/{session_id}.
void registerBillingRoutes(Router &router, SandboxContext &context);

} // namespace vzsandbox
