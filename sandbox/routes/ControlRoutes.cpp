#include "sandbox/routes/ControlRoutes.h"

#include "sandbox/DemoData.h"
#include "sandbox/Ids.h"
#include "sandbox/routes/EventHub.h"
#include "sandbox/routes/FieldReader.h"
#include "sandbox/routes/RouteHelpers.h"
#include "sandbox/routes/Router.h"
#include "sandbox/routes/SandboxContext.h"
#include "sandbox/routes/SessionRoutes.h"

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

constexpr int kMaxSeed = 100000;

// Statuses the HTTP layer has a reason phrase for (fail-next may inject only these).
bool isInjectableStatus(qint64 status)
{
    return (status >= 400 && status <= 418) || (status >= 421 && status <= 424) || status == 426 ||
           status == 428 || status == 429 || status == 431 || status == 451 ||
           (status >= 500 && status <= 508) || status == 510 || status == 511;
}

std::optional<qint64> readRange(FieldReader &reader, const QString &key, qint64 min, qint64 max)
{
    const auto value = reader.integer(key);
    if (value && (*value < min || *value > max)) {
        reader.invalid(key, u"'%1' must be between %2 and %3."_s.arg(key, QString::number(min),
                                                                     QString::number(max)));
        return std::nullopt;
    }
    return value;
}

QJsonObject configJson(SandboxContext &context)
{
    return {
        {u"latency_ms"_s, context.faults.latencyMs},
        {u"failure_rate"_s, context.faults.failureRate},
        {u"rate_limit_per_minute"_s, context.faults.rateLimitPerMinute},
        {u"card_on_file"_s, context.cardOnFile()},
        {u"pair_after_polls"_s, context.pairAfterPolls},
        {u"status_filter_keys"_s, context.statusFilterKeys},
        {u"restart_ms"_s, context.restartMs},
        {u"fail_next"_s, context.faults.rulesJson()},
        {u"instance_count"_s, context.store.count()},
    };
}

Response setConfig(SandboxContext &context, const Request &request)
{
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    const auto latency = readRange(reader, u"latency_ms"_s, 0, 60000);
    const auto failureRate = reader.number(u"failure_rate"_s);
    if (failureRate && (*failureRate < 0.0 || *failureRate > 1.0))
        reader.invalid(u"failure_rate"_s, u"'failure_rate' must be between 0 and 1."_s);
    const auto rateLimit = readRange(reader, u"rate_limit_per_minute"_s, 0, 1000000);
    const auto cardOnFile = reader.boolean(u"card_on_file"_s);
    const auto pairAfter = readRange(reader, u"pair_after_polls"_s, 0, 1000);
    const auto statusFilterKeys = reader.boolean(u"status_filter_keys"_s);
    const auto restartMs = readRange(reader, u"restart_ms"_s, 0, 600000);
    if (!reader.ok())
        return reader.error();

    if (latency)
        context.faults.latencyMs = int(*latency);
    if (failureRate)
        context.faults.failureRate = *failureRate;
    if (rateLimit)
        context.faults.rateLimitPerMinute = int(*rateLimit);
    if (cardOnFile && !context.setCardOnFile(*cardOnFile))
        return storageError(context.store.lastError());
    if (pairAfter)
        context.pairAfterPolls = int(*pairAfter);
    if (statusFilterKeys)
        context.statusFilterKeys = *statusFilterKeys;
    if (restartMs)
        context.restartMs = int(*restartMs);
    return Response::json(configJson(context));
}

