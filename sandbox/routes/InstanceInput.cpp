#include "sandbox/routes/InstanceInput.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vzsandbox {

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s) &&
           !url.host().isEmpty() && text.size() <= 2048;
}

namespace {

std::optional<QString> readName(FieldReader &reader, bool required)
{
    const auto name = reader.string(u"name"_s);
    if (!reader.ok())
        return std::nullopt;
    if (!name) {
        if (required)
            reader.missing(u"name"_s);
        return std::nullopt;
    }
    const QString trimmed = name->trimmed();
    if (trimmed.size() < 3 || trimmed.size() > 255) {
        reader.invalid(u"name"_s,
                       u"'name' must be 3 to 255 characters long (got %1)."_s.arg(trimmed.size()));
        return std::nullopt;
    }
    return trimmed;
}

std::optional<QString> readWebhook(FieldReader &reader)
{
    // null clears the webhook too; the SDKs never send it, but a person might.
    const QJsonValue value = reader.raw(u"webhook"_s);
    if (value.isNull())
        return QString();
    const auto webhook = reader.string(u"webhook"_s);
    if (!webhook)
        return std::nullopt;
    const QString trimmed = webhook->trimmed();
    if (!trimmed.isEmpty() && !isHttpUrl(trimmed)) {
        reader.invalid(u"webhook"_s,
                       u"'webhook' must be an http:// or https:// URL with a host."_s);
        return std::nullopt;
    }
    return trimmed;
}

std::optional<QStringList> readEvents(FieldReader &reader)
{
    const QJsonValue value = reader.raw(u"events_subscribe"_s);
    if (value.isUndefined())
        return std::nullopt;
    QStringList requested;
    if (value.isNull()) {
        return QStringList();
    } else if (value.isString()) {
        // Responses carry the comma-joined form; accept it back (docs/api-contract.md §4.1).
        for (const QString &part : value.toString().split(u',', Qt::SkipEmptyParts))
            requested.append(part.trimmed());
    } else if (value.isArray()) {
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString()) {
                reader.wrongType(u"events_subscribe"_s, u"an array of event names"_s);
                return std::nullopt;
            }
            requested.append(item.toString().trimmed());
        }
    } else {
        reader.wrongType(u"events_subscribe"_s, u"an array of event names"_s);
        return std::nullopt;
    }
    QStringList events;
    for (const QString &event : requested) {
        if (!eventNames().contains(event)) {
            reader.invalid(u"events_subscribe"_s,
                           u"Unknown event name '%1'. Valid names: %2."_s.arg(
                               event.left(64), eventNames().join(u", "_s)));
            return std::nullopt;
        }
        if (!events.contains(event))
            events.append(event);
    }
    return events;
}

} // namespace

InstanceInput InstanceInput::read(FieldReader &reader, bool requireName)
{
    InstanceInput input;
    input.name = readName(reader, requireName);
    if (reader.ok() && !reader.raw(u"webhook"_s).isUndefined())
        input.webhook = readWebhook(reader);
    if (reader.ok())
        input.events = readEvents(reader);
    if (reader.ok())
        input.rejectCalls = reader.boolean(u"reject_calls"_s);
    if (reader.ok())
        input.autoReadMessages = reader.boolean(u"auto_read_messages"_s);
    if (reader.ok()) {
        if (reader.raw(u"labels"_s).isNull())
            input.labels = QJsonObject();
        else
            input.labels = reader.object(u"labels"_s);
    }
    return input;
}

void InstanceInput::applyTo(InstanceRecord &record) const
{
    if (name)
        record.name = *name;
    if (webhook)
        record.webhook = *webhook;
    if (events)
        record.events = *events;
    if (rejectCalls)
        record.rejectCalls = *rejectCalls;
    if (autoReadMessages)
        record.autoReadMessages = *autoReadMessages;
    if (labels) {
        record.labels = *labels;
        record.hasLabels = !labels->isEmpty();
    }
}

} // namespace vzsandbox
