#pragma once

#include "core/presentation/InstanceStore.h"
#include "core/realtime/RealtimeFeed.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <memory>

namespace vzaps {

class ApiClient;

// Where live updates stand, for the status bar.
struct LiveSummary {
    bool available = false; // the realtime plugin is loaded and the account has a host
    int watched = 0;
    int live = 0;
    int refused = 0;
    QDateTime nextRetry; // the earliest reconnect of a socket that waits, if any
    QString reason;      // why the last socket that is not live is not (server text)
};

// The realtime side of the store (docs/api-contract.md §3): keeps a socket open for each
// watched instance — the one the detail panel shows and those of the watch list — through the
// realtime plugin's Feed, and merges what the events say into the InstanceStore, so the row, the
// summary, the panel and the actions follow at once. After a reconnect the instance is fetched
// again, so a gap in the server's replay hides nothing. Until the plugin is there (it is loaded
// after the first page is painted), or where it is missing, nothing is live and the table polls.
class LiveUpdates : public QObject, private realtime::FeedListener
{
    Q_OBJECT
public:
    LiveUpdates(ApiClient &client, InstanceStore &store, QObject *parent = nullptr);
    ~LiveUpdates() override;

    // The plugin's entry point; null: no live updates.
    void setFeedFactory(realtime::CreateFeed create);
    void setTimings(const realtime::Timings &timings) { m_timings = timings; }
    // The instance shown in the detail panel (empty: none).
    void setCurrent(const QString &instanceId);
    // The watch list's instances, live too whichever is shown.
    void setPinned(const QStringList &instanceIds);
    // The account's realtime host (a ws:// or wss:// profile setting); empty or invalid: the
    // usual one for the API (realtime::realtimeBaseUrlFor). A change starts the sockets over.
    void setConfiguredRealtimeUrl(const QUrl &url);
    // The account changed (another server or other credentials): the sockets start over.
    void restart();

    LiveSummary summary() const;
    // "Live · 1 watched", "Reconnecting in 4 s", "Polling every 30 s"…; `refreshSeconds` is
    // the table's refresh interval (0: off).
    QString describe(int refreshSeconds, const QDateTime &now) const;

Q_SIGNALS:
    void summaryChanged();
    // A new event of a watched instance, after the store learned what it says.
    void eventArrived(const vzaps::realtime::Event &event);
    // An event changed whether a watched instance's WhatsApp is connected, as the store had it.
    void connectionChanged(const QString &instanceId, bool connected);
    // A watched instance the server no longer has (deleted elsewhere).
    void watchedInstanceGone(const QString &instanceId);

private:
    void eventReceived(const realtime::Event &event) override;
    void statusChanged(const QString &instanceId, const realtime::SocketStatus &status) override;
    void reconnected(const QString &instanceId) override;
    void updateWatched();
    void fetchCredentials(const QString &instanceId, const realtime::CredentialsCallback &done);

    ApiClient &m_client;
    InstanceStore &m_store;
    realtime::CreateFeed m_create = nullptr;
    realtime::Timings m_timings;
    std::unique_ptr<realtime::Feed> m_feed;
    QUrl m_configuredRealtimeUrl;
    QString m_current;
    QStringList m_pinned;
    QHash<QString, realtime::SocketStatus> m_statuses;
    bool m_networkWatched = false;
};

} // namespace vzaps
