#include "core/presentation/LiveUpdates.h"

#include "core/api/ApiClient.h"
#include "core/api/InstancesApi.h"
#include "core/presentation/RealtimeFacts.h"
#include "core/realtime/RealtimeEndpoint.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QPointer>

Q_LOGGING_CATEGORY(lcLive, "vzaps.live")

namespace vzaps {

using realtime::SocketState;

LiveUpdates::LiveUpdates(ApiClient &client, InstanceStore &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

LiveUpdates::~LiveUpdates()
{
    m_feed.reset(); // before the listener (this) goes
}

void LiveUpdates::setFeedFactory(realtime::CreateFeed create)
{
    m_create = create;
    restart();
}

void LiveUpdates::setCurrent(const QString &instanceId)
{
    if (instanceId == m_current)
        return;
    m_current = instanceId;
    updateWatched();
}

void LiveUpdates::setPinned(const QStringList &instanceIds)
{
    if (instanceIds == m_pinned)
        return;
    m_pinned = instanceIds;
    updateWatched();
}

void LiveUpdates::setConfiguredRealtimeUrl(const QUrl &url)
{
    if (url == m_configuredRealtimeUrl)
        return;
    m_configuredRealtimeUrl = url;
    restart();
}

void LiveUpdates::restart()
{
    m_feed.reset();
    m_statuses.clear();
    updateWatched();
}

void LiveUpdates::updateWatched()
{
    QStringList watched;
    if (!m_current.isEmpty())
        watched << m_current;
    for (const QString &id : std::as_const(m_pinned))
        if (!watched.contains(id))
            watched << id;
    if (!m_feed && m_create && !watched.isEmpty()) {
        const QUrl host = realtime::realtimeBaseUrlFor(m_client.baseUrl(), m_configuredRealtimeUrl);
        if (host.isValid()) {
            realtime::FeedOptions options;
            options.realtimeBaseUrl = host;
            options.timings = m_timings;
            options.listener = this;
            QPointer<LiveUpdates> self(this);
            options.credentials = [self](const QString &id,
                                         const realtime::CredentialsCallback &done) {
                if (self)
                    self->fetchCredentials(id, done);
            };
            m_feed.reset(m_create(options));
        }
        if (m_feed && !m_networkWatched && QNetworkInformation::loadDefaultBackend()) {
            // The network coming back ends every wait at once.
            m_networkWatched = true;
            connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
                    this, [this](QNetworkInformation::Reachability reachability) {
                        if (m_feed && reachability == QNetworkInformation::Reachability::Online)
                            m_feed->networkAvailable();
                    });
        }
    }
    if (m_feed)
        m_feed->setWatched(watched);
    for (auto it = m_statuses.begin(); it != m_statuses.end();)
        it = watched.contains(it.key()) ? std::next(it) : m_statuses.erase(it);
    for (const QString &id : std::as_const(watched))
        if (m_feed && !m_statuses.contains(id))
            m_statuses.insert(id, m_feed->status(id));
    Q_EMIT summaryChanged();
}

void LiveUpdates::fetchCredentials(const QString &instanceId,
                                   const realtime::CredentialsCallback &done)
{
    if (!m_store.contains(instanceId)) {
        // A watched instance that is not on the page (the watch list of an earlier run):
        // the store learns it first, for its token and for what its events are about.
        const InstanceStore::Ticket ticket = m_store.nextTicket();
        InstancesApi(m_client).get(
            instanceId, this, [this, ticket, instanceId, done](const Result<Instance> &instance) {
                if (!instance) {
                    if (instance.error().isNotFound())
                        Q_EMIT watchedInstanceGone(instanceId);
                    return done({});
                }
                m_store.merge(instance.value(), ticket);
                if (!m_store.contains(instanceId))
                    return done({}); // removed meanwhile
                fetchCredentials(instanceId, done);
            });
        return;
    }
    const Instance *instance = m_store.find(instanceId);
    const QString instanceToken = instance ? instance->token : QString();
    const QString clientToken = m_client.clientToken();
    m_client.accessToken(this,
                         [done, clientToken, instanceToken](const Result<AccessToken> &token) {
                             if (!token)
                                 return done({});
                             done({token.value().token, clientToken, instanceToken});
                         });
}

void LiveUpdates::eventReceived(const realtime::Event &event)
{
    const QJsonObject facts = instanceFactsFrom(event);
    const Instance *known = m_store.find(event.instanceId);
    if (!facts.isEmpty() && known) {
        const std::optional<bool> before = known->connected;
        m_store.learn(event.instanceId, facts);
        const Instance *after = m_store.find(event.instanceId);
        if (after && after->connected.has_value() && after->connected != before)
            Q_EMIT connectionChanged(event.instanceId, *after->connected);
    }
    Q_EMIT eventArrived(event);
}

void LiveUpdates::statusChanged(const QString &instanceId, const realtime::SocketStatus &status)
{
    if (status.state == SocketState::Refused && m_statuses.value(instanceId).state != status.state)
        qCInfo(lcLive) << "live updates refused for an instance; the table keeps polling";
    m_statuses.insert(instanceId, status);
    Q_EMIT summaryChanged();
}

void LiveUpdates::reconnected(const QString &instanceId)
{
    // Whatever happened while the socket was down is in the instance as the server has it.
    const InstanceStore::Ticket ticket = m_store.nextTicket();
    InstancesApi(m_client).get(instanceId, this,
                               [this, ticket, instanceId](const Result<Instance> &instance) {
                                   if (instance && m_store.contains(instanceId))
                                       m_store.merge(instance.value(), ticket);
                               });
}

LiveSummary LiveUpdates::summary() const
{
    LiveSummary summary;
    summary.available = m_feed != nullptr;
    summary.watched = int(m_statuses.size());
    for (const realtime::SocketStatus &status : m_statuses) {
        switch (status.state) {
        case SocketState::Live:
            ++summary.live;
            continue;
        case SocketState::Refused:
            ++summary.refused;
            break;
        case SocketState::Reconnecting:
            if (!summary.nextRetry.isValid() || status.retryAt < summary.nextRetry)
                summary.nextRetry = status.retryAt;
            break;
        case SocketState::Connecting:
            break;
        }
        if (!status.reason.isEmpty())
            summary.reason = status.reason;
    }
    return summary;
}

QString LiveUpdates::describe(int refreshSeconds, const QDateTime &now) const
{
    const LiveSummary live = summary();
    const QString polling = refreshSeconds > 0 ? tr("Polling every %1 s").arg(refreshSeconds)
                                               : tr("Not live; F5 refreshes");
    if (!live.available || live.watched == 0)
        return polling;
    if (live.live == live.watched)
        return tr("Live · %n watched", nullptr, live.watched);
    if (live.nextRetry.isValid())
        return tr("Reconnecting in %1 s")
            .arg(qMax<qint64>(1, (now.msecsTo(live.nextRetry) + 999) / 1000));
    if (live.refused > 0)
        return refreshSeconds > 0
                   ? tr("Live updates refused; polling every %1 s").arg(refreshSeconds)
                   : tr("Live updates refused; F5 refreshes");
    return tr("Connecting live updates…");
}

} // namespace vzaps
