#include "core/realtime/EventFrame.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace vzaps::realtime {

std::optional<Event> readEventFrame(const QByteArray &frame, const QString &expectedInstanceId)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(frame, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    Event event;
    event.id = object.value(u"id"_s).toString();
    event.type = object.value(u"type"_s).toString();
    if (event.id.isEmpty() || event.id.size() > kMaxEventIdLength || event.type.isEmpty())
        return std::nullopt;
    const QJsonValue instanceId = object.value(u"instance_id"_s);
    if (instanceId.isString()) {
        event.instanceId = instanceId.toString();
        if (!expectedInstanceId.isEmpty() && event.instanceId != expectedInstanceId)
            return std::nullopt;
    } else {
        event.instanceId = expectedInstanceId;
    }
    const QString createdAt = object.value(u"created_at"_s).toString();
    if (!createdAt.isEmpty())
        event.createdAt = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    event.data = object.value(u"data"_s).toObject();
    return event;
}

QByteArray ackFrame(const QString &eventId)
{
    return QJsonDocument(QJsonObject{{u"type"_s, u"ack"_s}, {u"event_id"_s, eventId}})
        .toJson(QJsonDocument::Compact);
}

} // namespace vzaps::realtime
