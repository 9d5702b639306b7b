#pragma once

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
// frames
// {"id","type","instance_id","created_at","data"}, acks {"type":"ack","event_id"} and resume
// with last_event_id. Events are stored in the state before they are sent, so a reconnecting
// client can replay what it missed.
class EventHub : public QObject
{
public:
    explicit EventHub(SandboxContext &context, QObject *parent = nullptr);
    ~EventHub() override;

    // Takes a socket the HTTP server upgraded; checks path and auth, then subscribes it.
    void adopt(std::unique_ptr<QWebSocket> socket);
    // Stores the event and sends it to the instance's subscribers. False if it was not stored.
    bool publish(const QString &instanceId, const QString &type, const QJsonObject &data);

private:
    struct Subscriber {
        QWebSocket *socket = nullptr;
        QString instanceId;
        QSet<QString> types; // empty: every type
    };
    void onMessage(QWebSocket *socket, const QString &message);
    void drop(QWebSocket *socket);
    static bool wants(const Subscriber &subscriber, const QString &type);

    SandboxContext &m_context;
    QList<Subscriber> m_subscribers;
};

} // namespace vzsandbox
