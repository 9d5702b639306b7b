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
    // The object as received, unknown fields included; in the InstanceStore only the
    // unknown ones (see withoutKnownMembers()), and toJson() gives the whole object.
    QJsonObject raw;

    static Instance fromJson(const QJsonObject &object);

    // The whole object: `raw`'s members with the fields above written over them as the API
    // names them (times in UTC, ISO 8601; the events comma-joined, as the API answers;
    // empty strings, unknown connection and invalid times left out).
    // fromJson(toJson()) gives the same instance.
    QJsonObject toJson() const;
    // The same instance with `raw` holding only its unknown members: what the store keeps
    // of thousands of instances, less than half the memory of the whole objects.
    Instance withoutKnownMembers() const;

    // Members of `raw` that none of the fields above reads.
    QStringList unknownFieldNames() const;
};

} // namespace vzaps
