#include "sandbox/state/StateRows.h"

#include "sandbox/state/TextKeys.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace vzsandbox::rows {

const QString kColumns =
    u"id, name, name_key, search_key, token, webhook, events_subscribe, reject_calls, "
    "auto_read_messages, connected, connected_at, whatsapp_push_name, whatsapp_jid, phone, "
    "status, restart_until, billing_status, subscription_id, created_at, updated_at, cancel_at, "
    "expired_at, labels, qr_polls, pending_phone"_s;

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableTime(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant(QMetaType(QMetaType::LongLong));
}

void bindRecord(QSqlQuery &query, const InstanceRecord &r)
{
    const QList<QVariant> values{
        r.id,
        r.name,
        textkeys::nameSortKey(r.name),
        textkeys::folded(r.name + u' ' + r.id),
        r.token,
        nullableText(r.webhook),
        nullableText(r.events.join(u',')),
        int(r.rejectCalls),
        int(r.autoReadMessages),
        int(r.connected),
        nullableTime(r.connectedAt),
        nullableText(r.pushName),
        nullableText(r.jid),
        nullableText(r.phone),
        r.status,
        nullableTime(r.restartUntil),
        r.billingStatus,
        nullableText(r.subscriptionId),
        r.createdAt,
        r.updatedAt,
        nullableTime(r.cancelAt),
        nullableTime(r.expiredAt),
        r.hasLabels
            ? QVariant(QString::fromUtf8(QJsonDocument(r.labels).toJson(QJsonDocument::Compact)))
            : QVariant(QMetaType(QMetaType::QString)),
        r.qrPolls,
        nullableText(r.pendingPhone),
    };
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

InstanceRecord readRecord(const QSqlQuery &q)
{
    InstanceRecord r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.token = q.value(4).toString();
    r.webhook = q.value(5).toString();
    r.events = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    r.rejectCalls = q.value(7).toInt() != 0;
    r.autoReadMessages = q.value(8).toInt() != 0;
    r.connected = q.value(9).toInt() != 0;
    r.connectedAt = q.value(10).toLongLong();
    r.pushName = q.value(11).toString();
    r.jid = q.value(12).toString();
    r.phone = q.value(13).toString();
    r.status = q.value(14).toString();
    r.restartUntil = q.value(15).toLongLong();
    r.billingStatus = q.value(16).toString();
    r.subscriptionId = q.value(17).toString();
    r.createdAt = q.value(18).toLongLong();
    r.updatedAt = q.value(19).toLongLong();
    r.cancelAt = q.value(20).toLongLong();
    r.expiredAt = q.value(21).toLongLong();
    const QString labels = q.value(22).toString();
    r.hasLabels = !labels.isEmpty();
    if (r.hasLabels)
        r.labels = QJsonDocument::fromJson(labels.toUtf8()).object();
    r.qrPolls = q.value(23).toInt();
    r.pendingPhone = q.value(24).toString();
    return r;
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace vzsandbox::rows
