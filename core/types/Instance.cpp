#include "core/types/Instance.h"

#include "core/types/JsonFields.h"

#include <QHash>

namespace vzaps {

using namespace Qt::StringLiterals;

namespace {

enum class Field {
    Id,
    Name,
    Token,
    Url,
    Webhook,
    Events,
    RejectCalls,
    AutoRead,
    Connected,
    ConnectedAt,
    PushName,
    Jid,
    Status,
    Billing,
    CreatedAt,
    UpdatedAt,
    CancelAt,
    ExpiredAt,
    Labels,
};

const QHash<QString, Field> &fieldsByName()
{
    static const QHash<QString, Field> fields = {
        {u"id"_s, Field::Id},
        {u"name"_s, Field::Name},
        {u"token"_s, Field::Token},
        {u"url"_s, Field::Url},
        {u"webhook"_s, Field::Webhook},
        {u"events_subscribe"_s, Field::Events},
        {u"reject_calls"_s, Field::RejectCalls},
        {u"auto_read_messages"_s, Field::AutoRead},
        {u"connected"_s, Field::Connected},
        {u"connected_at"_s, Field::ConnectedAt},
        {u"whatsapp_push_name"_s, Field::PushName},
        {u"whatsapp_jid"_s, Field::Jid},
        {u"status"_s, Field::Status},
        {u"billing_status"_s, Field::Billing},
        {u"created_at"_s, Field::CreatedAt},
        {u"updated_at"_s, Field::UpdatedAt},
        {u"cancel_at"_s, Field::CancelAt},
        {u"expired_at"_s, Field::ExpiredAt},
        {u"labels"_s, Field::Labels},
    };
    return fields;
}

void assign(Instance &instance, Field field, const QJsonValue &value)
{
    switch (field) {
    case Field::Id:
        instance.id = json::toString(value);
        break;
    case Field::Name:
        instance.name = json::toString(value);
        break;
    case Field::Token:
        instance.token = json::toString(value);
        break;
    case Field::Url:
        instance.url = json::toString(value);
        break;
    case Field::Webhook:
        instance.webhook = json::toString(value);
        break;
    case Field::Events:
        instance.eventsSubscribe = json::toStringList(value);
        break;
    case Field::RejectCalls:
        instance.rejectCalls = json::toOptionalBool(value).value_or(false);
        break;
    case Field::AutoRead:
        instance.autoReadMessages = json::toOptionalBool(value).value_or(false);
        break;
    case Field::Connected:
        instance.connected = json::toOptionalBool(value);
        break;
    case Field::ConnectedAt:
        instance.connectedAt = json::toDateTime(value);
        break;
    case Field::PushName:
        instance.whatsappPushName = json::toString(value);
        break;
    case Field::Jid:
        instance.whatsappJid = json::toString(value);
        break;
    case Field::Status:
        instance.status = json::toString(value);
        break;
    case Field::Billing:
        instance.billingStatus = json::toString(value);
        break;
    case Field::CreatedAt:
        instance.createdAt = json::toDateTime(value);
        break;
    case Field::UpdatedAt:
        instance.updatedAt = json::toDateTime(value);
        break;
    case Field::CancelAt:
        instance.cancelAt = json::toDateTime(value);
        break;
    case Field::ExpiredAt:
        instance.expiredAt = json::toDateTime(value);
        break;
    case Field::Labels:
        instance.labels = value.toObject();
        break;
    }
}

} // namespace

Instance Instance::fromJson(const QJsonObject &object)
{
    // One walk over the members: list pages decode thousands of these, and a
    // lookup per field costs more than the walk (bench/decode).
    Instance instance;
    const auto &fields = fieldsByName();
    for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
        const auto field = fields.constFind(it.key());
        if (field != fields.cend())
            assign(instance, field.value(), it.value());
    }
    instance.raw = object;
    return instance;
}

QJsonObject Instance::toJson() const
{
    QJsonObject object = raw;
    const auto text = [&object](QLatin1StringView key, const QString &value) {
        if (value.isEmpty())
            object.remove(key);
        else
            object.insert(key, value);
    };
    const auto time = [&object](QLatin1StringView key, const QDateTime &value) {
        if (!value.isValid())
            return object.remove(key);
        const QDateTime utc = value.toUTC();
        object.insert(key, utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate));
    };
    text("id"_L1, id);
    text("name"_L1, name);
    text("token"_L1, token);
    text("url"_L1, url);
    text("webhook"_L1, webhook);
    text("events_subscribe"_L1, eventsSubscribe.join(u','));
    object.insert("reject_calls"_L1, rejectCalls);
    object.insert("auto_read_messages"_L1, autoReadMessages);
    if (connected)
        object.insert("connected"_L1, *connected);
    else
        object.remove("connected"_L1);
    time("connected_at"_L1, connectedAt);
    text("whatsapp_push_name"_L1, whatsappPushName);
    text("whatsapp_jid"_L1, whatsappJid);
    text("status"_L1, status);
    text("billing_status"_L1, billingStatus);
    time("created_at"_L1, createdAt);
    time("updated_at"_L1, updatedAt);
    time("cancel_at"_L1, cancelAt);
    time("expired_at"_L1, expiredAt);
    if (labels.isEmpty())
        object.remove("labels"_L1);
    else
        object.insert("labels"_L1, labels);
    return object;
}

Instance Instance::withoutKnownMembers() const
{
    Instance slim = *this;
    QJsonObject unknown;
    for (auto it = raw.constBegin(), end = raw.constEnd(); it != end; ++it) {
        if (!fieldsByName().contains(it.key()))
            unknown.insert(it.key(), it.value());
    }
    slim.raw = unknown;
    return slim;
}

QStringList Instance::unknownFieldNames() const
{
    QStringList unknown;
    for (auto it = raw.constBegin(), end = raw.constEnd(); it != end; ++it) {
        if (!fieldsByName().contains(it.key()))
            unknown.append(it.key());
    }
    return unknown;
}

} // namespace vzaps
