#pragma once

#include "sandbox/http/HttpTypes.h"

#include <QList>
#include <functional>

namespace vzsandbox {

// Path parameters in pattern order, e.g. {id} then {phone}.
using PathParams = QStringList;
using Handler = std::function<Response(const Request &, const PathParams &)>;

enum class RouteAuth { None, Account, AccountOrInstanceToken };
// Api routes get fault injection (latency, failures, rate limit); the control surface and the
// checkout pages never do, so a test can always switch faults off again.
enum class RouteKind { Api, Control, Page };

struct Route {
    QByteArray method;
    QStringList pattern; // literal segments, or "{name}" for a parameter
    RouteAuth auth = RouteAuth::Account;
    RouteKind kind = RouteKind::Api;
    Handler handler;
};

// Method + path matching with the rule that literal segments beat parameters: PATCH
// /instances/create is a 405 on the create route, not an update of an instance "create".
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, RouteAuth auth, RouteKind kind,
             Handler handler);

    struct Match {
        const Route *route = nullptr; // null: see allowedMethods
        PathParams params;
        QList<QByteArray> allowedMethods; // empty and no route: unknown path (404)
    };
    Match match(const QByteArray &method, const QStringList &segments) const;

private:
    QList<Route> m_routes;
};

} // namespace vzsandbox
