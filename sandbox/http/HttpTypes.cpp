#include "sandbox/http/HttpTypes.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vzsandbox {

Response Response::json(const QJsonObject &object, int status)
{
    Response response;
    response.status = status;
    response.contentType = "application/json"_ba;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

Response Response::enveloped(const QJsonObject &data, int status)
{
    return json(QJsonObject{{u"code"_s, status}, {u"success"_s, true}, {u"data"_s, data}}, status);
}

Response Response::error(int status, const QString &code, const QString &message,
                         const QString &details)
{
    QJsonObject body{{u"success"_s, false}, {u"code"_s, code}, {u"message"_s, message}};
    if (!details.isEmpty())
        body.insert(u"details"_s, details);
    return json(body, status);
}

Response Response::noContent()
{
    Response response;
    response.status = 204;
    return response;
}

Response Response::html(const QString &document, int status)
{
    Response response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8"_ba;
    response.body = document.toUtf8();
    return response;
}

Response Response::seeOther(const QByteArray &location)
{
    Response response;
    response.status = 303;
    response.contentType = "text/plain; charset=utf-8"_ba;
    response.body = "See " + location;
    response.headers.append({"Location"_ba, location});
    return response;
}

} // namespace vzsandbox
