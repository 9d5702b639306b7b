#pragma once

namespace vzsandbox {

class Router;
struct SandboxContext;

// docs/api-contract.md §2: create, list, get, update, delete, restart.
void registerInstanceRoutes(Router &router, SandboxContext &context);

} // namespace vzsandbox
