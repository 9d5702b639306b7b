#pragma once

#include <QJsonObject>
#include <QString>

namespace vzaps {

// `POST /instances/{id}/subscribe` (docs/api-contract.md §4.4). All fields optional.
struct BillingSession {
    QString url; // the hosted checkout page when mode is "checkout"
    QString sessionId;
    QString mode; // "direct" or "checkout"
    QString subscriptionId;
    QJsonObject raw;

    bool isCheckout() const;
    static BillingSession fromJson(const QJsonObject &object);
};

// `PUT /instances/{id}/cancel`: `{"message": ...}`.
struct CancelResult {
    QString message;
    QJsonObject raw;

    static CancelResult fromJson(const QJsonObject &object);
};

// Restart, disconnect (docs/api-contract.md §4.3) and resume-subscription (`{"status": "ok"}`).
struct ActionResult {
    QString instanceId;
    QString status;
    QString details; // a string, or an object rendered as compact JSON
    QJsonObject raw;

    static ActionResult fromJson(const QJsonObject &object);
};

} // namespace vzaps
