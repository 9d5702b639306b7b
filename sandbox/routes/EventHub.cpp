#include "sandbox/routes/EventHub.h"

#include "sandbox/Ids.h"
#include "sandbox/http/HttpTypes.h"
#include "sandbox/routes/SandboxContext.h"
#include "sandbox/state/InstanceRecord.h"

#include <QAbstractSocket>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace vzsandbox {

namespace {

// Closes with 1008 (policy violation) and a reason; the upgrade itself was already accepted
// by Qt, so an HTTP 401/404 is no longer possible here.
void refuse(QWebSocket *socket, const QString &reason)
{
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    socket->deleteLater();
}

// Auth material may come as headers or, for browsers, as query parameters (§3).
Request authRequest(const QWebSocket &socket, const QUrlQuery &query)
{
    const QNetworkRequest handshake = socket.request();
    Request request;
    request.method = "GET"_ba;
    const auto pick = [&](const QByteArray &header, const QString &parameter) {
        QByteArray value = handshake.rawHeader(header);
        if (value.isEmpty())
            value = query.queryItemValue(parameter, QUrl::FullyDecoded).toUtf8();
        return value;
    };
    const QByteArray accessToken = pick("Authorization"_ba, u"access_token"_s);
    if (!accessToken.isEmpty()) {
        request.headers.insert("authorization"_ba, accessToken.startsWith("Bearer ")
                                                       ? accessToken
                                                       : "Bearer " + accessToken);
    }
    const QByteArray clientToken = pick("X-Client-Token"_ba, u"client_token"_s);
    if (!clientToken.isEmpty())
        request.headers.insert("x-client-token"_ba, clientToken);
    const QByteArray instanceToken = pick("X-Instance-Token"_ba, u"instance_token"_s);
    if (!instanceToken.isEmpty())
        request.headers.insert("x-instance-token"_ba, instanceToken);
    return request;
}

// At most this many unacknowledged events are kept per instance for a redelivery.
constexpr qsizetype kMaxUnackedPerInstance = 1000;

QString frameText(const QJsonObject &event)
{
    return QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
}

} // namespace

EventHub::EventHub(SandboxContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

EventHub::~EventHub()
{
    for (const Subscriber &subscriber : std::as_const(m_subscribers)) {
        subscriber.socket->disconnect(this);
        subscriber.socket->abort();
        delete subscriber.socket;
    }
}

void EventHub::adopt(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    const QUrl url = socket->requestUrl();
    const QUrlQuery query(url);
    if (url.path() != u"/events/ws"_s) {
        refuse(socket, u"not_found: no WebSocket route at %1"_s.arg(url.path()));
        return;
    }
    const QString instanceId = query.queryItemValue(u"instance_id"_s, QUrl::FullyDecoded);
    const auto instance = m_context.store.find(instanceId);
    const Request request = authRequest(*socket, query);
    const auto problem = m_context.auth.authorize(request, Auth::Scope::AccountOrInstanceToken,
                                                  instance ? instance->token : QString());
    if (problem) {
        const QString code =
            QJsonDocument::fromJson(problem->body).object().value(u"code"_s).toString();
        refuse(socket, u"unauthorized: %1"_s.arg(code));
        return;
    }
    if (!instance) {
        refuse(socket, u"instance_not_found: '%1'"_s.arg(instanceId.left(100)));
        return;
    }

    // events=A,B and events=A&events=B (the Java SDK's form) both name types; none named
    // means the events the instance subscribes to.
    QStringList requested;
    for (const QString &value : query.allQueryItemValues(u"events"_s, QUrl::FullyDecoded)) {
        for (const QString &type : value.split(u',', Qt::SkipEmptyParts))
            requested.append(type.trimmed());
    }
    for (const QString &type : std::as_const(requested)) {
        if (!eventNames().contains(type)) {
            refuse(socket, u"validation_failed: unknown event name '%1'"_s.arg(type.left(64)));
            return;
        }
    }
    const QStringList types = requested.isEmpty() ? instance->events : requested;
    Subscriber subscriber{socket, instanceId, {}, false, false};
    subscriber.everyType = types.contains(u"All"_s);
    for (const QString &type : types)
        subscriber.types.insert(type);
    m_subscribers.append(subscriber);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, instanceId](const QString &message) { onMessage(instanceId, message); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });

    // Resume: replay what was stored after the client's last event, in order; then what was
    // sent earlier and never acknowledged, unless the replay just sent it.
    QSet<QString> sent;
    const QString lastEventId = query.queryItemValue(u"last_event_id"_s, QUrl::FullyDecoded);
    if (!lastEventId.isEmpty()) {
        for (const QJsonObject &event : m_context.store.eventsAfter(instanceId, lastEventId)) {
            if (wants(subscriber, event.value(u"type"_s).toString())) {
                send(subscriber, event);
                sent.insert(event.value(u"id"_s).toString());
            }
        }
    }
    for (const QJsonObject &event : m_unacked.value(instanceId)) {
        if (!sent.contains(event.value(u"id"_s).toString()) &&
            wants(subscriber, event.value(u"type"_s).toString()))
            socket->sendTextMessage(frameText(event));
    }
}

