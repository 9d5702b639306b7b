#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

namespace vzaps::realtime {

// The realtime events of docs/api-contract.md §3, as the app sees them. This header is all
// the app knows of the realtime library: the library itself (Qt WebSockets) is a plugin,
// vzaps_desk_realtime, loaded after the first page is shown, so start-up does not pay for it.
// Only Qt types and plain C++ cross the plugin's edge.

// One event frame, checked: `id` and `type` are never empty.
struct Event {
    QString id;
    QString type; // "Connected", "Disconnected", "Message", … (unknown types are kept)
    QString instanceId;
    QDateTime createdAt; // invalid when the frame had none or an unreadable one
    QJsonObject data;
};

// What a socket authenticates with. Secrets: never logged, never shown.
struct Credentials {
    QString accessToken; // the account's JWT
    QString clientToken;
    QString instanceToken; // may be empty

    bool isEmpty() const { return accessToken.isEmpty() && instanceToken.isEmpty(); }
    friend bool operator==(const Credentials &a, const Credentials &b)
    {
        return a.accessToken == b.accessToken && a.clientToken == b.clientToken &&
               a.instanceToken == b.instanceToken;
    }
    friend bool operator!=(const Credentials &a, const Credentials &b) { return !(a == b); }
};

// Fetches the credentials for an instance's socket, at once or later; `done` gets empty
// credentials when there are none (the socket then waits and tries again).
using CredentialsCallback = std::function<void(const Credentials &)>;
using CredentialsProvider =
    std::function<void(const QString &instanceId, const CredentialsCallback &done)>;

// The clocks of a socket. Tests shorten them; the defaults are what the official SDKs use.
struct Timings {
    std::chrono::milliseconds firstRetry{1000};    // the first reconnect waits this…
    std::chrono::milliseconds longestRetry{30000}; // …doubling up to this
    std::chrono::milliseconds stableAfter{60000};  // connected this long: back to firstRetry
    std::chrono::milliseconds pingInterval{30000};
    std::chrono::milliseconds pongTimeout{10000};    // no pong this long: the socket is dead
    std::chrono::milliseconds connectTimeout{15000}; // no handshake this long: try again
};

// Where a watched instance's socket stands.
enum class SocketState {
    Connecting,   // opening (or waiting for credentials)
    Live,         // open, events arrive
    Reconnecting, // closed; retryAt says when it tries again
    Refused,      // the server refused these credentials (or the instance): no retry until
                  // credentialsChanged()
};

struct SocketStatus {
    SocketState state = SocketState::Connecting;
    QDateTime retryAt;     // Reconnecting only
    QString reason;        // why it closed, from the server (untrusted text) or the network
    int ignoredFrames = 0; // frames without an id or of an unknown shape, since watched
};

// What the feed tells the app. All calls come on the thread that created the feed.
class FeedListener
{
public:
    virtual ~FeedListener() = default;
    // A new event (duplicates are dropped before this).
    virtual void eventReceived(const Event &event) = 0;
    virtual void statusChanged(const QString &instanceId, const SocketStatus &status) = 0;
    // The socket is open again after having been closed: events may have been missed in
    // between beyond what the server replays, so the instance should be fetched again.
    virtual void reconnected(const QString &instanceId) = 0;
};

// The sockets of the watched instances of one account.
class Feed
{
public:
    virtual ~Feed() = default;
    // Opens (or keeps) a socket for each of `instanceIds` and closes the others.
    virtual void setWatched(const QStringList &instanceIds) = 0;
    virtual QStringList watched() const = 0;
    virtual SocketStatus status(const QString &instanceId) const = 0;
    // The credentials may differ now: sockets refused before try again, once.
    virtual void credentialsChanged() = 0;
    // The network is back: sockets waiting to reconnect do it now.
    virtual void networkAvailable() = 0;
};

struct FeedOptions {
    QUrl realtimeBaseUrl; // ws:// or wss:// origin, see realtimeBaseUrlFor()
    QStringList eventTypes{QStringLiteral("Connected"), QStringLiteral("Disconnected")};
    Timings timings;
    CredentialsProvider credentials;
    FeedListener *listener = nullptr; // outlives the feed
};

// The plugin's entry point: a C function, so that a plugin of another build is refused by
// name instead of crashing. The caller owns the feed and deletes it before unloading.
using CreateFeed = Feed *(*)(const FeedOptions &options);
inline constexpr char kCreateFeedSymbol[] = "vzaps_desk_create_realtime_feed_v1";

} // namespace vzaps::realtime
