#include "tests/support/FakeVzaps.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace vzaps::test::fake {

using namespace Qt::StringLiterals;

QJsonObject tokenReply()
{
    return {{u"access_token"_s, kJwt}, {u"expires_in"_s, 3600}};
}

QJsonObject instance(const QString &id, const QString &name, int row)
{
    return {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"token"_s, kServerInstanceToken},
        {u"url"_s, u"https://app.vzaps.com/instances/"_s + id},
        {u"webhook"_s, u"https://hooks.example.com/vzaps"_s},
        {u"events_subscribe"_s, u"Message,Connected"_s},
        {u"reject_calls"_s, false},
        {u"auto_read_messages"_s, row % 2 == 0},
        {u"connected"_s, row % 2 == 0},
        {u"status"_s, u"RUNNING"_s},
        {u"billing_status"_s, row % 3 == 0 ? u"TRIALING"_s : u"ACTIVE"_s},
        {u"created_at"_s, u"2026-11-0%1T10:20:30Z"_s.arg(row + 1)},
        {u"updated_at"_s, u"2026-11-20T08:00:00Z"_s},
        {u"cancel_at"_s, QJsonValue::Null},
        {u"labels"_s, QJsonObject{{u"team"_s, u"support"_s}}},
        {u"x_unknown_field"_s, u"kept"_s},
    };
}

QJsonObject page()
{
    return {
        {u"page"_s, 1},
        {u"size"_s, 20},
        {u"total"_s, 45},
        {u"total_pages"_s, 3},
        {u"content"_s,
         QJsonArray{instance(u"VZ1111AAAA2222BBBB3333CCCC44"_s, u"Acme Support"_s, 0),
                    instance(u"VZ5555DDDD6666EEEE7777FFFF88"_s, u"Beta Sales Line"_s, 1),
                    instance(u"VZ9999GGGG0000HHHH1111JJJJ22"_s, u"Gamma Billing"_s, 2)}},
        {u"summary"_s, QJsonObject{{u"connected"_s, 12}, {u"trialing"_s, 7}}},
    };
}

QJsonObject envelope(const QJsonValue &data)
{
    return {{u"code"_s, 200}, {u"success"_s, true}, {u"data"_s, data}};
}

CannedResponse respond(const RecordedRequest &request)
{
    const QString path = QString::fromUtf8(request.path);
    const QByteArray &method = request.method;
    static const QRegularExpression instanceRoute(u"^/instances/([^/?]+)(/.*)?$"_s);

    if (method == "POST" && path == "/token"_L1)
        return CannedResponse::json(200, tokenReply());
    if (method == "POST" && path == "/instances/list"_L1)
        return CannedResponse::json(200, page());
    if (method == "POST" && path == "/instances/get"_L1) {
        const QString id = request.json().object().value("id"_L1).toString();
        return CannedResponse::json(200, instance(id, u"Acme Support"_s));
    }
    if (method == "PUT" && path == "/instances/create"_L1) {
        const QString name = request.json().object().value("name"_L1).toString();
        return CannedResponse::json(201, instance(kInstanceId, name));
    }
    const QRegularExpressionMatch match = instanceRoute.match(path);
    if (match.hasMatch()) {
        const QString id = QUrl::fromPercentEncoding(match.captured(1).toUtf8());
        const QString rest = match.captured(2);
        if (method == "PATCH" && rest.isEmpty())
            return CannedResponse::json(200, instance(id, u"Renamed"_s));
        if (method == "DELETE" && rest.isEmpty())
            return CannedResponse::noContent();
        if (method == "POST" && rest == "/restart"_L1)
            return CannedResponse::json(
                200, QJsonObject{{u"instance_id"_s, id}, {u"status"_s, u"RESTARTING"_s}});
        if (method == "POST" && rest == "/subscribe"_L1)
            return CannedResponse::json(
                200, QJsonObject{{u"mode"_s, u"checkout"_s},
                                 {u"url"_s, u"https://checkout.example.com/cs_test_1"_s},
                                 {u"session_id"_s, u"cs_test_1"_s}});
        if (method == "POST" && rest == "/resume-subscription"_L1)
            return CannedResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}});
        if (method == "PUT" && rest == "/cancel"_L1)
            return CannedResponse::json(200,
                                        QJsonObject{{u"message"_s, u"Subscription cancelled."_s}});
        if (method == "GET" && rest == "/session/status"_L1)
            return CannedResponse::json(200, envelope(QJsonObject{{u"connected"_s, true},
                                                                  {u"phone"_s, u"5511912345678"_s},
                                                                  {u"push_name"_s, u"Acme"_s}}));
        if (method == "GET" && rest == "/session/qr"_L1)
            return CannedResponse::json(
                200,
                envelope(QJsonObject{{u"qr_code"_s, u"data:image/png;base64,iVBORw0KGgo="_s}}));
        if (method == "GET" && rest.startsWith("/session/paircode/"_L1))
            return CannedResponse::json(200,
                                        envelope(QJsonObject{{u"linking_code"_s, u"ABCD-EFGH"_s}}));
        if (method == "POST" && rest == "/session/disconnect"_L1)
            return CannedResponse::json(
                200,
                envelope(QJsonObject{{u"instance_id"_s, id}, {u"status"_s, u"DISCONNECTED"_s}}));
    }
    // Anything else: echo what arrived.
    return CannedResponse::json(200, QJsonObject{{u"method"_s, QString::fromLatin1(method)},
                                                 {u"path"_s, path},
                                                 {u"body"_s, request.json().object()}});
}

QList<RecordedRequest> apiRequests(const TestHttpServer &server)
{
    QList<RecordedRequest> result;
    const QList<RecordedRequest> all = server.requests();
    for (const RecordedRequest &request : all) {
        if (!(request.method == "POST" && request.path == "/token"))
            result.append(request);
    }
    return result;
}

} // namespace vzaps::test::fake
