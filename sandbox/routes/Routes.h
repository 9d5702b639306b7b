#pragma once

namespace vzsandbox {

class Router;
struct SandboxContext;

// Every route of the sandbox: /token, instances, billing, session and /_sandbox/ control.
void registerRoutes(Router &router, SandboxContext &context);

} // namespace vzsandbox
