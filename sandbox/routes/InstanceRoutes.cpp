#include "sandbox/routes/InstanceRoutes.h"

#include "sandbox/Ids.h"
#include "sandbox/routes/InstanceInput.h"
#include "sandbox/routes/ListRequest.h"
#include "sandbox/routes/RouteHelpers.h"
#include "sandbox/routes/Router.h"
#include "sandbox/routes/SandboxContext.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

constexpr qint64 kTrialMs = 14LL * 24 * 3600 * 1000;

Response createInstance(SandboxContext &context, const Request &request)
{
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    const InstanceInput input = InstanceInput::read(reader, true);
    if (!reader.ok())
        return reader.error();

    InstanceRecord record;
    record.id = ids::instanceId();
    record.token = ids::instanceToken();
    record.createdAt = record.updatedAt = ids::nowMs();
    record.expiredAt = record.createdAt + kTrialMs; // the trial's end
    input.applyTo(record);
    if (!context.store.insert(record))
        return storageError(context.store.lastError());
    return Response::json(record.toJson(), 201);
}

Response listInstances(SandboxContext &context, const Request &request)
{
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    ListQuery query = readListRequest(reader);
    if (!reader.ok())
        return reader.error();
    if (!context.statusFilterKeys) {
        query.connected.reset();
        query.billing.clear();
    }

    const ListResult result = context.store.list(query);
    const qint64 totalPages = (result.total + query.size - 1) / query.size;
    // The page is written as text directly: building QJsonObjects for 100 rows would cost
    // more than the query (see bench/sandbox).
    QByteArray page;
    page.reserve(256 + result.rows.size() * 900);
    page += "{\"page\":" + QByteArray::number(query.page) +
            ",\"size\":" + QByteArray::number(query.size) +
            ",\"total\":" + QByteArray::number(result.total) +
            ",\"total_pages\":" + QByteArray::number(totalPages) +
            ",\"summary\":" + QJsonDocument(result.summary).toJson(QJsonDocument::Compact) +
            ",\"content\":[";
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        if (i > 0)
            page += ',';
        result.rows.at(i).writeJson(page);
    }
    page += "]}";
    Response response;
    response.contentType = "application/json"_ba;
    response.body = page;
    return response;
}

Response getInstance(SandboxContext &context, const Request &request)
{
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    const auto id = reader.string(u"id"_s);
    if (reader.ok() && (!id || id->isEmpty()))
        reader.missing(u"id"_s);
    if (!reader.ok())
        return reader.error();
    const auto record = context.store.find(*id);
    return record ? Response::json(record->toJson()) : instanceNotFound(*id);
}

Response updateInstance(SandboxContext &context, const Request &request, const QString &id)
{
    auto record = context.store.find(id);
    if (!record)
        return instanceNotFound(id);
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    const InstanceInput input = InstanceInput::read(reader, false);
    if (!reader.ok())
        return reader.error();
    input.applyTo(*record);
    record->updatedAt = ids::nowMs();
    if (!context.store.update(*record))
        return storageError(context.store.lastError());
    return Response::json(record->toJson());
}

Response deleteInstance(SandboxContext &context, const QString &id)
{
    if (!context.store.find(id))
        return instanceNotFound(id);
    if (!context.store.remove(id))
        return storageError(context.store.lastError());
    return Response::noContent();
}

Response restartInstance(SandboxContext &context, const QString &id)
{
    auto record = context.store.find(id);
    if (!record)
        return instanceNotFound(id);
    const qint64 now = ids::nowMs();
    record->status = u"RESTARTING"_s;
    record->restartUntil = now + context.restartMs;
    record->updatedAt = now;
    if (!context.store.update(*record))
        return storageError(context.store.lastError());
    return Response::json({
        {u"instance_id"_s, id},
        {u"status"_s, u"RESTARTING"_s},
        {u"details"_s, u"Instance is restarting; it will be RUNNING again in about %1 s."_s.arg(
                           double(context.restartMs) / 1000.0, 0, 'f', 1)},
    });
}

} // namespace

void registerInstanceRoutes(Router &router, SandboxContext &context)
{
    SandboxContext *c = &context;
    router.add("PUT"_ba, u"/instances/create"_s, RouteAuth::Account, RouteKind::Api,
               [c](const Request &r, const PathParams &) { return createInstance(*c, r); });
    router.add("POST"_ba, u"/instances/list"_s, RouteAuth::Account, RouteKind::Api,
               [c](const Request &r, const PathParams &) { return listInstances(*c, r); });
    router.add("POST"_ba, u"/instances/get"_s, RouteAuth::Account, RouteKind::Api,
               [c](const Request &r, const PathParams &) { return getInstance(*c, r); });
    router.add("PATCH"_ba, u"/instances/{id}"_s, RouteAuth::AccountOrInstanceToken, RouteKind::Api,
               [c](const Request &r, const PathParams &p) { return updateInstance(*c, r, p[0]); });
    router.add("DELETE"_ba, u"/instances/{id}"_s, RouteAuth::AccountOrInstanceToken, RouteKind::Api,
               [c](const Request &, const PathParams &p) { return deleteInstance(*c, p[0]); });
    router.add("POST"_ba, u"/instances/{id}/restart"_s, RouteAuth::AccountOrInstanceToken,
               RouteKind::Api,
               [c](const Request &, const PathParams &p) { return restartInstance(*c, p[0]); });
}

} // namespace vzsandbox
