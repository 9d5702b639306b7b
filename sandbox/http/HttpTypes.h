#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace vzsandbox {

// One parsed HTTP request, a value of its own so handlers can run later (after injected
// latency) without touching the connection it came on.
struct Request {
    QByteArray method;  // as sent, e.g. "POST" (methods are case-sensitive)
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    QString path;       // percent-decoded, without the query
    QStringList segments;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // keys lower case
    QByteArray body;
    QString requestId;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

// What a handler answers. The front end adds X-Request-Id and Content-Length.
struct Response {
    int status = 200;
    QByteArray contentType; // empty: no body (204)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // A bare JSON object (docs/api-contract.md §1.2, §2 operations).
    static Response json(const QJsonObject &object, int status = 200);
    // {"code": 200, "success": true, "data": {...}} (docs/api-contract.md §1.2, §3 operations).
    static Response enveloped(const QJsonObject &data, int status = 200);
    // {"success": false, "code": "<snake_case>", "message": "..."} (docs/api-contract.md §1.6).
    static Response error(int status, const QString &code, const QString &message,
                          const QString &details = {});
    static Response noContent();
    static Response html(const QString &document, int status = 200);
    static Response seeOther(const QByteArray &location);

    Response &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

} // namespace vzsandbox
