#pragma once

#include "sandbox/http/HttpFrontend.h"
#include "sandbox/routes/Router.h"
#include "sandbox/routes/SandboxContext.h"

#include <QObject>
#include <functional>

namespace vzsandbox {

// Takes each request through the pipeline: size limit, routing (404/405), injected faults
// and latency (API routes only), authentication, the handler, the reply and the log line.
class Dispatcher : public QObject
{
public:
    Dispatcher(Router &router, SandboxContext &context, QObject *parent = nullptr);

    void dispatch(Request request, std::shared_ptr<PendingReply> reply);

    // Called once per answered request with a log line (no secrets, no tokens).
    std::function<void(const QString &)> logLine;

private:
    Response run(const Route &route, const Request &request, const PathParams &params);
    void finish(const Request &request, PendingReply &reply, const Response &response);

    Router &m_router;
    SandboxContext &m_context;
};

} // namespace vzsandbox
