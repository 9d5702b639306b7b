#include "sandbox/routes/Dispatcher.h"

#include "sandbox/Ids.h"

#include <QTimer>
#include <exception>

using namespace Qt::StringLiterals;

namespace vzsandbox {

Dispatcher::Dispatcher(Router &router, SandboxContext &context, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_context(context)
{}

void Dispatcher::dispatch(Request request, std::shared_ptr<PendingReply> reply)
{
    request.requestId = ids::requestId();
    // The front end has refused bodies over 1 MiB and heads over 64 KiB already.

    const Router::Match match = m_router.match(request.method, request.segments);
    if (!match.route) {
        if (match.allowedMethods.isEmpty()) {
            finish(request, *reply,
                   Response::error(404, u"not_found"_s,
                                   u"No such route: %1 %2"_s.arg(
                                       QString::fromLatin1(request.method), request.path)));
        } else {
            finish(request, *reply,
                   Response::error(405, u"method_not_allowed"_s,
                                   u"%1 is not allowed on %2; use %3."_s.arg(
                                       QString::fromLatin1(request.method), request.path,
                                       QString::fromLatin1(match.allowedMethods.join(", "))))
                       .withHeader("Allow"_ba, match.allowedMethods.join(", ")));
        }
        return;
    }

    const Route *route = match.route;
    if (route->kind != RouteKind::Api) {
        finish(request, *reply, run(*route, request, match.params));
        return;
    }

    std::optional<Response> fault = m_context.faults.check(request);
    const int latency = m_context.faults.latencyMs;
    auto respond = [this, route, request, params = match.params, reply, fault]() {
        finish(request, *reply, fault ? *fault : run(*route, request, params));
    };
    if (latency > 0)
        QTimer::singleShot(latency, this, respond); // other requests go on meanwhile
    else
        respond();
}

Response Dispatcher::run(const Route &route, const Request &request, const PathParams &params)
{
    try {
        if (route.auth != RouteAuth::None) {
            const bool instanceScoped = route.auth == RouteAuth::AccountOrInstanceToken;
            QString instanceToken;
            if (instanceScoped && request.header("authorization"_ba).isEmpty() &&
                !params.isEmpty()) {
                if (const auto instance = m_context.store.find(params.first()))
                    instanceToken = instance->token;
            }
            const auto problem = m_context.auth.authorize(
                request,
                instanceScoped ? Auth::Scope::AccountOrInstanceToken : Auth::Scope::AccountOnly,
                instanceToken);
            if (problem)
                return *problem;
        }
        return route.handler(request, params);
    } catch (const std::exception &e) {
        return Response::error(500, u"internal_error"_s,
                               u"Unexpected sandbox error: %1"_s.arg(QString::fromUtf8(e.what())));
    }
}

void Dispatcher::finish(const Request &request, PendingReply &reply, const Response &response)
{
    const bool delivered = reply.send(response, request.requestId);
    if (logLine) {
        // The path is the client's: its control characters must not forge log lines.
        logLine(u"%1 %2 %3 %4 ms%5"_s.arg(printable(QString::fromLatin1(request.method)),
                                          printable(request.path), QString::number(response.status),
                                          QString::number(reply.elapsedMsPrecise(), 'f', 1),
                                          delivered ? QString() : u" (client gone)"_s));
    }
}

} // namespace vzsandbox
