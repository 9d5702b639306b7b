#pragma once

#include "core/realtime/RealtimeFeed.h"

#include <QString>

namespace vzaps::desk {

// The realtime feed lives in a plugin (vzaps_desk_realtime, found as DeskPlugins.h says),
// loaded once the first page is painted, so that start-up does not pay for Qt WebSockets.
struct LoadedRealtime {
    realtime::CreateFeed create = nullptr; // null: no live updates…
    QString error;                         // …and why
};

LoadedRealtime loadRealtimePlugin();

} // namespace vzaps::desk
