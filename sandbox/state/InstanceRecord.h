#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vzsandbox {

// The eight billing states the sandbox uses (docs/api-contract.md §5).
const QStringList &billingStatuses();
// The complete set of valid event names (docs/api-contract.md §5).
const QStringList &eventNames();

// One instance as stored. Times are milliseconds since the epoch, 0 meaning "none".
struct InstanceRecord {
    QString id;
    QString name;
    QString token;
    QString webhook;    // empty: none
    QStringList events; // empty: none
    bool rejectCalls = false;
    bool autoReadMessages = false;
    bool connected = false;
    qint64 connectedAt = 0;
    QString pushName;
    QString jid;
    QString phone;
    QString status = QStringLiteral("RUNNING");
    qint64 restartUntil = 0; // while status is RESTARTING
    QString billingStatus = QStringLiteral("TRIALING");
    QString subscriptionId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 cancelAt = 0;
    qint64 expiredAt = 0;
    QJsonObject labels;
    bool hasLabels = false;
    int qrPolls = 0;
    QString pendingPhone; // from a pairing-code request

    // The wire shape of docs/api-contract.md §4.1 (snake_case, events comma-joined), appended to
    // `out` as compact JSON text. Written directly because a list page holds up to 100 of them.
    void writeJson(QByteArray &out) const;
    // The same shape as an object (parsed from writeJson, so there is one definition).
    QJsonObject toJson() const;
};

} // namespace vzsandbox
