#pragma once

#include "core/realtime/RealtimeFeed.h"

#include <QNetworkRequest>
#include <QUrl>

namespace vzaps::realtime {

// The production API's realtime host (docs/api-contract.md §3).
inline constexpr char kProductionRealtimeUrl[] = "wss://realtime.vzaps.com";

// The realtime base URL for an account whose API is at `apiBaseUrl`: `configured` when it is
// a valid ws:// or wss:// URL; else wss://realtime.vzaps.com for the production API; else
// the API's own origin and path with http → ws and https → wss (the sandbox, a local
// server). Invalid when there is none (an API URL that is not http or https).
QUrl realtimeBaseUrlFor(const QUrl &apiBaseUrl, const QUrl &configured = {});

struct SocketRequestParts {
    QString instanceId;
    QStringList eventTypes;
    Credentials credentials;
    QString lastEventId; // empty on the first connection
};

// The handshake request of one instance's socket: …/events/ws with instance_id, events,
// last_event_id and the credentials as query items, and the credentials as the usual headers
// too (as the official SDKs send them). The URL carries secrets: never log it.
QNetworkRequest socketRequest(const QUrl &realtimeBaseUrl, const SocketRequestParts &parts);

} // namespace vzaps::realtime