bool EventHub::wants(const Subscriber &subscriber, const QString &type)
{
    return subscriber.everyType || subscriber.types.contains(type);
}

void EventHub::send(const Subscriber &subscriber, const QJsonObject &event)
{
    subscriber.socket->sendTextMessage(frameText(event));
    QList<QJsonObject> &unacked = m_unacked[subscriber.instanceId];
    const QString id = event.value(u"id"_s).toString();
    const bool known = std::any_of(unacked.cbegin(), unacked.cend(), [&id](const QJsonObject &e) {
        return e.value(u"id"_s).toString() == id;
    });
    if (!known)
        unacked.append(event);
    if (unacked.size() > kMaxUnackedPerInstance)
        unacked.removeFirst();
}

bool EventHub::publish(const QString &instanceId, const QString &type, const QJsonObject &data)
{
    const std::optional<QJsonObject> event = m_context.store.appendEvent(instanceId, type, data);
    if (!event)
        return false;
    for (const Subscriber &subscriber : std::as_const(m_subscribers)) {
        if (subscriber.instanceId == instanceId && !subscriber.frozen && wants(subscriber, type))
            send(subscriber, *event);
    }
    return true;
}

int EventHub::dropSockets(const QString &instanceId)
{
    int dropped = 0;
    const QList<Subscriber> subscribers = m_subscribers;
    for (const Subscriber &subscriber : subscribers) {
        if (subscriber.instanceId != instanceId)
            continue;
        subscriber.socket->abort(); // emits disconnected: drop() forgets it
        ++dropped;
    }
    return dropped;
}

int EventHub::freezeSockets(const QString &instanceId)
{
    int frozen = 0;
    for (Subscriber &subscriber : m_subscribers) {
        if (subscriber.instanceId != instanceId || subscriber.frozen)
            continue;
        // The WebSocket reads its frames, pings included, from the TCP socket it was upgraded
        // from: cut that, and bytes pile up unread as on a peer that went away.
        for (QAbstractSocket *tcp : subscriber.socket->findChildren<QAbstractSocket *>())
            QObject::disconnect(tcp, &QIODevice::readyRead, nullptr, nullptr);
        subscriber.frozen = true;
        ++frozen;
    }
    return frozen;
}

void EventHub::onMessage(const QString &instanceId, const QString &message)
{
    // Only acks mean something; anything else is ignored, as every frame the hub sends is an
    // event with an id.
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    if (object.value(u"type"_s).toString() != u"ack"_s)
        return;
    const QString id = object.contains(u"event_id"_s) ? object.value(u"event_id"_s).toString()
                                                      : object.value(u"id"_s).toString();
    const auto unacked = m_unacked.find(instanceId);
    if (unacked == m_unacked.end())
        return;
    unacked->removeIf([&id](const QJsonObject &e) { return e.value(u"id"_s).toString() == id; });
    if (unacked->isEmpty())
        m_unacked.erase(unacked);
}

void EventHub::drop(QWebSocket *socket)
{
    m_subscribers.removeIf([socket](const Subscriber &s) { return s.socket == socket; });
    socket->deleteLater();
}

} // namespace vzsandbox
