#include "InstanceRecord.h"

#include "Ids.h"

using namespace Qt::StringLiterals;

namespace vzsandbox {

const QStringList &billingStatuses()
{
    static const QStringList values{
        u"TRIALING"_s, u"ACTIVE"_s,     u"PAST_DUE"_s,           u"UNPAID"_s,
        u"CANCELED"_s, u"INCOMPLETE"_s, u"INCOMPLETE_EXPIRED"_s, u"PAUSED"_s};
    return values;
}

const QStringList &eventNames()
{
    static const QStringList values{u"All"_s,
                                    u"Connected"_s,
                                    u"Disconnected"_s,
                                    u"Message"_s,
                                    u"ReadReceipt"_s,
                                    u"Presence"_s,
                                    u"HistorySync"_s,
                                    u"ChatPresence"_s,
                                    u"GroupParticipantsAdd"_s,
                                    u"GroupParticipantsRemove"_s};
    return values;
}

namespace {
QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject InstanceRecord::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"token"_s, token},
        {u"url"_s, u"https://app.vzaps.com/instances/"_s + id},
        {u"webhook"_s, stringOrNull(webhook)},
        {u"events_subscribe"_s, stringOrNull(events.join(u','))},
        {u"reject_calls"_s, rejectCalls},
        {u"auto_read_messages"_s, autoReadMessages},
        {u"connected"_s, connected},
        {u"connected_at"_s, ids::isoOrNull(connected ? connectedAt : 0)},
        {u"whatsapp_push_name"_s, stringOrNull(pushName)},
        {u"whatsapp_jid"_s, stringOrNull(jid)},
        {u"status"_s, status},
        {u"billing_status"_s, billingStatus},
        {u"created_at"_s, ids::isoOrNull(createdAt)},
        {u"updated_at"_s, ids::isoOrNull(updatedAt)},
        {u"cancel_at"_s, ids::isoOrNull(cancelAt)},
        {u"expired_at"_s, ids::isoOrNull(expiredAt)},
        {u"labels"_s, hasLabels ? QJsonValue(labels) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace vzsandbox
