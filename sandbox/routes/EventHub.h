#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>

class QWebSocket;

namespace vzsandbox {

struct SandboxContext;

// The realtime events of docs/api-contract.md §3: WebSocket /events/ws?instance_id=…&events=…,
// frames {"id","type","instance_id","created_at","data"}, acks {"type":"ack","event_id"} (or
// "id"), and resume with last_event_id. Events are stored in the state before they are sent,
// so a reconnecting client can replay what it missed; an event sent and not acknowledged is
// sent again to the instance's next socket (at least once, as the VZaps docs promise).
class EventHub : public QObject
{
public:
    explicit EventHub(SandboxContext &context, QObject *parent = nullptr);
    ~EventHub() override;

    // Takes a socket the HTTP server upgraded; checks path and auth, then subscribes it.
    void adopt(std::unique_ptr<QWebSocket> socket);
    // Stores the event and sends it to the instance's subscribers. False if it was not stored.
    bool publish(const QString &instanceId, const QString &type, const QJsonObject &data);

    // For tests of clients, through the control surface. Both answer how many sockets of the
    // instance they touched.
    // Drops every socket of the instance without a close frame, as a dead network does.
    int dropSockets(const QString &instanceId);
    // Stops reading from the instance's open sockets: they answer no ping and read no ack,
    // and get no events, as a half-open connection after a suspend.
    int freezeSockets(const QString &instanceId);

private:
    struct Subscriber {
        QWebSocket *socket = nullptr;
        QString instanceId;
        QSet<QString> types;
        bool everyType = false; // "All" was asked for
        bool frozen = false;
    };
    void onMessage(const QString &instanceId, const QString &message);
    void drop(QWebSocket *socket);
    void send(const Subscriber &subscriber, const QJsonObject &event);
    static bool wants(const Subscriber &subscriber, const QString &type);

    SandboxContext &m_context;
    QList<Subscriber> m_subscribers;
    // Per instance, the events sent and not acknowledged yet, oldest first.
    QHash<QString, QList<QJsonObject>> m_unacked;
};

} // namespace vzsandbox
