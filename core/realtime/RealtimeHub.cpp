#include "core/realtime/RealtimeHub.h"

#include "core/realtime/InstanceEventSocket.h"

namespace vzaps::realtime {

RealtimeHub::RealtimeHub(FeedOptions options)
    : m_options(std::move(options))
{}

RealtimeHub::~RealtimeHub()
{
    // The sockets die with m_owner; nothing reaches the listener from here on.
    for (const auto &socket : std::as_const(m_sockets))
        if (socket)
            socket->disconnect();
}

void RealtimeHub::setWatched(const QStringList &instanceIds)
{
    QStringList wanted;
    for (const QString &id : instanceIds)
        if (!id.isEmpty() && !wanted.contains(id))
            wanted << id;
    for (auto it = m_sockets.begin(); it != m_sockets.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        if (*it) {
            // May be inside one of this socket's own signals: deleted once back in the loop.
            (*it)->disconnect();
            (*it)->deleteLater();
        }
        it = m_sockets.erase(it);
    }
    for (const QString &id : std::as_const(wanted)) {
        if (m_sockets.contains(id))
            continue;
        auto *socket = new InstanceEventSocket(id, m_options, &m_owner);
        FeedListener *listener = m_options.listener;
        if (listener) {
            QObject::connect(socket, &InstanceEventSocket::eventReceived, &m_owner,
                             [listener](const Event &event) { listener->eventReceived(event); });
            QObject::connect(socket, &InstanceEventSocket::statusChanged, &m_owner,
                             [listener, socket] {
                                 listener->statusChanged(socket->instanceId(), socket->status());
                             });
            QObject::connect(socket, &InstanceEventSocket::reconnected, &m_owner,
                             [listener, socket] { listener->reconnected(socket->instanceId()); });
        }
        m_sockets.insert(id, socket);
        socket->start();
    }
    m_order = wanted;
}

QStringList RealtimeHub::watched() const
{
    return m_order;
}

SocketStatus RealtimeHub::status(const QString &instanceId) const
{
    const auto socket = m_sockets.value(instanceId);
    return socket ? socket->status() : SocketStatus{};
}

void RealtimeHub::credentialsChanged()
{
    for (const auto &socket : std::as_const(m_sockets))
        if (socket)
            socket->retryRefused();
}

void RealtimeHub::networkAvailable()
{
    for (const auto &socket : std::as_const(m_sockets))
        if (socket)
            socket->retryNow();
}

} // namespace vzaps::realtime
