#include "sandbox/routes/Routes.h"

#include "sandbox/routes/BillingRoutes.h"
#include "sandbox/routes/ControlRoutes.h"
#include "sandbox/routes/InstanceRoutes.h"
#include "sandbox/routes/Router.h"
#include "sandbox/routes/SandboxContext.h"
#include "sandbox/routes/SessionRoutes.h"

using namespace Qt::StringLiterals;

namespace vzsandbox {

void registerRoutes(Router &router, SandboxContext &context)
{
    router.add(
        "POST"_ba, u"/token"_s, RouteAuth::None, RouteKind::Api,
        [c = &context](const Request &r, const PathParams &) { return c->auth.issueToken(r); });
    registerInstanceRoutes(router, context);
    registerBillingRoutes(router, context);
    registerSessionRoutes(router, context);
    registerControlRoutes(router, context);
}

} // namespace vzsandbox
