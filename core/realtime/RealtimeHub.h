#pragma once

#include "core/realtime/RealtimeFeed.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace vzaps::realtime {

class InstanceEventSocket;

// The Feed of the plugin: one InstanceEventSocket per watched instance, whose events and
// status go to the options' listener.
class RealtimeHub final : public Feed
{
public:
    explicit RealtimeHub(FeedOptions options);
    ~RealtimeHub() override;

    void setWatched(const QStringList &instanceIds) override;
    QStringList watched() const override;
    SocketStatus status(const QString &instanceId) const override;
    void credentialsChanged() override;
    void networkAvailable() override;

private:
    FeedOptions m_options;
    QObject m_owner; // parent of the sockets
    QHash<QString, QPointer<InstanceEventSocket>> m_sockets;
    QStringList m_order; // watched ids, in the order asked for
};

} // namespace vzaps::realtime
