#include "Routes.h"

#include "BillingRoutes.h"
#include "ControlRoutes.h"
#include "InstanceRoutes.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SessionRoutes.h"

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
