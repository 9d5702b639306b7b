#include "sandbox/state/StateStore.h"

#include "sandbox/Ids.h"
#include "sandbox/state/StateRows.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

// Checkout sessions (§6) and the realtime event journal (§3).
namespace vzsandbox {

using namespace rows;

bool StateStore::insertCheckout(const CheckoutSession &session)
{
    QSqlQuery query(database());
    query.prepare(u"INSERT INTO checkout_sessions (id, instance_id, success_url, cancel_url, "
                  "state, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(session.id);
    query.addBindValue(session.instanceId);
    query.addBindValue(nullableText(session.successUrl));
    query.addBindValue(nullableText(session.cancelUrl));
    query.addBindValue(session.state);
    query.addBindValue(session.createdAt);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

std::optional<CheckoutSession> StateStore::findCheckout(const QString &id)
{
    QSqlQuery query(database());
    query.prepare(u"SELECT id, instance_id, success_url, cancel_url, state, created_at "
                  "FROM checkout_sessions WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return CheckoutSession{query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString(), query.value(5).toLongLong()};
}

bool StateStore::setCheckoutState(const QString &id, const QString &state)
{
    QSqlQuery query(database());
    query.prepare(u"UPDATE checkout_sessions SET state = ? WHERE id = ?"_s);
    query.addBindValue(state);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

namespace {
QJsonObject eventFrame(qint64 seq, const QString &instanceId, const QString &type, qint64 createdAt,
                       const QJsonObject &data)
{
    return {{u"id"_s, u"evt_"_s + QString::number(seq)},
            {u"type"_s, type},
            {u"instance_id"_s, instanceId},
            {u"created_at"_s, ids::isoOrNull(createdAt)},
            {u"data"_s, data}};
}
} // namespace

std::optional<QJsonObject> StateStore::appendEvent(const QString &instanceId, const QString &type,
                                                   const QJsonObject &data)
{
    const qint64 now = ids::nowMs();
    QSqlQuery query(database());
    query.prepare(
        u"INSERT INTO events (instance_id, type, created_at, data) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(instanceId);
    query.addBindValue(type);
    query.addBindValue(now);
    query.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    const qint64 seq = query.lastInsertId().toLongLong();
    if (seq % 1000 == 0) // keep the newest 10,000 events: enough to resume, bounded on disk
        exec(u"DELETE FROM events WHERE seq <= %1"_s.arg(seq - 10000));
    return eventFrame(seq, instanceId, type, now, data);
}

QList<QJsonObject> StateStore::eventsAfter(const QString &instanceId, const QString &lastEventId)
{
    QList<QJsonObject> events;
    bool ok = false;
    const qint64 after = QStringView(lastEventId).mid(4).toLongLong(&ok);
    if (!lastEventId.startsWith(u"evt_"_s) || !ok)
        return events;
    QSqlQuery query(database());
    query.prepare(u"SELECT seq, type, created_at, data FROM events "
                  "WHERE instance_id = ? AND seq > ? ORDER BY seq LIMIT 1000"_s);
    query.addBindValue(instanceId);
    query.addBindValue(after);
    if (query.exec()) {
        while (query.next()) {
            events.append(
                eventFrame(query.value(0).toLongLong(), instanceId, query.value(1).toString(),
                           query.value(2).toLongLong(),
                           QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()));
        }
    }
    return events;
}

} // namespace vzsandbox
