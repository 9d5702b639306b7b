#include "sandbox/routes/EventHub.h"

#include "sandbox/Ids.h"
#include "sandbox/http/HttpTypes.h"
#include "sandbox/routes/SandboxContext.h"
#include "sandbox/state/InstanceRecord.h"

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

    Subscriber subscriber{socket, instanceId, {}};
    for (const QString &type :
         query.queryItemValue(u"events"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts)) {
        if (!eventNames().contains(type.trimmed())) {
            refuse(socket, u"validation_failed: unknown event name '%1'"_s.arg(type.left(64)));
            return;
        }
        subscriber.types.insert(type.trimmed());
    }
    if (subscriber.types.contains(u"All"_s))
        subscriber.types.clear();
    m_subscribers.append(subscriber);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { onMessage(socket, message); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });

    // Resume: replay what was stored after the client's last event, in order.
    const QString lastEventId = query.queryItemValue(u"last_event_id"_s, QUrl::FullyDecoded);
    if (!lastEventId.isEmpty()) {
        for (const QJsonObject &event : m_context.store.eventsAfter(instanceId, lastEventId)) {
            if (wants(subscriber, event.value(u"type"_s).toString()))
                socket->sendTextMessage(
                    QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
        }
    }
}

bool EventHub::wants(const Subscriber &subscriber, const QString &type)
{
    return subscriber.types.isEmpty() || subscriber.types.contains(type);
}

bool EventHub::publish(const QString &instanceId, const QString &type, const QJsonObject &data)
{
    const std::optional<QJsonObject> event = m_context.store.appendEvent(instanceId, type, data);
    if (!event)
        return false;
    const QString frame = QString::fromUtf8(QJsonDocument(*event).toJson(QJsonDocument::Compact));
    for (const Subscriber &subscriber : std::as_const(m_subscribers)) {
        if (subscriber.instanceId == instanceId && wants(subscriber, type))
            subscriber.socket->sendTextMessage(frame);
    }
    return true;
}

void EventHub::onMessage(QWebSocket *socket, const QString &message)
{
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    if (object.value(u"type"_s).toString() == u"ack"_s)
        return; // acknowledged; resume works from the client's last_event_id, so nothing to do
    socket->sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"type"_s, u"error"_s},
                                  {u"code"_s, u"bad_request"_s},
                                  {u"message"_s, u"Only {\"type\":\"ack\",\"event_id\":...} "
                                                 "messages are understood."_s}})
            .toJson(QJsonDocument::Compact)));
}

void EventHub::drop(QWebSocket *socket)
{
    m_subscribers.removeIf([socket](const Subscriber &s) { return s.socket == socket; });
    socket->deleteLater();
}

} // namespace vzsandbox
