#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace vzaps {

// One VZaps instance (docs/api-contract.md §4.1), as create, get, update and each list row return
// it.
struct Instance {
    QString id;
    QString name;
    QString token; // the instance token: a secret, never logged
    QString url;   // the instance's page in the VZaps web app
    QString webhook;
    QStringList eventsSubscribe;
    bool rejectCalls = false;
    bool autoReadMessages = false;
    std::optional<bool> connected; // unknown when missing or null
    QDateTime connectedAt;
    QString whatsappPushName;
    QString whatsappJid;
    QString status;
    QString billingStatus;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime cancelAt;
    QDateTime expiredAt;
    QJsonObject labels;
    QJsonObject raw; // the object as received, unknown fields included

    static Instance fromJson(const QJsonObject &object);

    // Members of `raw` that none of the fields above reads.
    QStringList unknownFieldNames() const;
};

} // namespace vzaps