Response failNext(SandboxContext &context, const Request &request)
{
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    FailRule rule;
    const auto status = reader.integer(u"status"_s);
    if (reader.ok() && !status)
        reader.missing(u"status"_s);
    else if (status && !isInjectableStatus(*status))
        reader.invalid(u"status"_s, u"'status' must be an HTTP error status (400–511)."_s);
    rule.remaining = int(readRange(reader, u"count"_s, 1, 1000).value_or(1));
    rule.pathPrefix = reader.string(u"path_prefix"_s).value_or(QString());
    if (!rule.pathPrefix.isEmpty() && !rule.pathPrefix.startsWith(u'/'))
        reader.invalid(u"path_prefix"_s, u"'path_prefix' must start with '/'."_s);
    rule.method = reader.string(u"method"_s).value_or(QString()).toUpper().toLatin1();
    if (!rule.method.isEmpty() &&
        !QList<QByteArray>{"GET", "POST", "PUT", "PATCH", "DELETE"}.contains(rule.method))
        reader.invalid(u"method"_s, u"'method' must be GET, POST, PUT, PATCH or DELETE."_s);
    rule.code = reader.string(u"code"_s).value_or(QString());
    rule.message = reader.string(u"message"_s).value_or(QString());
    rule.retryAfterSeconds = int(readRange(reader, u"retry_after"_s, 0, 86400).value_or(0));
    if (!reader.ok())
        return reader.error();
    rule.status = int(*status);
    context.faults.addRule(rule);
    return Response::json(configJson(context));
}

Response seed(SandboxContext &context, const Request &request)
{
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    const auto count = readRange(reader, u"count"_s, 1, kMaxSeed);
    if (reader.ok() && !count)
        reader.missing(u"count"_s);
    if (!reader.ok())
        return reader.error();
    if (!context.store.insertMany(generatedInstances(int(*count), ids::nowMs())))
        return storageError(context.store.lastError());
    return Response::json({{u"created"_s, *count}, {u"total"_s, context.store.count()}});
}

Response pair(SandboxContext &context, const Request &request, const QString &id)
{
    auto record = context.store.find(id);
    if (!record)
        return instanceNotFound(id);
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    const QString phoneText = reader.string(u"phone"_s).value_or(QString());
    const QString pushName = reader.string(u"push_name"_s).value_or(QString()).trimmed();
    const QString phone = normalizedPhone(phoneText);
    if (reader.ok() && !phoneText.isEmpty() && phone.isEmpty())
        reader.invalid(u"phone"_s, u"'phone' must have 8 to 15 digits, country code first."_s);
    if (reader.ok() && pushName.size() > 100)
        reader.invalid(u"push_name"_s, u"'push_name' must be at most 100 characters."_s);
    if (!reader.ok())
        return reader.error();
    pairInstance(*record, phone.isEmpty() ? record->pendingPhone : phone, pushName);
    if (!context.store.update(*record))
        return storageError(context.store.lastError());
    publishConnected(context, *record);
    return Response::json(record->toJson());
}

Response injectEvent(SandboxContext &context, const Request &request, const QString &id)
{
    if (!context.store.find(id))
        return instanceNotFound(id);
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    const auto type = reader.string(u"type"_s);
    const auto data = reader.object(u"data"_s);
    if (reader.ok() && (!type || !eventNames().contains(*type) || *type == u"All"_s)) {
        reader.invalid(u"type"_s,
                       u"'type' must be an event name of docs/api-contract.md §5 other than "
                       "All: %1."_s.arg(eventNames().mid(1).join(u", "_s)));
    }
    if (!reader.ok())
        return reader.error();
    if (!context.events || !context.events->publish(id, *type, data.value_or(QJsonObject())))
        return storageError(context.store.lastError());
    return Response::json({{u"status"_s, u"ok"_s}});
}

// Drops or freezes the instance's realtime sockets, for tests of how a client recovers.
Response touchSockets(SandboxContext &context, const QString &id, bool freeze)
{
    if (!context.store.find(id))
        return instanceNotFound(id);
    const int sockets = !context.events ? 0
                        : freeze        ? context.events->freezeSockets(id)
                                        : context.events->dropSockets(id);
    return Response::json({{u"sockets"_s, sockets}});
}

