#pragma once

namespace vzsandbox {

class Router;
struct SandboxContext;

// The sandbox-only control surface under /_sandbox/ (docs/api-contract.md §6), same auth as the
// API:
//   GET  /_sandbox/config                 current knobs
//   POST /_sandbox/config                 {latency_ms, failure_rate, rate_limit_per_minute,
//                                          card_on_file, pair_after_polls, restart_ms} (any subset)
//   POST /_sandbox/fail-next              {status, count, path_prefix, method, code, message,
//                                          retry_after}
//   POST /_sandbox/reset-faults           latency, failure rate, rate limit, fail-next off
//   POST /_sandbox/expire-tokens          every issued access token stops working
//   POST /_sandbox/seed                   {count} generated instances
//   POST /_sandbox/instances/{id}/pair    {phone, push_name}
//   POST /_sandbox/instances/{id}/billing {billing_status, cancel_at, expired_at}
//   POST /_sandbox/instances/{id}/events  {type, data} sent to /events/ws subscribers
void registerControlRoutes(Router &router, SandboxContext &context);

} // namespace vzsandbox
