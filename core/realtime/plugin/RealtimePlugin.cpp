// The entry point of vzaps_desk_realtime, the plugin vzaps-desk loads for live status.
#include "core/realtime/RealtimeHub.h"

#include <type_traits>

extern "C" Q_DECL_EXPORT vzaps::realtime::Feed *
vzaps_desk_create_realtime_feed_v1(const vzaps::realtime::FeedOptions &options)
{
    // Matches CreateFeed; checked at compile time here, where both are seen.
    static_assert(
        std::is_same_v<decltype(&vzaps_desk_create_realtime_feed_v1), vzaps::realtime::CreateFeed>);
    return new vzaps::realtime::RealtimeHub(options);
}