Response setBilling(SandboxContext &context, const Request &request, const QString &id)
{
    auto record = context.store.find(id);
    if (!record)
        return instanceNotFound(id);
    QJsonObject body;
    if (auto problem = parseJsonObject(request.body, &body))
        return *problem;
    FieldReader reader(body);
    const auto status = reader.string(u"billing_status"_s);
    if (status && !billingStatuses().contains(*status)) {
        reader.invalid(u"billing_status"_s, u"'billing_status' must be one of %1."_s.arg(
                                                billingStatuses().join(u", "_s)));
    }
    // A time field may be an ISO-8601 string, or null to clear it.
    const auto readTime = [&reader, &body](const QString &key, qint64 *target) {
        if (!body.contains(key) || !reader.ok())
            return;
        if (body.value(key).isNull()) {
            *target = 0;
            return;
        }
        const auto text = reader.string(key);
        const qint64 ms = text ? ids::parseIso(*text) : 0;
        if (reader.ok() && ms == 0)
            reader.invalid(key, u"'%1' must be an ISO-8601 time or null."_s.arg(key));
        else
            *target = ms;
    };
    qint64 cancelAt = record->cancelAt;
    qint64 expiredAt = record->expiredAt;
    readTime(u"cancel_at"_s, &cancelAt);
    readTime(u"expired_at"_s, &expiredAt);
    if (!reader.ok())
        return reader.error();
    if (status)
        record->billingStatus = *status;
    record->cancelAt = cancelAt;
    record->expiredAt = expiredAt;
    record->updatedAt = ids::nowMs();
    if (!context.store.update(*record))
        return storageError(context.store.lastError());
    return Response::json(record->toJson());
}

} // namespace

void registerControlRoutes(Router &router, SandboxContext &context)
{
    SandboxContext *c = &context;
    const auto auth = RouteAuth::Account;
    const auto kind = RouteKind::Control;
    router.add("GET"_ba, u"/_sandbox/config"_s, auth, kind,
               [c](const Request &, const PathParams &) { return Response::json(configJson(*c)); });
    router.add("POST"_ba, u"/_sandbox/config"_s, auth, kind,
               [c](const Request &r, const PathParams &) { return setConfig(*c, r); });
    router.add("POST"_ba, u"/_sandbox/fail-next"_s, auth, kind,
               [c](const Request &r, const PathParams &) { return failNext(*c, r); });
    router.add("POST"_ba, u"/_sandbox/reset-faults"_s, auth, kind,
               [c](const Request &, const PathParams &) {
                   c->faults.clear();
                   return Response::json(configJson(*c));
               });
    router.add("POST"_ba, u"/_sandbox/expire-tokens"_s, auth, kind,
               [c](const Request &, const PathParams &) {
                   c->auth.expireAllTokens();
                   return Response::json({{u"status"_s, u"ok"_s}});
               });
    router.add("POST"_ba, u"/_sandbox/seed"_s, auth, kind,
               [c](const Request &r, const PathParams &) { return seed(*c, r); });
    router.add("POST"_ba, u"/_sandbox/instances/{id}/pair"_s, auth, kind,
               [c](const Request &r, const PathParams &p) { return pair(*c, r, p[0]); });
    router.add("POST"_ba, u"/_sandbox/instances/{id}/events"_s, auth, kind,
               [c](const Request &r, const PathParams &p) { return injectEvent(*c, r, p[0]); });
    router.add("POST"_ba, u"/_sandbox/instances/{id}/realtime/drop"_s, auth, kind,
               [c](const Request &, const PathParams &p) { return touchSockets(*c, p[0], false); });
    router.add("POST"_ba, u"/_sandbox/instances/{id}/realtime/freeze"_s, auth, kind,
               [c](const Request &, const PathParams &p) { return touchSockets(*c, p[0], true); });
    router.add("POST"_ba, u"/_sandbox/instances/{id}/billing"_s, auth, kind,
               [c](const Request &r, const PathParams &p) { return setBilling(*c, r, p[0]); });
}

} // namespace vzsandbox
