#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace vzaps {

// Everything needed to send one API call, built by pure functions (AuthApi,
// InstancesApi, SessionApi) so tests can check a request without a network.
struct ApiRequest {
    QByteArray method;         // "GET", "POST", "PUT", "PATCH", "DELETE"
    QString path;              // percent-encoded, relative to the base URL: "/instances/list"
    QJsonDocument body;        // null: no body at all (and no Content-Type)
    bool authenticated = true; // Authorization + X-Client-Token; false only for POST /token
    QString instanceToken;     // X-Instance-Token, when known
    bool retriable = false;    // an idempotent read: may be retried (docs/api-contract.md §1.5)
    QString operation;         // what the call does, for error texts: "list instances"
    QString validationProblem; // non-empty: refused before sending, with this text

    bool hasBody() const { return !body.isNull(); }
};

// "/instances/" + the percent-encoded id + suffix (docs/api-contract.md §1.3: path ids are
// encoded).
QString instancePath(const QString &instanceId, QStringView suffix = {});

} // namespace vzaps
