#include "model/Instance.h"

#include "model/JsonFields.h"

#include <QSet>

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView kId = "id"_L1, kName = "name"_L1, kToken = "token"_L1, kUrl = "url"_L1,
                            kWebhook = "webhook"_L1, kEvents = "events_subscribe"_L1,
                            kRejectCalls = "reject_calls"_L1, kAutoRead = "auto_read_messages"_L1,
                            kConnected = "connected"_L1, kConnectedAt = "connected_at"_L1,
                            kPushName = "whatsapp_push_name"_L1, kJid = "whatsapp_jid"_L1,
                            kStatus = "status"_L1, kBilling = "billing_status"_L1,
                            kCreatedAt = "created_at"_L1, kUpdatedAt = "updated_at"_L1,
                            kCancelAt = "cancel_at"_L1, kExpiredAt = "expired_at"_L1,
                            kLabels = "labels"_L1;
} // namespace

Instance Instance::fromJson(const QJsonObject &object) {
    Instance instance;
    instance.id = json::string(object, kId);
    instance.name = json::string(object, kName);
    instance.token = json::string(object, kToken);
    instance.url = json::string(object, kUrl);
    instance.webhook = json::string(object, kWebhook);
    instance.eventsSubscribe = json::stringList(object, kEvents);
    instance.rejectCalls = json::boolean(object, kRejectCalls);
    instance.autoReadMessages = json::boolean(object, kAutoRead);
    instance.connected = json::optionalBool(object, kConnected);
    instance.connectedAt = json::dateTime(object, kConnectedAt);
    instance.whatsappPushName = json::string(object, kPushName);
    instance.whatsappJid = json::string(object, kJid);
    instance.status = json::string(object, kStatus);
    instance.billingStatus = json::string(object, kBilling);
    instance.createdAt = json::dateTime(object, kCreatedAt);
    instance.updatedAt = json::dateTime(object, kUpdatedAt);
    instance.cancelAt = json::dateTime(object, kCancelAt);
    instance.expiredAt = json::dateTime(object, kExpiredAt);
    instance.labels = json::object(object, kLabels);
    instance.raw = object;
    return instance;
}

QStringList Instance::unknownFieldNames() const {
    static const QSet<QString> known = {
        kId,        kName,      kToken,       kUrl,       kWebhook, kEvents, kRejectCalls,
        kAutoRead,  kConnected, kConnectedAt, kPushName,  kJid,     kStatus, kBilling,
        kCreatedAt, kUpdatedAt, kCancelAt,    kExpiredAt, kLabels,
    };
    QStringList unknown;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        if (!known.contains(it.key()))
            unknown.append(it.key());
    }
    return unknown;
}

} // namespace vzaps
